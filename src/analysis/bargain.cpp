#include "analysis/bargain.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/draws.hpp"
#include "analysis/statistics.hpp"
#include "analysis/timing.hpp"
#include "probe.hpp"

namespace relief {

std::vector<Interval> intervals_where(bool inside_at_from, const std::vector<Crossing>& crossings,
                                      double from, double to)
{
  std::vector<Interval> out;
  bool inside = inside_at_from;
  double start = from;
  for (const Crossing& c : crossings) {
    if (inside && !c.benefits_above) { // leaves the set here
      out.push_back({start, c.value});
      inside = false;
    } else if (!inside && c.benefits_above) { // enters it here
      start = c.value;
      inside = true;
    }
  }
  if (inside)
    out.push_back({start, to});
  return out;
}

std::vector<Interval> intersect(const std::vector<Interval>& a, const std::vector<Interval>& b)
{
  std::vector<Interval> out;
  for (const Interval& x : a)
    for (const Interval& y : b) {
      const double lo = std::max(x.from, y.from), hi = std::min(x.to, y.to);
      if (lo <= hi)
        out.push_back({lo, hi});
    }
  return out;
}

double argmax(double lo, double hi, const std::function<double(double)>& f)
{
  if (hi <= lo)
    return lo;
  constexpr int k_scan = 200;
  double best = lo, best_f = f(lo);
  for (int i = 1; i <= k_scan; ++i) {
    const double x = i == k_scan ? hi : lo + (hi - lo) * i / k_scan; // (hi itself, not rounded)
    if (const double fx = f(x); fx > best_f) {
      best = x;
      best_f = fx;
    }
  }
  const double step = (hi - lo) / k_scan;
  double a = std::max(lo, best - step), b = std::min(hi, best + step);
  const double phi = (std::sqrt(5.0) - 1) / 2;
  for (int i = 0; i < 80 && b - a > (hi - lo) * 1e-12; ++i) {
    const double c = b - phi * (b - a), d = a + phi * (b - a);
    if (f(c) >= f(d))
      b = d;
    else
      a = c;
  }
  const double x = (a + b) / 2;
  return f(x) >= best_f ? x : best;
}

namespace {

BargainMoment zone_at(const Scenario& s, std::size_t perspective, const VariedInput& input,
                      double from, double to, int steps)
{
  Probe probe(compile(s, perspective, PlanNames::all));
  const std::int32_t slot = input_slot(probe.plan(), s, input.path);
  const double margin = s.model->margin.mean;
  auto net = [&](double v) { return probe.at(slot, v).net; };
  auto surplus = [&](double v) { return probe.at(slot, v).regime_surplus.value_or(0); };
  BargainMoment out;
  out.timing = s.timing;
  const Breakeven eu = scan_crossings(input, from, to, steps, 1e-9, 0, net, {margin});
  out.eu = intervals_where(net(from) >= margin, eu.crossings, from, to);
  if (s.asks.empty()) // the EU's own act: nobody has to accept it
    out.regime = {{from, to}};
  else {
    const Breakeven regime = scan_crossings(input, from, to, steps, 1e-12, 0, surplus);
    out.regime = intervals_where(surplus(from) >= 0, regime.crossings, from, to);
  }
  out.zone = intersect(out.eu, out.regime);
  for (const Interval& z : out.zone) {
    // both are gains over no deal in the zone; their product is largest at the Nash point
    auto product = [&](double v) {
      const Evaluation& ev = probe.at(slot, v);
      return std::max(0.0, ev.net) * std::max(0.0, ev.regime_surplus.value_or(0));
    };
    const double v = argmax(z.from, z.to, product);
    const double p = product(v);
    // none where one side gains nothing anywhere in the zone (an own act the regime is asked
    // nothing for and loses by): no bargain to strike, every point's product is 0
    if (p > 0 && (!out.nash || p > out.nash->net * out.nash->surplus)) {
      const Evaluation& ev = probe.at(slot, v);
      out.nash = BargainMoment::Point{v, ev.net, ev.regime_surplus.value_or(0)};
    }
  }
  return out;
}

} // namespace

Bargain bargain(const Scenario& s, std::size_t perspective, const VariedInput& input, double from,
                double to, const std::vector<Timing>& timings, int steps)
{
  Bargain out;
  out.path = input.path;
  out.current = input.current;
  out.from = from;
  out.to = to;
  out.margin = s.model->margin.mean;
  out.counted = counted_units(s, input.path);
  if (timings.size() == 1 && timings.front() == s.timing) {
    out.moments.push_back(zone_at(s, perspective, input, from, to, steps));
    return out;
  }
  const std::array<Scenario, k_timings> at = timing_scenarios(s);
  for (Timing t : timings)
    out.moments.push_back(
        zone_at(at[static_cast<std::size_t>(t)], perspective, input, from, to, steps));
  return out;
}

namespace {

// Return the p5, p50 and p95 of values (sorted here).
std::array<double, 3> quantiles(std::vector<double>& values)
{
  if (values.empty())
    return {};
  std::sort(values.begin(), values.end());
  auto at = [&](double q) {
    return values[std::min(values.size() - 1, static_cast<std::size_t>(q * values.size()))];
  };
  return {at(0.05), at(0.5), at(0.95)};
}

BargainDraws draws_at(const Scenario& s, std::size_t perspective, const VariedInput& input,
                      double from, double to, std::uint64_t n, std::uint64_t seed)
{
  Plan plan = compile(s, perspective, PlanNames::all);
  const std::int32_t slot = input_slot(plan, s, input.path);
  plan.pin(slot, input.current); // the varied input is set by the scan, not drawn
  std::vector<double>* x = nullptr;
  Evaluation ev;
  auto at = [&](double v) -> const Evaluation& {
    (*x)[static_cast<std::size_t>(slot)] = v;
    run(plan, x->data(), ev);
    return ev;
  };
  const bool asks_nothing = s.asks.empty();
  BargainDraws out;
  out.samples = n;
  out.seed = seed;
  std::uint64_t zones = 0;
  std::vector<double> eu_min, regime_max;
  const VariedInput varied = input;
  for_each_draw(s, plan, n, seed, [&](std::vector<double>& draw) {
    x = &draw;
    const double margin = draw[static_cast<std::size_t>(plan.margin)];
    auto net = [&](double v) { return at(v).net; };
    auto surplus = [&](double v) { return at(v).regime_surplus.value_or(0); };
    const Breakeven e = scan_crossings(varied, from, to, 40, 1e-9, 0, net, {margin});
    const std::vector<Interval> eu = intervals_where(net(from) >= margin, e.crossings, from, to);
    std::vector<Interval> regime = {{from, to}};
    if (!asks_nothing) {
      const Breakeven r = scan_crossings(varied, from, to, 40, 1e-12, 0, surplus);
      regime = intervals_where(surplus(from) >= 0, r.crossings, from, to);
    }
    if (!eu.empty())
      eu_min.push_back(eu.front().from);
    if (!regime.empty())
      regime_max.push_back(regime.back().to);
    zones += intersect(eu, regime).empty() ? 0 : 1;
  });
  const double dn = double(std::max<std::uint64_t>(n, 1));
  out.p_zone = double(zones) / dn;
  out.p_zone_se = std::sqrt(out.p_zone * (1 - out.p_zone) / dn);
  out.share_eu = double(eu_min.size()) / dn;
  out.share_regime = double(regime_max.size()) / dn;
  out.eu_min = quantiles(eu_min);
  out.regime_max = quantiles(regime_max);
  return out;
}

} // namespace

void bargain_draws(const Scenario& s, std::size_t perspective, const VariedInput& input,
                   Bargain& out, std::uint64_t n, std::uint64_t seed)
{
  const std::array<Scenario, k_timings> at = timing_scenarios(s);
  out.moment_draws.clear();
  for (const BargainMoment& m : out.moments) {
    const Scenario& moment = out.moments.size() == 1 && m.timing == s.timing
                                 ? s
                                 : at[static_cast<std::size_t>(m.timing)];
    out.moment_draws.push_back(draws_at(moment, perspective, input, out.from, out.to, n, seed));
  }
}

} // namespace relief
