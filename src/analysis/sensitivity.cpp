#include "analysis/sensitivity.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <functional>

#include "probe.hpp"

namespace relief {
namespace {

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

// Return v rounded to 15 significant digits: base x (1 +- swing) as a person computes it (1.12,
// not 1.1199999999999999), so that the value probed is the value printed.
double decimal(double v)
{
  return std::stod(fmt::format("{:.15g}", v));
}

WeightInterval weight_interval(Probe& probe, std::int32_t slot, Verdict base)
{
  const Plan& plan = probe.plan();
  WeightInterval out;
  out.criterion = plan.path(slot).substr(8); // "weights."
  out.weight = probe.mean(slot);
  double sum = 0;
  for (std::int32_t w : plan.weights)
    sum += probe.mean(w);
  const double top = std::max(1.0, 10 * sum);
  auto verdict_at = [&](double w) { return probe.at(slot, w).verdict; };
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
  out.swing = swing;
  // one plan, every number of it probed in turn: each input is swung once, under its one PATH
  Probe probe(compile(s, perspective, PlanNames::all));
  const Plan& plan = probe.plan();
  out.base = probe.base();
  for (std::int32_t k = 0; k < static_cast<std::int32_t>(plan.slots.size()); ++k) {
    const PlanSlot& slot = plan.slots[static_cast<std::size_t>(k)];
    const std::string& path = plan.path(k);
    const bool weight = path.starts_with("weights.");
    SensitivityRow row;
    row.path = path;
    row.base = probe.mean(k);
    row.uncertain = slot.value->uncertain();
    if (row.uncertain) {
      row.low = distribution_quantile(*slot.value, 0.1);
      row.high = distribution_quantile(*slot.value, 0.9);
    } else {
      row.low = decimal(row.base * (1 - swing));
      row.high = decimal(row.base * (1 + swing));
      if (row.low > row.high)
        std::swap(row.low, row.high);
    }
    row.low = std::clamp(row.low, slot.range.lo, slot.range.hi);
    row.high = std::clamp(row.high, slot.range.lo, slot.range.hi);
    const Evaluation& low = probe.at(k, row.low); // (read before the next probe reuses it)
    row.net_low = low.net;
    row.verdict_low = low.verdict;
    const Evaluation& high = probe.at(k, row.high);
    row.net_high = high.net;
    row.verdict_high = high.verdict;
    row.swing = std::abs(row.net_high - row.net_low);
    if (weight)
      out.weights.push_back(weight_interval(probe, k, out.base.verdict));
    if (row.swing == 0 && !weight)
      continue;
    row.flips = row.verdict_low != out.base.verdict || row.verdict_high != out.base.verdict;
    out.rows.push_back(std::move(row));
  }
  std::stable_sort(
      out.rows.begin(), out.rows.end(),
      [](const SensitivityRow& a, const SensitivityRow& b) { return a.swing > b.swing; });
  return out;
}

} // namespace relief
