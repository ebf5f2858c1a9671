#pragma once
// --in ASK: a value in points (a net, a margin, an EVPI) read as the amount of one deliverable that
// is worth as much: "as much as releasing 212 prisoners, under this perspective and belief set"
// (issue 17 item 5). The reference is the ask alone in the scenario's context, delivered for sure:
// its net at amount x rises with x (SPEC 3's properties), so the amount is found by bisection.
#include <cstddef>
#include <optional>

#include "evaluate.hpp"

namespace relief {

struct Equivalent {
  std::size_t ask = 0;   // index into the model's asks
  double amount = 0;     // the amount of the ask, asked alone and delivered, that nets |value|
  bool beyond = false;   // even max_amount nets less than |value|: amount is max_amount
  bool negative = false; // value was below 0: it costs as much as the ask is worth
};

// Return the equivalent of value in ask under s's perspective, belief set (its model) and context;
// none when the ask alone nets nothing (no weight on what it delivers, or a value of 0).
std::optional<Equivalent> equivalent(const Scenario& s, std::size_t perspective, std::size_t ask,
                                     double value);

} // namespace relief
