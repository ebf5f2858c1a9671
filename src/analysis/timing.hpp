#pragma once
// timing: engaging now against waiting for the end of the war or for Lukashenka's exit (SPEC 3
// step 11), and a sweep over the delay.
#include <array>
#include <optional>
#include <vector>

#include "evaluate.hpp"

namespace relief {

// Weighted benefits by how their criteria unfold over time, indexed by OverTime.
using ByClass = std::array<double, 3>;

// The strategy "engage at moment M": worth arrives x net, since a moment that never comes engages
// nothing.
struct Strategy {
  Evaluation eval;     // the package at M, with M's context: conditional on M coming
  double arrives = 1;  // the probability that M comes within the horizon (its mean)
  double expected = 0; // arrives * eval.worth: arrives * net, or 0 when the regime refuses
  ByClass benefits{};  // eval's weighted benefits by class
  // Against engaging now (zero for now itself): the expected benefits waiting loses, by class,
  // and the expected costs it avoids, so that expected = now.expected - sum(forgone) + saved.
  ByClass forgone{};
  double saved = 0;
  // (A moment whose package the regime refuses counts its benefits and costs as 0.)
  // The arrives at which waiting for M ties with engaging now: now.expected / eval.worth, when
  // eval.worth > 0 (waiting wins above it); none when the worth at M is not positive.
  std::optional<double> tie_arrives;
};

struct TimingResult {
  std::array<Strategy, k_timings> at; // by Timing, every moment of the model
  Timing best;                        // the strategy with the highest expected net
  // The other strategies within the model's margin of the best: they cannot be told apart from it.
  std::vector<Timing> indistinguishable;
  double margin = 0;
  std::size_t uncertain_inputs = 0;       // distributions read at their means, over every moment
  std::size_t uncertain_model_inputs = 0; // of them, the model's
};

// Return the weighted benefits of an evaluation by the class of their criteria.
ByClass benefits_by_class(const Evaluation& ev, const Model& m);

// Return how many distinct distributions the moments of s read at their means (each
// moment's scenario and model numbers, and the probability that it comes).
// The distributions that the moments of s read at their means, and how many of them are the
// model's.
struct ReadAtMeans {
  std::size_t all = 0, model = 0;
};
ReadAtMeans timing_uncertain_inputs(const Scenario& s, std::size_t perspective);

// Return the scenario evaluated at each timing with that timing's own context (the scenario's
// `context` overrides are set aside, since each timing sets the context), and the strategies
// compared by expected net.
TimingResult timing(const Scenario& s, std::size_t perspective);

// Return the scenario at each timing with its `context` overrides set aside, as timing() and
// `timing -n` evaluate it.
std::array<Scenario, k_timings> timing_scenarios(const Scenario& s);

struct DelayPoint {
  double delay_months;
  double decay; // D(delay_months)
  double flow;  // F(delay_months)
  ByClass benefits;
  Evaluation eval;
};

// Return the scenario (its timing and context) evaluated with delay_months from a to b by step.
std::vector<DelayPoint> delay_sweep(const Scenario& s, std::size_t perspective, double a, double b,
                                    double step);

} // namespace relief
