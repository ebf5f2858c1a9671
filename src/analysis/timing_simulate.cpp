#include "analysis/timing_simulate.hpp"

#include "analysis/timing.hpp"

namespace relief {

TimingSimulation simulate_timing(const Scenario& s, std::size_t perspective,
                                 const SimulateOptions& options)
{
  const std::array<Scenario, k_timings> at = timing_scenarios(s);
  std::vector<SimItem> items;
  for (const Scenario& one : at)
    items.push_back({&one, perspective, PlanValue::expected});
  TimingSimulation out;
  out.sim = simulate(items, options);
  std::size_t best = 0;
  for (std::size_t t = 0; t < k_timings; ++t) {
    out.arrives[t] = s.model->timings[t].arrives.mean;
    if (out.sim.results[t].net.mean > out.sim.results[best].net.mean)
      best = t;
  }
  out.best = static_cast<Timing>(best);
  return out;
}

} // namespace relief
