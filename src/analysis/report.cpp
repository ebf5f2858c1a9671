#include "analysis/report.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "analysis/breakeven.hpp"
#include "probe.hpp"

namespace relief {

Answer<Analyses> report_section(const Scenario& s, std::size_t perspective)
{
  Answer<Analyses> r{{&s, perspective}, {}};
  r.result.eval = evaluate(s, perspective);
  r.result.sensitivity = sensitivity(s, perspective, 0.2);
  r.result.timing = timing(s, perspective);
  const Model& m = *s.model;
  Probe probe(compile(s, perspective, PlanNames::all));
  for (const AskItem& a : s.asks) {
    const std::string path = fmt::format("asks.{}.amount", m.asks[a.ask].id);
    const VariedInput input = varied_input(s, perspective, path);
    AskCurve curve{breakeven(s, perspective, input, input.from, input.to), {}};
    const std::int32_t slot = probe.plan().find(path);
    constexpr int k_points = 40;
    for (int i = 0; i <= k_points; ++i) {
      const double v = input.from + (input.to - input.from) * i / k_points;
      curve.points.emplace_back(v, probe.at(slot, v).net);
    }
    r.result.asks.push_back(std::move(curve));
  }
  if (s.asks.empty())
    return r;
  // the first ask's zone of agreement at every moment, and its amount against credibility
  const VariedInput first =
      varied_input(s, perspective, fmt::format("asks.{}.amount", m.asks[s.asks.front().ask].id));
  if (m.counterpart.present) {
    std::vector<Timing> all;
    for (std::size_t t = 0; t < k_timings; ++t)
      all.push_back(static_cast<Timing>(t));
    r.result.bargain = bargain(s, perspective, first, first.from, first.to, all);
  }
  constexpr int k_grid_steps = 11;
  GridAxis a{first, grid_values(first.from, first.to, k_grid_steps)};
  GridAxis b{varied_input(s, perspective, "credibility"), {}};
  b.values = grid_values(b.input.range.lo, b.input.range.hi, k_grid_steps);
  r.result.grid = grid(s, perspective, a, b);
  return r;
}

void simulate_section(Answer<Analyses>& r, const SimulateOptions& options)
{
  const Scenario& s = *r.scenario;
  r.result.timing_simulation = simulate_timing(s, r.perspective, options);
  DiscoverTarget target;
  target.text = "benefits-outweigh";
  r.result.discovery = discover(s, r.perspective, target, options.samples, options.seed);
}

std::vector<WeightSpace> report_weight_spaces(const std::vector<Answer<Analyses>>& sections,
                                              std::uint64_t n, std::uint64_t seed)
{
  struct Set {
    const Answer<Analyses>* first;
    std::vector<WeightedPackage> packages;
    std::vector<const Scenario*> read;
  };
  std::vector<Set> sets; // per belief set, in the order first read
  for (const Answer<Analyses>& r : sections) {
    const std::string& belief = r.scenario->model->belief;
    auto at = std::find_if(sets.begin(), sets.end(), [&](const Set& x) {
      return x.first->scenario->model->belief == belief;
    });
    if (at == sets.end())
      at = sets.insert(sets.end(), Set{&r, {}, {}});
    if (std::find(at->read.begin(), at->read.end(), r.scenario) != at->read.end())
      continue; // the same package under another perspective
    at->read.push_back(r.scenario);
    at->packages.push_back(weighted_package(*r.scenario, at->first->perspective));
  }
  std::vector<WeightSpace> out;
  for (Set& x : sets)
    if (x.packages.size() > 1)
      out.push_back(weight_space(*x.first->scenario->model, x.first->perspective,
                                 std::move(x.packages), n, seed));
  return out;
}

std::string content_hash(std::string_view text)
{
  std::uint64_t h = 14695981039346656037ull; // FNV-1a, 64 bits
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return fmt::format("fnv1a64:{:016x}", h);
}

} // namespace relief
