#pragma once
// The evaluation plan: a scenario and its model compiled once into flat slots and terms, so that
// one evaluation is one pass over an array of numbers. evaluate() runs it at every slot's mean;
// simulate runs it once per sample.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "evaluate.hpp"

namespace relief {

// A criterion's score is clamped to [-k_cap, k_cap] (SPEC 3 step 7).
inline constexpr double k_cap = 10;
// Weights whose sum is within this of 1 are used as written (run() divides by 1).
inline constexpr double k_weight_sum_slack = 1e-12;

// One number the evaluation reads. Its PATH (Plan::paths) is the one name every command prints
// for it: the scenario key that sets it where there is one ("credibility", "weights.reputation",
// "offer.banking.effects.loopholes"), whether the scenario sets it or the model does, else
// "model." and its path in the model file ("model.half_life_months"). The model's spelling of a
// number the scenario does not set ("model.default_credibility") is an alias of it, accepted
// wherever a PATH is (Plan::find). The delay is the exception: unless the scenario sets
// context.delay_months, it is named by its moment ("model.timings.after-war.delay_months"), since
// a timing analysis reads three, and context.delay_months is its alias.
struct PlanSlot {
  const Value* value; // as written (mean, distribution, position), in the scenario or its model
  Range range;        // samples are clamped to it
};

// One item's contribution to one criterion:
// min(x[amount], x[max_amount]) * x[effect] * x[credibility] * x[time] * x[share], where the
// factors an item does not have point at derived slots that hold 1 (and +inf for max_amount).
struct PlanTerm {
  std::uint32_t criterion = 0;
  std::uint32_t item = 0; // index into Scenario::offer or Scenario::asks
  bool ask = false;
  std::int32_t amount = -1, max_amount = -1, effect = -1, credibility = -1, time = -1, share = -1;
};

// Slots after the inputs that run() fills in for each evaluation.
enum Derived : std::int32_t {
  k_one,          // 1
  k_infinity,     // +inf: an offer's scope has no max_amount
  k_reversible,   // g of a reversible offer: p_deal + (1 - p_deal)(1 - snapback_recovery)
  k_verify_decay, // D(v) e^(-rv) at v = verification_months (SPEC 3 step 3)
  k_verify_flow,  // F(v), discounted
  k_derived_count
};

// A part of an ask undone unless another is delivered (SPEC 3 step 5): run() writes the factor
// 1 - x[share] * (1 - x[credibility] * min(x[amount], x[max_amount])) of the cancelling ask into
// the offset's derived slot, which the offset ask's terms read as their share; 1 - x[share] when
// the cancelling ask is not asked (amount -1).
struct PlanOffset {
  std::int32_t share = -1;
  std::int32_t amount = -1, max_amount = -1, credibility = -1;
};

// An ask's credibility capped by Moscow (SPEC 3 step 5): run() writes x[credibility] *
// x[moscow_allows] into its derived slot, which the ask's terms (and an offset it cancels) read.
struct PlanCapped {
  std::int32_t credibility = -1, moscow = -1;
};

// The regime's surplus (SPEC 3 step 12): sum of scope x value over the offer, minus sum of
// min(amount, max_amount) x cost over the asks, minus the moment's reservation.
struct PlanRegime {
  std::vector<std::pair<std::int32_t, std::int32_t>> offer; // scope, value
  std::vector<std::array<std::int32_t, 3>> asks;            // amount, max_amount, cost
  std::int32_t reservation = -1;                            // -1: no counterpart
};

struct Plan {
  std::vector<PlanSlot> slots;
  std::vector<std::string> paths; // per slot; none in a plan compiled with PlanNames::none
  // per slot, where the number is written: the scenario key when the scenario sets it, else the
  // model path (the key of its random stream in simulate, so that draws do not depend on names)
  std::vector<std::string> sources;
  std::vector<std::pair<std::string, std::int32_t>> aliases; // other spellings of slots
  std::vector<PlanTerm> terms;
  ResolvedContext context; // war and ruler as resolved; the delay is a slot
  std::int32_t p_deal = -1, delay = -1, horizon = -1, half_life = -1, discount = -1,
               verification = -1, snapback = -1, margin = -1;
  std::vector<std::int32_t> weights; // per criterion
  std::vector<std::int32_t> concave; // per criterion: k of its value function (-1: linear)
  std::vector<PlanOffset> offsets;   // their factors follow the derived slots
  std::vector<PlanCapped> capped;    // asks' capped credibilities, after the offsets' factors
  PlanRegime regime;
  std::vector<std::int32_t> war_k;     // per criterion: the war multiplier (-1: benefit)
  std::vector<std::int32_t> ruler_k;   // per criterion: the ruler multiplier (-1: benefit)
  std::vector<Kind> kinds;             // per criterion
  std::vector<OverTime> over_time;     // per criterion
  std::vector<std::int32_t> uncertain; // slots that hold a distribution, in slot order
  std::size_t uncertain_model = 0;     // of them, the model's (written_in_model)
  bool verification_decays = false;    // a conditional offer has a decaying benefit
  bool verification_flows = false;     // a conditional offer has a flow benefit
  // A strategy's plan (PlanValue::expected): the slot that weighs the result by whether the
  // timing's moment comes, and the Bernoulli value it reads (owned here: it is written nowhere).
  std::int32_t arrival = -1;
  std::shared_ptr<const Value> arrival_value;

  // Return the slot values at their means, followed by the derived slots (the values run() reads).
  std::vector<double> means() const;
  // Return the index of a derived slot (once every input slot is in place).
  std::int32_t derived(Derived d) const { return static_cast<std::int32_t>(slots.size()) + d; }
  // Return the index of the slot that holds offset j's factor.
  std::int32_t offset_factor(std::size_t j) const
  {
    return derived(k_derived_count) + static_cast<std::int32_t>(j);
  }
  // Return the index of the slot that holds capped credibility j.
  std::int32_t capped_credibility(std::size_t j) const
  {
    return offset_factor(offsets.size()) + static_cast<std::int32_t>(j);
  }
  // Return the PATH of a slot (the plan must have been compiled with PlanNames::paths).
  const std::string& path(std::int32_t slot) const { return paths[static_cast<std::size_t>(slot)]; }
  // Return the index of the slot with this path or alias, or -1.
  std::int32_t find(std::string_view path) const;
  // Return the PATH of the slot that path names (its PATH or an alias); path itself when none.
  std::string canonical(const std::string& path) const;
  // Set slot to the point value v for every evaluation and draw of the plan (it is no longer
  // uncertain): what an analysis asks when it holds one input at a value.
  void pin(std::int32_t slot, double v);
  std::vector<std::shared_ptr<const Value>> pinned; // the values pin() wrote (owned here)
};

// Whether a plan's slots carry their PATHs (simulate, correlations) or not (evaluate); `all` also
// gives a slot to every effect the scenario's items have, zeros included, so that an analysis can
// vary an effect that is 0 by default.
enum class PlanNames { paths, none, all };

// What a plan computes: the evaluation at the scenario's timing, conditional on its moment coming
// (eval, simulate), or the strategy of engaging at that moment, worth arrives x net (SPEC 3 step
// 11): at the means the result is weighed by arrives, and in a sample by whether the moment came
// (a Bernoulli draw with probability arrives, slot model.timings.T.arrives).
enum class PlanValue { conditional, expected };

// Return the plan of s under the perspective (an index into its model); it points into s and its
// model, which must outlive it.
Plan compile(const Scenario& s, std::size_t perspective, PlanNames names = PlanNames::paths,
             PlanValue value = PlanValue::conditional);

// Evaluate the plan with slot values x (as means() lays them out; run() writes the derived slots)
// into ev, whose criteria vector is reused; when trace is given, every non-zero contribution is
// appended to it.
void run(const Plan& plan, double* x, Evaluation& ev, std::vector<Contribution>* trace = nullptr);

// A block of evaluations (issue 21 item 1): the plan run over many samples at once, structure of
// arrays, so that its interpretation (which slot each term reads) is paid once per block and each
// term multiplies whole columns. Every sample's result is bit-identical to run()'s on the same
// slot values: each sample sees the same operations in the same order.
struct BlockOutput {
  // per sample (count of them)
  std::vector<double> benefits, costs, net, worth;
  std::vector<std::vector<double>> weighted; // per criterion
  std::vector<char> acceptable;
  std::vector<Verdict> verdict;
};

// Run the plan over count samples: x holds every slot at its value for the whole block (as
// means() lays them out), except the slots of `varying`, whose sample i is columns[k][i]. out's
// vectors are resized to count.
void run_block(const Plan& plan, const std::vector<double>& x,
               const std::vector<std::int32_t>& varying, const std::vector<const double*>& columns,
               std::size_t count, BlockOutput& out);

} // namespace relief
