#include "analysis/equivalent.hpp"

#include <cmath>

#include "plan.hpp"
#include "probe.hpp"

namespace relief {

std::optional<Equivalent> equivalent(const Scenario& s, std::size_t perspective, std::size_t ask,
                                     double value)
{
  if (value == 0 || !std::isfinite(value))
    return std::nullopt;
  // the ask alone, delivered for sure, in the scenario's moment and context, at its mean amount
  Scenario alone = s;
  alone.offer.clear();
  alone.asks.clear();
  AskItem item;
  item.ask = ask;
  item.amount = point(0);
  item.credibility = point(1);
  item.effects.clear();
  alone.asks.push_back(item);
  Probe probe(compile(alone, perspective, PlanNames::paths));
  const std::int32_t slot = probe.plan().find("asks." + s.model->asks[ask].id + ".amount");
  const double max = s.model->asks[ask].max_amount.mean;
  const double target = std::abs(value);
  Equivalent out;
  out.ask = ask;
  out.negative = value < 0;
  const double top = probe.at(slot, max).net;
  if (!(top > 0))
    return std::nullopt;
  if (top < target) {
    out.amount = max;
    out.beyond = true;
    return out;
  }
  double lo = 0, hi = max;
  for (int i = 0; i < 80 && hi - lo > max * 1e-12; ++i) {
    const double mid = (lo + hi) / 2;
    (probe.at(slot, mid).net < target ? lo : hi) = mid;
  }
  out.amount = (lo + hi) / 2;
  return out;
}

} // namespace relief
