#pragma once
// A compiled plan asked "and with this one input at v?": the evaluation at the means with one
// slot changed, without copying the scenario or compiling again. The one way every analysis
// varies an input (sensitivity, breakeven, the report's curves, timing --delay).
#include <cstdint>
#include <vector>

#include "plan.hpp"

namespace relief {

class Probe {
public:
  explicit Probe(Plan plan);

  const Plan& plan() const { return m_plan; }
  // Return the evaluation at the means, with slot at v when slot >= 0.
  const Evaluation& at(std::int32_t slot, double v);
  Evaluation base() { return at(-1, 0); }
  // Return the mean of slot: the value the scenario gives it.
  double mean(std::int32_t slot) const { return m_means[static_cast<std::size_t>(slot)]; }

private:
  Plan m_plan;
  std::vector<double> m_means;
  std::vector<double> m_x;
  Evaluation m_ev;
};

// Return the slot of the input named path (its PATH or an alias) in plan, compiled from s; throw
// std::invalid_argument saying why there is none: a setting that is not a number, a model number
// s does not read, or an unknown name ("did you mean").
std::int32_t input_slot(const Plan& plan, const Scenario& s, const std::string& path);

// Return the default range to vary a slot over: its valid range, with finite bounds (an open
// lower bound starts a thousandth of the range inside it; no upper bound: 10 times its value).
std::pair<double, double> default_range(const Plan& plan, std::int32_t slot);

} // namespace relief
