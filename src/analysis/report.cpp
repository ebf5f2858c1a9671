#include "analysis/report.hpp"

#include <fmt/format.h>

#include "analysis/paths.hpp"

namespace relief {

ReportSection report_section(const Scenario& s, std::size_t perspective)
{
  ReportSection r{&s,
                  perspective,
                  evaluate(s, perspective),
                  sensitivity(s, perspective, 0.2),
                  timing(s, perspective),
                  {},
                  std::nullopt};
  const Model& m = *s.model;
  for (const AskItem& a : s.asks) {
    const InputPath input =
        find_input(s, perspective, fmt::format("asks.{}.amount", m.asks[a.ask].id));
    const auto [from, to] = default_range(s, input);
    AskCurve curve{breakeven(s, perspective, input, from, to), {}};
    constexpr int k_points = 40;
    for (int i = 0; i <= k_points; ++i) {
      const double v = from + (to - from) * i / k_points;
      curve.points.emplace_back(v, evaluate(with_input(s, input, v), perspective).net);
    }
    r.asks.push_back(std::move(curve));
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
