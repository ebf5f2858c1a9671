#include "analysis/breakeven.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "analysis/simulate.hpp"
#include "analysis/timing.hpp"
#include "probe.hpp"

namespace relief {

VariedInput varied_input(const Scenario& s, std::size_t perspective, const std::string& path)
{
  auto describe = [&](const Plan& plan, std::int32_t slot, bool timing_only) {
    const auto [lo, hi] = default_range(plan, slot);
    return VariedInput{plan.path(slot),
                       plan.slots[static_cast<std::size_t>(slot)].range,
                       plan.slots[static_cast<std::size_t>(slot)].value->mean,
                       lo,
                       hi,
                       timing_only};
  };
  const Plan own = compile(s, perspective, PlanNames::all);
  try {
    const std::int32_t slot = input_slot(own, s, path);
    return describe(own, slot, false);
  } catch (const std::invalid_argument&) {
    // a number of another moment, or a moment's arrives: the plans of the timing analysis
    const std::array<Scenario, k_timings> at = timing_scenarios(s);
    for (const Scenario& moment : at) {
      const Plan plan = compile(moment, perspective, PlanNames::all, PlanValue::expected);
      if (const std::int32_t slot = plan.find(path); slot >= 0)
        return describe(plan, slot, true);
    }
    throw;
  }
}

// (f is evaluated once per point, whatever the number of levels; for one level, crossings come
// in the order of the scan)
Breakeven scan_crossings(const VariedInput& input, double from, double to, int steps,
                         double tolerance, double x_tolerance,
                         const std::function<double(double)>& f_at,
                         std::initializer_list<double> levels)
{
  Breakeven out;
  out.path = input.path;
  out.current = input.current;
  out.from = from;
  out.to = to;
  out.tolerance = tolerance;
  steps = std::max(steps, 1);
  double x0 = from;
  double f0 = f_at(x0);
  out.net_from = f0;
  for (int i = 1; i <= steps; ++i) {
    double x1 = i == steps ? to : from + (to - from) * i / steps;
    double f1 = f_at(x1);
    for (double level : levels) {
      const double n0 = f0 - level, n1 = f1 - level;
      if (i == 1 && n0 == 0 && n1 != 0)
        out.crossings.push_back({x0, n0 + level, n1 > 0, level});
      if (n1 == 0 && n0 != 0)
        out.crossings.push_back({x1, n1 + level, n0 < 0, level});
      else if ((n0 < 0 && n1 > 0) || (n0 > 0 && n1 < 0)) {
        // Bisect until f is within the tolerance of the level or the interval cannot shrink.
        double a = x0, b = x1, na = n0, x = x0, nx = n0;
        for (int k = 0; k < 200; ++k) {
          x = a + (b - a) / 2;
          nx = f_at(x) - level;
          if (std::abs(nx) <= tolerance || x == a || x == b || b - a <= x_tolerance)
            break;
          if ((nx < 0) == (na < 0)) {
            a = x;
            na = nx;
          } else
            b = x;
        }
        out.crossings.push_back({x, nx + level, n1 > n0, level});
      }
    }
    x0 = x1;
    f0 = f1;
  }
  out.net_to = f0;
  if (levels.size() > 1)
    std::stable_sort(out.crossings.begin(), out.crossings.end(),
                     [](const Crossing& a, const Crossing& b) { return a.value < b.value; });
  return out;
}

std::optional<std::string> counted_units(const Scenario& s, const std::string& path)
{
  for (const AskDef& ask : s.model->asks)
    if (ask.counts_people() && path == "asks." + ask.id + ".amount")
      return ask.id;
  return std::nullopt;
}

Breakeven breakeven(const Scenario& s, std::size_t perspective, const VariedInput& input,
                    double from, double to, int steps, double tolerance)
{
  // net through zero, and where the verdict changes: through +-margin (the scenario's model's)
  Probe probe(compile(s, perspective, PlanNames::all));
  const std::int32_t slot = input_slot(probe.plan(), s, input.path);
  const double margin = s.model->margin.mean;
  auto net = [&](double v) { return probe.at(slot, v).net; };
  Breakeven out =
      margin > 0 ? scan_crossings(input, from, to, steps, tolerance, 0, net, {0.0, -margin, margin})
                 : scan_crossings(input, from, to, steps, tolerance, 0, net);
  out.uncertain_inputs = probe.plan().uncertain.size();
  out.uncertain_model_inputs = probe.plan().uncertain_model;
  out.counted = counted_units(s, input.path);
  return out;
}

std::pair<Verdict, Verdict> verdicts_around(const Crossing& c)
{
  // just above and just below the level, on the side net moves to as the input grows
  const double step = c.level > 0 ? 1 : -1;
  const Verdict outer = verdict_of(c.level + step, std::abs(c.level));
  const Verdict inner = Verdict::balanced;
  const bool outer_above = (c.level > 0) == c.benefits_above;
  return outer_above ? std::pair{inner, outer} : std::pair{outer, inner};
}

Breakeven breakeven_timing(const Scenario& s, std::size_t perspective, const VariedInput& input,
                           double from, double to, Timing moment, int steps, double tolerance)
{
  // engaging now and waiting for the moment: each strategy's plan, worth arrives x net, probed
  // with the input where that plan reads it
  const std::array<Scenario, k_timings> at = timing_scenarios(s);
  Probe now(compile(at[0], perspective, PlanNames::all, PlanValue::expected));
  Probe wait(compile(at[static_cast<std::size_t>(moment)], perspective, PlanNames::all,
                     PlanValue::expected));
  const std::int32_t in_now = now.plan().find(input.path);
  const std::int32_t in_wait = wait.plan().find(input.path);
  Breakeven out = scan_crossings(input, from, to, steps, tolerance, 0, [&](double v) {
    return wait.at(in_wait, v).net - now.at(in_now, v).net;
  });
  out.waiting = moment;
  const ReadAtMeans counted = timing_uncertain_inputs(s, perspective);
  out.uncertain_inputs = counted.all;
  out.uncertain_model_inputs = counted.model;
  return out;
}

Breakeven breakeven_probability(const Scenario& s, std::size_t perspective,
                                const VariedInput& input, double from, double to,
                                const ProbabilityTarget& target, int steps)
{
  SimulateOptions options;
  options.samples = target.samples;
  options.seed = target.seed;
  options.threads = target.threads;
  auto p_minus_level = [&](double v) {
    SimItem item{&s, perspective};
    item.pin = {{input.path, v}};
    return simulate({item}, options).results[0].p_net_positive - target.level;
  };
  Breakeven out = scan_crossings(input, from, to, steps, 0, (to - from) * 1e-5, p_minus_level);
  out.probability = target;
  out.tolerance = 1.0 / double(target.samples); // P moves in steps of 1 / samples
  out.net_from += target.level;
  out.net_to += target.level;
  for (Crossing& c : out.crossings)
    c.net += target.level;
  return out;
}

} // namespace relief
