#include "analysis/bargain.hpp"

#include <algorithm>
#include <cmath>

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

namespace {

// Return the value in [lo, hi] where f is largest: a scan of 200 intervals, then golden-section
// search around the best point of the scan (f need not be unimodal over the whole zone).
double argmax(double lo, double hi, const std::function<double(double)>& f)
{
  if (hi <= lo)
    return lo;
  constexpr int k_scan = 200;
  double best = lo, best_f = f(lo);
  for (int i = 1; i <= k_scan; ++i) {
    const double x = lo + (hi - lo) * i / k_scan;
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
    if (!out.nash || p > out.nash->net * out.nash->surplus) {
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
  for (const AskDef& ask : s.model->asks)
    if (ask.counts_people() && input.path == "asks." + ask.id + ".amount")
      out.counted = ask.id;
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

} // namespace relief
