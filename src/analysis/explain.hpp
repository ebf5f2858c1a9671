#pragma once
// explain: every contribution of SPEC 3 as a row, with its factors and where each number came from.
#include <string>
#include <string_view>
#include <vector>

#include "evaluate.hpp"

namespace relief {

struct ExplainRow {
  std::size_t criterion;
  std::string item;       // the measure or ask id; "saturation" for the clamp adjustment
  std::string item_kind;  // "offer", "ask" or "clamp"
  double amount = 1;      // scope, or the amount clamped to max_amount
  double effect = 0;      // points at full scope, or per unit
  double credibility = 1; // p_deal (conditional offer's benefit), p_a (ask), else 1
  double time = 1;        // the time factor: D or F of the delay, times D or F of verification
  double share = 1;       // g, the share of an offer's cost incurred
  double multiplier = 1;  // the cost multiplier applied
  bool multiplied = true; // false: a cost criterion whose score is not positive, so K_c is not
                          // applied (costs avoided are not inflated), or a benefit (no K_c)
  double weight = 0;      // w_c
  double value = 0;       // the row's part of the criterion's weighted score
  std::string amount_source, effect_source, credibility_source, weight_source;
  // where the time factor, g and the multiplier come from; "" where they are 1 by definition
  std::string time_source, share_source, multiplier_source;
};

// One term of the regime's surplus (SPEC 3 step 12): an offer's scope x its value to the regime,
// an ask's amount x its cost (negative), or the moment's reservation (negative).
struct RegimeRow {
  std::string item;      // measure or ask id, or the timing for the reservation
  std::string item_kind; // "offer", "ask" or "reservation"
  double amount = 1;     // scope, or the amount clamped to max_amount
  double per_unit = 0;   // value at full scope, cost per unit, or the reservation
  double value = 0;      // the term's part of U
  std::string amount_source, per_unit_source;
};

struct Explanation {
  Evaluation eval;
  std::vector<ExplainRow> rows;  // by criterion, then in the scenario's order
  std::vector<RegimeRow> regime; // the terms of U; empty when the model has no counterpart
};

// Return every contribution to the evaluation of s under the perspective. The rows of a criterion
// sum to its weighted score; benefit rows sum to benefits and cost rows to costs (up to rounding).
Explanation explain(const Scenario& s, std::size_t perspective);

// Return "file:line:col" for a number written in a file; for one of the embedded default model,
// "model line N", followed by "(assumptions: PATH)" when model_path names how a scenario
// overrides it; "model default" when there is no position.
std::string source_of(const SourcePos& pos, std::string_view model_path = {});

} // namespace relief
