#pragma once
// The evaluation plan: a scenario and its model compiled once into flat slots and terms, so that
// one evaluation is one pass over an array of numbers. evaluate() runs it at every slot's mean;
// simulate runs it once per sample.
#include <cstdint>
#include <string>
#include <vector>

#include "evaluate.hpp"

namespace relief {

// One number the evaluation reads, addressed by the PATH of where it is written: a scenario
// input ("asks.prisoners.amount", "credibility") or a model number ("model.half_life_months").
struct PlanSlot {
  std::string path;
  Value value; // as written: mean, distribution, source position
  Range range; // samples are clamped to it
};

// One item's contribution to one criterion: x[amount] * x[effect] * credibility * decay * share.
struct PlanTerm {
  enum class Mode : std::uint8_t {
    plain,       // an unconditional offer's benefit
    conditional, // a conditional offer's benefit: times p_deal, and D(verification) if it decays
    cost,        // an offer's cost: times g (SPEC 3 step 4)
    ask,         // an ask: min(amount, max_amount) times p_a
  };
  Mode mode = Mode::plain;
  std::uint32_t criterion = 0;
  std::uint32_t item = 0; // index into Scenario::offer or Scenario::asks
  std::int32_t amount = -1;
  std::int32_t effect = -1;
  std::int32_t max_amount = -1;  // ask: its max_amount slot
  std::int32_t credibility = -1; // ask: p_a's slot
  bool conditional = false;      // cost: the offer item is conditional
  bool reversible = false;       // cost: the offer item is reversible
};

struct Plan {
  std::vector<PlanSlot> slots;
  std::vector<PlanTerm> terms;
  ResolvedContext context; // war and ruler as resolved; the delay is a slot
  std::int32_t p_deal = -1, delay = -1, half_life = -1, verification = -1, snapback = -1,
               margin = -1;
  std::vector<std::int32_t> weights;     // per criterion
  std::vector<std::int32_t> war_k;       // per criterion: the war multiplier (-1: benefit)
  std::vector<std::int32_t> ruler_k;     // per criterion: the ruler multiplier (-1: benefit)
  std::vector<Kind> kinds;               // per criterion
  std::vector<std::uint8_t> decays;      // per criterion
  std::vector<std::int32_t> uncertain;   // slots that hold a distribution, in slot order
  bool verification_decays = false;      // a conditional offer has a decaying benefit

  // Return the slot values at their means.
  std::vector<double> means() const;
  // Return the index of the slot with this path, or -1.
  std::int32_t find(std::string_view path) const;
};

// Return the plan of s under the perspective (an index into its model).
Plan compile(const Scenario& s, std::size_t perspective);

// Evaluate the plan with slot values x into ev (whose criteria vector is reused); when trace is
// given, every non-zero contribution is appended to it.
void run(const Plan& plan, const double* x, Evaluation& ev,
         std::vector<Contribution>* trace = nullptr);

} // namespace relief
