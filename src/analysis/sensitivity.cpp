#include "analysis/sensitivity.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "analysis/breakeven.hpp"
#include "analysis/paths.hpp"

namespace relief {
namespace {

// Model numbers that duplicate a scenario path (weights.X, context.delay_months, offer/asks
// effects).
bool covered_elsewhere(const std::string& path)
{
  return path.starts_with("model.perspectives.") || path.starts_with("model.timings.") ||
         path.starts_with("model.measures.") ||
         (path.starts_with("model.asks.") && path.find(".effects.") != path.npos);
}

// Return the edge where the verdict changes between a (verdict va) and b, by bisection.
double verdict_edge(const std::function<Verdict(double)>& verdict_at, double a, double b,
                    Verdict va)
{
  for (int i = 0; i < 100 && a != b; ++i) {
    double mid = a + (b - a) / 2;
    if (mid == a || mid == b)
      break;
    (verdict_at(mid) == va ? a : b) = mid;
  }
  return a + (b - a) / 2;
}

WeightInterval weight_interval(const Scenario& s, std::size_t perspective, const InputPath& input,
                               Verdict base)
{
  WeightInterval out;
  out.criterion = input.path.substr(8);
  out.weight = input.get(s);
  double sum = 0;
  for (double w : raw_weights(s, perspective))
    sum += w;
  const double top = std::max(1.0, 10 * sum);
  Scenario work = s;
  auto verdict_at = [&](double w) {
    input.set(work, w);
    return evaluate(work, perspective).verdict;
  };
  constexpr int k_steps = 400;
  double below = 0; // the largest grid point below the weight with another verdict
  bool found_below = false;
  std::optional<double> above;
  for (int i = 0; i <= k_steps; ++i) {
    double w = top * i / k_steps;
    if (verdict_at(w) == base)
      continue;
    if (w < out.weight) {
      below = w;
      found_below = true;
    } else if (w > out.weight && !above) {
      above = w;
    }
  }
  out.lo = found_below ? verdict_edge(verdict_at, out.weight, below, base) : 0.0;
  if (above)
    out.hi = verdict_edge(verdict_at, out.weight, *above, base);
  return out;
}

} // namespace

Sensitivity sensitivity(const Scenario& s, std::size_t perspective, double swing)
{
  Sensitivity out;
  out.base = evaluate(s, perspective);
  out.swing = swing;
  for (const InputPath& input : input_paths(s, perspective)) {
    if (covered_elsewhere(input.path))
      continue;
    const Value* v = input.value(s);
    SensitivityRow row;
    row.path = input.path;
    row.base = input.get(s);
    row.uncertain = v && v->uncertain();
    if (row.uncertain) {
      row.low = distribution_quantile(*v, 0.1);
      row.high = distribution_quantile(*v, 0.9);
    } else {
      row.low = row.base * (1 - swing);
      row.high = row.base * (1 + swing);
      if (row.low > row.high)
        std::swap(row.low, row.high);
    }
    row.low = std::clamp(row.low, input.range.lo, input.range.hi);
    row.high = std::clamp(row.high, input.range.lo, input.range.hi);
    Evaluation low = evaluate(with_input(s, input, row.low), perspective);
    Evaluation high = evaluate(with_input(s, input, row.high), perspective);
    row.net_low = low.net;
    row.net_high = high.net;
    row.swing = std::abs(high.net - low.net);
    if (input.path.starts_with("weights."))
      out.weights.push_back(weight_interval(s, perspective, input, out.base.verdict));
    if (row.swing == 0 && !input.path.starts_with("weights."))
      continue;
    row.verdict_low = low.verdict;
    row.verdict_high = high.verdict;
    row.flips = low.verdict != out.base.verdict || high.verdict != out.base.verdict;
    out.rows.push_back(std::move(row));
  }
  std::stable_sort(
      out.rows.begin(), out.rows.end(),
      [](const SensitivityRow& a, const SensitivityRow& b) { return a.swing > b.swing; });
  return out;
}

} // namespace relief
