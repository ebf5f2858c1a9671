#pragma once
// PATH: every numeric input of a scenario, addressable by name, readable and settable, so that an
// analysis can re-evaluate the scenario with one number changed.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario.hpp"

namespace relief {

struct InputPath {
  std::string path; // "asks.prisoners.amount", "credibility", "model.half_life_months", ...
  Range range;      // its valid range
  std::function<const Value*(const Scenario&)>
      value;                                  // the Value as written, or nullptr for a default
  std::function<double(const Scenario&)> get; // the number in force (the default when unwritten)
  std::function<void(Scenario&, double)> set; // write a point value
};

// Return every numeric input of s under the perspective (weights are the perspective's), scenario
// inputs first, then the model's as "model." + its path.
std::vector<InputPath> input_paths(const Scenario& s, std::size_t perspective);

// Return the input named path, or throw UsageError-like std::invalid_argument with "did you mean"
// over the paths that exist, and a hint when the name is not numeric.
InputPath find_input(const Scenario& s, std::size_t perspective, const std::string& path);

// Return "file:line:col" for a number written in a file; for one of the embedded default model,
// "model line N", followed by "(assumptions: PATH)" when model_path names how a scenario
// overrides it; "model default" when there is no position.
std::string source_of(const SourcePos& pos, std::string_view model_path = {});

} // namespace relief
