#pragma once
// Scenario x Model x Perspective -> Evaluation: SPEC 3, steps 1-10, as a pure function.
#include <optional>
#include <vector>

#include "scenario.hpp"

namespace relief {

enum class Verdict { benefits_outweigh, balanced, costs_outweigh };

// Return "benefits-outweigh", "balanced" or "costs-outweigh".
std::string_view verdict_name(Verdict v);

// Return the verdict on a net (or an expected net) against the margin (SPEC 3 step 10).
inline Verdict verdict_of(double net, double margin)
{
  // benefits_outweigh above the margin, else costs_outweigh below minus it, else balanced: as
  // (1 + below) (1 - above), without the branches that a random net mispredicts (they were a
  // fifth of the block evaluator's time)
  static_assert(int(Verdict::benefits_outweigh) == 0 && int(Verdict::balanced) == 1 &&
                int(Verdict::costs_outweigh) == 2);
  const int above = net > margin, below = net < -margin;
  return static_cast<Verdict>((1 + below) * (1 - above));
}

struct ResolvedContext {
  War war = War::ongoing;
  bool lukashenka_in_power = true;
  double delay_months = 0;
};

struct CriterionResult {
  double raw = 0;          // sum of contributions before decay and clamping
  double time = 1;         // the time factor: D(delay) where c decays (and raw > 0), F(delay) where
                           // it is a flow, else 1
  double linear = 0;       // raw times the time factor, before the value function
  double unclamped = 0;    // the value function of linear (linear itself where it is linear)
  double score = 0;        // S_c: raw times the time factor, clamped to [-10, 10]
  bool clamped = false;    // raw (times the time factor) was outside [-10, 10]
  double weight = 0;       // w_c, normalised
  double multiplier = 1;   // the cost multiplier applied: K_c on a positive cost score, else 1
  bool multiplied = false; // K_c applies: a cost criterion whose score is positive
  double weighted = 0;     // w_c * S_c * multiplier
};

struct Evaluation {
  ResolvedContext context;
  double p_deal = 0;
  double weight_sum = 0; // the weights' sum before normalising (1 means none was needed)
  std::vector<CriterionResult> criteria;
  double benefits = 0;
  double costs = 0;
  double net = 0;
  std::optional<double> ratio; // benefits / costs when costs > 0
  Verdict verdict = Verdict::balanced;
  // The regime's side (SPEC 3 step 12): its surplus U from the package (none when the model has no
  // counterpart), whether it accepts (U >= 0; true without a counterpart, and for a package that
  // asks nothing, which is the EU's own act and needs nobody's yes), and the package's worth
  // to the EU before Minsk answers: net when it accepts, 0 when it refuses (a refused proposal
  // changes nothing).
  std::optional<double> regime_surplus;
  bool acceptable = true;
  double worth = 0;
  std::size_t uncertain_inputs = 0;       // distributions that were read at their means
  std::size_t uncertain_model_inputs = 0; // of them, the model's (not set by the scenario)
};

// What a row of the trace is beside an item's contribution: the change that a criterion's value
// function made to its score (SPEC 3 step 6), or the cut that clamping made to a saturated one.
enum class Adjustment { none, value_function, clamp };

// One item's contribution to one criterion's raw score (SPEC 3 steps 4 and 5), or an adjustment
// of a criterion's score.
struct Contribution {
  std::size_t criterion;
  bool ask;           // an ask, else an offer item (or the clamp)
  std::size_t item;   // index into Scenario::asks or Scenario::offer
  double amount;      // scope, or the amount clamped to max_amount
  double effect;      // points at full scope, or per unit
  double credibility; // p_deal on a conditional offer's benefit, p_a for an ask, else 1
  double time;        // on a conditional offer's benefit, D(verification_months) where it decays
                      // and F(verification_months) where it flows, else 1
  double share;       // g on an offer, the offset factor on an ask (SPEC 3 step 5), else 1
  double value;       // amount * effect * credibility * time * share
  // its part of the criterion's weighted score: w_c * value * the criterion's time factor * the
  // multiplier (times arrives for a strategy), so that a criterion's parts sum to its weighted
  double weighted = 0;
  // an adjustment: value is v(linear) - linear for the value function, S_c minus v(linear) for the
  // clamp (both after the time factor)
  Adjustment adjustment = Adjustment::none;
};

// Return v(x) of the value function {concave: k} (SPEC 3 step 6):
// sign(x) * 10 * (1 - e^(-k|x|/10)) / (1 - e^(-k)).
double concave_value(double x, double k);

// Return D(t) = 0.5^(t / half_life).
double decay(double months, double half_life_months);

// Return e^(-rt), r = ln(1 + rate) / 12: what a point t months away is worth now at a yearly
// discount rate (SPEC 3 step 3); 1 when the rate is 0.
double discount(double months, double rate_per_year);

// Return F(t): the share of a flow over the horizon H still felt when it starts after t, weighing
// each month by its discount: (e^(-rt) - e^(-rH)) / (1 - e^(-rH)), at least 0, which is
// max(0, 1 - t/H) at rate 0.
double flow(double months, double horizon_months, double rate_per_year = 0);

// Return the scenario's context: the timing's, with the scenario's overrides.
ResolvedContext resolve_context(const Scenario& s);

// Return the weights of the perspective with the scenario's overrides, before normalising.
std::vector<double> raw_weights(const Scenario& s, std::size_t perspective);

// Return the evaluation of s under its model and the given perspective (an index into its model);
// when trace is given, every non-zero contribution is appended to it.
Evaluation evaluate(const Scenario& s, std::size_t perspective,
                    std::vector<Contribution>* trace = nullptr);

} // namespace relief
