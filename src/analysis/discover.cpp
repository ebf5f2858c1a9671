#include "analysis/discover.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "analysis/draws.hpp"
#include "analysis/timing.hpp"
#include "plan.hpp"

namespace relief {
namespace {

struct Bounds {
  std::vector<double> lo, hi; // per input; -inf/+inf where not restricted
};

bool inside(const std::vector<std::vector<double>>& x, const Bounds& b, std::size_t i)
{
  for (std::size_t d = 0; d < x.size(); ++d)
    if (x[d][i] < b.lo[d] || x[d][i] > b.hi[d])
      return false;
  return true;
}

PrimBox box_of(const std::vector<std::vector<double>>& x, const std::vector<char>& y,
               const Bounds& b, std::size_t hits)
{
  PrimBox box;
  std::size_t in_hits = 0;
  const std::size_t n = y.size();
  for (std::size_t i = 0; i < n; ++i)
    if (inside(x, b, i)) {
      ++box.count;
      in_hits += y[i] ? 1 : 0;
    }
  box.coverage = hits ? static_cast<double>(in_hits) / static_cast<double>(hits) : 0;
  box.density = box.count ? static_cast<double>(in_hits) / static_cast<double>(box.count) : 0;
  for (std::size_t d = 0; d < x.size(); ++d)
    if (std::isfinite(b.lo[d]) || std::isfinite(b.hi[d])) {
      PrimRestriction r;
      r.input = d;
      if (std::isfinite(b.lo[d]))
        r.lower = b.lo[d];
      if (std::isfinite(b.hi[d]))
        r.upper = b.hi[d];
      box.restrictions.push_back(r);
    }
  return box;
}

Bounds bounds_of(const PrimBox& box, std::size_t inputs)
{
  Bounds b{std::vector<double>(inputs, -HUGE_VAL), std::vector<double>(inputs, HUGE_VAL)};
  for (const PrimRestriction& r : box.restrictions) {
    b.lo[r.input] = r.lower.value_or(-HUGE_VAL);
    b.hi[r.input] = r.upper.value_or(HUGE_VAL);
  }
  return b;
}

} // namespace

PrimResult prim(const std::vector<std::vector<double>>& x, const std::vector<char>& y,
                const PrimOptions& o)
{
  PrimResult out;
  const std::size_t n = y.size(), inputs = x.size();
  out.draws = n;
  out.hits = static_cast<std::size_t>(std::count(y.begin(), y.end(), 1));
  out.base = n ? static_cast<double>(out.hits) / static_cast<double>(n) : 0;
  Bounds b{std::vector<double>(inputs, -HUGE_VAL), std::vector<double>(inputs, HUGE_VAL)};
  out.trajectory.push_back(box_of(x, y, b, out.hits));
  std::vector<std::size_t> in(n);
  for (std::size_t i = 0; i < n; ++i)
    in[i] = i;
  std::vector<double> values;
  const auto min_count = static_cast<std::size_t>(std::ceil(o.min_mass * static_cast<double>(n)));
  while (in.size() > min_count && out.hits > 0) {
    std::size_t restricted = 0;
    for (std::size_t d = 0; d < inputs; ++d)
      restricted += std::isfinite(b.lo[d]) || std::isfinite(b.hi[d]) ? 1 : 0;
    // the peel that leaves the densest box: each side of each input, alpha of the box's draws
    double best_density = -1;
    std::size_t best_d = 0;
    bool best_lower = true;
    double best_cut = 0;
    const auto peel = std::max<std::size_t>(1, static_cast<std::size_t>(o.alpha * in.size()));
    for (std::size_t d = 0; d < inputs; ++d) {
      const bool is_restricted = std::isfinite(b.lo[d]) || std::isfinite(b.hi[d]);
      if (!is_restricted && restricted >= o.max_inputs)
        continue;
      values.clear();
      for (std::size_t i : in)
        values.push_back(x[d][i]);
      for (bool lower : {true, false}) {
        // the cut: draws strictly beyond it on the peeled side leave the box
        std::vector<double> v = values;
        const std::size_t k = lower ? peel : v.size() - 1 - peel;
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
        const double cut = v[k];
        std::size_t kept = 0, kept_hits = 0;
        for (std::size_t i : in)
          if (lower ? x[d][i] >= cut : x[d][i] <= cut) {
            ++kept;
            kept_hits += y[i] ? 1 : 0;
          }
        if (kept == in.size() || kept < min_count || kept == 0)
          continue; // nothing peeled (ties), or too little left
        const double density = static_cast<double>(kept_hits) / static_cast<double>(kept);
        if (density > best_density) {
          best_density = density;
          best_d = d;
          best_lower = lower;
          best_cut = cut;
        }
      }
    }
    if (best_density < 0)
      break;
    (best_lower ? b.lo : b.hi)[best_d] = best_cut;
    std::erase_if(in, [&](std::size_t i) {
      return best_lower ? x[best_d][i] < best_cut : x[best_d][i] > best_cut;
    });
    out.trajectory.push_back(box_of(x, y, b, out.hits));
  }
  // the chosen box: the densest that keeps min_coverage of the targets (the first such on ties)
  out.chosen = 0;
  for (std::size_t k = 0; k < out.trajectory.size(); ++k)
    if (out.trajectory[k].coverage >= o.min_coverage &&
        out.trajectory[k].density > out.trajectory[out.chosen].density)
      out.chosen = k;
  // the significance check: a restriction whose removal lowers density by less than two standard
  // errors (of a share at the box's density over its draws) does not raise it beyond noise
  PrimBox box = out.trajectory[out.chosen];
  for (bool changed = true; changed && !box.restrictions.empty();) {
    changed = false;
    std::size_t weakest = 0;
    double weakest_gain = HUGE_VAL;
    for (std::size_t r = 0; r < box.restrictions.size(); ++r) {
      PrimBox without = box;
      without.restrictions.erase(without.restrictions.begin() + static_cast<std::ptrdiff_t>(r));
      const PrimBox wider = box_of(x, y, bounds_of(without, inputs), out.hits);
      const double se = std::sqrt(std::max(wider.density * (1 - wider.density), 1e-12) /
                                  static_cast<double>(std::max<std::size_t>(box.count, 1)));
      const double gain = (box.density - wider.density) / se;
      if (gain < weakest_gain) {
        weakest_gain = gain;
        weakest = r;
      }
    }
    if (weakest_gain < 2) {
      out.dropped.push_back(box.restrictions[weakest].input);
      box.restrictions.erase(box.restrictions.begin() + static_cast<std::ptrdiff_t>(weakest));
      box = box_of(x, y, bounds_of(box, inputs), out.hits);
      changed = true;
    }
  }
  out.box = box;
  return out;
}

std::optional<DiscoverTarget> parse_target(const std::string& text)
{
  DiscoverTarget t;
  t.text = text;
  if (text == "benefits-outweigh")
    t.kind = DiscoverTarget::Kind::benefits_outweigh;
  else if (text == "costs-outweigh")
    t.kind = DiscoverTarget::Kind::costs_outweigh;
  else if (text == "accepted")
    t.kind = DiscoverTarget::Kind::accepted;
  else if (text == "best=now")
    t.kind = DiscoverTarget::Kind::best_now;
  else if (text.starts_with("net>") || text.starts_with("net<")) {
    t.kind = text[3] == '>' ? DiscoverTarget::Kind::net_above : DiscoverTarget::Kind::net_below;
    const char* from = text.data() + 4;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(from, end, t.threshold);
    if (ec != std::errc() || ptr != end || from == end || !std::isfinite(t.threshold))
      return std::nullopt;
  } else
    return std::nullopt;
  return t;
}

namespace {

// best=now: engaging now is the best strategy (SPEC 3 step 11) in a draw: its value, its worth now,
// is above each later moment's, arrives (a Bernoulli draw) x worth, as timing -n draws them (a tie,
// such as a package refused now and later moments that do not come, is not "now is best", where
// timing -n's P(best) splits it). The
// inputs are every uncertain input of the four moments' plans, each once (an input read by several
// moments has the same draws in each: the streams are keyed by its source).
Discovery discover_best_now(const Scenario& s, std::size_t perspective, std::uint64_t n,
                            std::uint64_t seed, Discovery out)
{
  const std::array<Scenario, k_timings> at = timing_scenarios(s);
  std::vector<std::vector<double>> x;
  std::vector<std::string> sources;
  std::vector<std::vector<double>> value(k_timings);
  for (std::size_t t = 0; t < k_timings; ++t) {
    const Plan plan = compile(at[t], perspective, PlanNames::paths, PlanValue::expected);
    std::vector<std::size_t> column; // per uncertain slot of this plan: its input, or new
    for (std::int32_t u : plan.uncertain) {
      const std::string& source = plan.sources[static_cast<std::size_t>(u)];
      const auto found = std::find(sources.begin(), sources.end(), source);
      column.push_back(static_cast<std::size_t>(found - sources.begin()));
      if (found == sources.end()) {
        sources.push_back(source);
        out.paths.push_back(plan.path(u));
        x.emplace_back();
        x.back().reserve(n);
      }
    }
    Evaluation ev;
    value[t].reserve(n);
    for_each_draw(at[t], plan, n, seed, [&](std::vector<double>& draw) {
      for (std::size_t k = 0; k < plan.uncertain.size(); ++k)
        if (x[column[k]].size() < n) // the first moment that reads an input records its draws
          x[column[k]].push_back(draw[static_cast<std::size_t>(plan.uncertain[k])]);
      run(plan, draw.data(), ev);
      value[t].push_back(ev.net);
    });
  }
  std::vector<char> y(n);
  for (std::size_t i = 0; i < n; ++i) {
    bool best = true;
    for (std::size_t t = 1; t < k_timings; ++t)
      best = best && value[0][i] > value[t][i]; // a tie is not "now is best"
    y[i] = best ? 1 : 0;
  }
  out.prim = prim(x, y, out.options);
  return out;
}

} // namespace

Discovery discover(const Scenario& s, std::size_t perspective, const DiscoverTarget& target,
                   std::uint64_t n, std::uint64_t seed, const PrimOptions& options)
{
  Discovery out;
  out.target = target;
  out.samples = n;
  out.seed = seed;
  out.options = options;
  if (target.kind == DiscoverTarget::Kind::best_now)
    return discover_best_now(s, perspective, n, seed, std::move(out));
  const Plan plan = compile(s, perspective, PlanNames::paths);
  for (std::int32_t u : plan.uncertain)
    out.paths.push_back(plan.path(u));
  std::vector<std::vector<double>> x(plan.uncertain.size());
  for (auto& column : x)
    column.reserve(n);
  std::vector<char> y;
  y.reserve(n);
  std::vector<double> work;
  Evaluation ev;
  for_each_draw(s, plan, n, seed, [&](std::vector<double>& draw) {
    for (std::size_t u = 0; u < plan.uncertain.size(); ++u)
      x[u].push_back(draw[static_cast<std::size_t>(plan.uncertain[u])]);
    const double margin = draw[static_cast<std::size_t>(plan.margin)];
    run(plan, draw.data(), ev);
    bool hit = false;
    switch (target.kind) {
    case DiscoverTarget::Kind::benefits_outweigh:
      hit = ev.net > margin;
      break;
    case DiscoverTarget::Kind::costs_outweigh:
      hit = ev.net < -margin;
      break;
    case DiscoverTarget::Kind::net_above:
      hit = ev.net > target.threshold;
      break;
    case DiscoverTarget::Kind::net_below:
      hit = ev.net < target.threshold;
      break;
    case DiscoverTarget::Kind::accepted:
      hit = ev.acceptable;
      break;
    case DiscoverTarget::Kind::best_now: // discover_best_now
      break;
    }
    y.push_back(hit ? 1 : 0);
  });
  out.prim = prim(x, y, options);
  return out;
}

} // namespace relief
