#pragma once
// timing -n: the strategies of engaging now, after the war or after Lukashenka under uncertainty
// (SPEC 3 step 11): each moment's delay, whether it comes at all, and every other uncertain input
// are sampled with common random numbers.
#include <array>

#include "analysis/simulate.hpp"

namespace relief {

struct TimingSimulation {
  Simulation sim; // results by Timing: each strategy's value (0 in a sample where it did not come)
  std::array<double, k_timings> arrives{}; // each moment's probability of coming (its mean)
  Timing best;                             // the highest mean value
};

// Return the simulation of the strategies of s under the perspective.
TimingSimulation simulate_timing(const Scenario& s, std::size_t perspective,
                                 const SimulateOptions& options);

} // namespace relief
