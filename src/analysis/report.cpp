#include "analysis/report.hpp"

#include <fmt/format.h>

#include "analysis/breakeven.hpp"
#include "probe.hpp"

namespace relief {

Answer<Analyses> report_section(const Scenario& s, std::size_t perspective)
{
  Answer<Analyses> r{{&s, perspective},
                     {evaluate(s, perspective),
                      sensitivity(s, perspective, 0.2),
                      timing(s, perspective),
                      {},
                      std::nullopt}};
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
  return r;
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
