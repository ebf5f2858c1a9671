#pragma once
// A design's constraints file (relief-scenario(5), DESIGN CONSTRAINTS) -> the grid that `relief
// design` searches, every problem a diagnostic with its position.
#include <string>
#include <vector>

#include "analysis/design.hpp"
#include "exit_status.hpp"

namespace relief {

struct SpaceLoad {
  DesignSpace space;
  std::vector<Diagnostic> diagnostics;
  ExitStatus status = ExitStatus::success; // data_error on errors, no_input when unreadable
};

// The keys of a constraints file.
extern const std::vector<std::string> k_design_keys;

// Return the grid of model's catalogue that the constraints in text narrow (name in diagnostics).
SpaceLoad load_space_from_string(std::string text, std::string name, const Model& model);

// Return the grid the file at path narrows ("-": standard input).
SpaceLoad load_space_file(const std::string& path, const Model& model);

} // namespace relief
