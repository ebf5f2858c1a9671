#pragma once
// timing: the same package now, after the war and after Lukashenka; and a sweep over the delay.
#include <array>
#include <vector>

#include "evaluate.hpp"

namespace relief {

struct TimingResult {
  std::array<Evaluation, 3> at; // by Timing: now, after-war, after-lukashenka
  Timing best;                  // the moment with the highest net
};

// Return the scenario evaluated at each timing with that timing's own context (the scenario's
// `context` overrides are set aside, since each timing sets the context).
TimingResult timing(const Scenario& s, std::size_t perspective);

struct DelayPoint {
  double delay_months;
  Evaluation eval;
};

// Return the scenario (its timing and context) evaluated with delay_months from a to b by step.
std::vector<DelayPoint> delay_sweep(const Scenario& s, std::size_t perspective, double a, double b,
                                    double step);

} // namespace relief
