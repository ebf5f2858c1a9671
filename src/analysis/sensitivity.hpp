#pragma once
// sensitivity: every input that affects net swung one at a time; verdict intervals for the weights.
#include <optional>
#include <string>
#include <vector>

#include "evaluate.hpp"

namespace relief {

struct SensitivityRow {
  std::string path;
  bool uncertain = false; // swung over its distribution's p10..p90, else +-swing
  double base = 0, low = 0, high = 0;
  double net_low = 0, net_high = 0;
  double swing = 0; // |net_high - net_low|
  Verdict verdict_low = Verdict::balanced, verdict_high = Verdict::balanced;
  bool flips = false; // the verdict at low or high differs from the scenario's
};

struct WeightInterval {
  std::string criterion;
  double weight = 0; // the raw weight in force
  std::optional<double>
      lo; // the verdict holds for raw weights in [lo, hi]; nothing: no bound found
  std::optional<double> hi;
};

struct Sensitivity {
  Evaluation base;
  double swing = 0.2;
  std::vector<SensitivityRow> rows; // inputs with a swing, and every weight; largest swing first
  std::vector<WeightInterval> weights;
};

// Return the sensitivity of net to every input of s (point values swung by +-swing, distributions
// over p10..p90), and the interval of each weight within which the verdict holds.
Sensitivity sensitivity(const Scenario& s, std::size_t perspective, double swing);

} // namespace relief
