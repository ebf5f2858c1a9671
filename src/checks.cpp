#include "checks.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "render/table.hpp"

namespace relief {

void add_unique(std::vector<Diagnostic>& out, Diagnostic d)
{
  auto same = [&](const Diagnostic& x) {
    return x.message == d.message && x.pos.file == d.pos.file && x.pos.line == d.pos.line &&
           x.pos.col == d.pos.col && x.severity == d.severity;
  };
  if (std::none_of(out.begin(), out.end(), same))
    out.push_back(std::move(d));
}

std::vector<Diagnostic> evaluation_warnings(const Scenario& s, std::size_t perspective,
                                            const Evaluation& ev)
{
  std::vector<Diagnostic> out;
  const Model& m = *s.model;
  std::vector<Contribution> trace;
  bool any_clamped =
      std::any_of(ev.criteria.begin(), ev.criteria.end(), [](const auto& r) { return r.clamped; });
  if (any_clamped)
    evaluate(s, perspective, &trace);
  for (std::size_t c = 0; c < ev.criteria.size(); ++c) {
    const CriterionResult& r = ev.criteria[c];
    if (!r.clamped)
      continue;
    // Point at the item that contributes most to the saturated criterion.
    SourcePos pos = s.pos;
    double largest = 0;
    for (const Contribution& x : trace)
      if (x.criterion == c && x.adjustment == Adjustment::none && std::abs(x.value) > largest) {
        largest = std::abs(x.value);
        pos = x.ask ? s.asks[x.item].pos : s.offer[x.item].pos;
      }
    out.push_back(
        Diagnostic{pos, Severity::warning,
                   fmt::format("criterion '{}' saturated at its cap: score {} clamped to {}",
                               m.criteria[c].id, fixed(r.unclamped, 3), exact(r.score)),
                   s.file});
  }
  bool overridden =
      std::any_of(s.weights.begin(), s.weights.end(), [](const auto& w) { return w.has_value(); });
  if (overridden && ev.weight_sum > 0 && std::abs(ev.weight_sum - 1) > 1e-9)
    out.push_back(
        Diagnostic{s.weights_pos, Severity::warning,
                   fmt::format("weights sum to {} under perspective '{}': renormalised to 1",
                               exact(ev.weight_sum), m.perspectives[perspective].id),
                   s.file});
  return out;
}

} // namespace relief
