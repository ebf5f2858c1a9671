#pragma once
// breakeven: where net crosses zero as one input varies (scan, then bisection).
#include <optional>
#include <vector>

#include "analysis/paths.hpp"
#include "evaluate.hpp"

namespace relief {

struct Crossing {
  double value;        // the input's value where net is zero
  double net;          // net evaluated at value
  bool benefits_above; // benefits outweigh costs above value (net rises through zero), else below
};

struct Breakeven {
  std::string path;
  double current; // the input's value in the scenario
  double from, to;
  double net_from, net_to;
  double tolerance; // |net| at a reported crossing is at most this (unless net jumps there)
  std::vector<Crossing> crossings;
};

// Return the scenario with the input set to v.
Scenario with_input(const Scenario& s, const InputPath& input, double v);

// Return every crossing of net through zero as input varies over [from, to]: a scan of steps
// intervals finds the sign changes, bisection narrows each until |net| <= tolerance.
Breakeven breakeven(const Scenario& s, std::size_t perspective, const InputPath& input, double from,
                    double to, int steps = 400, double tolerance = 1e-9);

// Return the default range to vary an input over: its valid range, with finite bounds.
std::pair<double, double> default_range(const Scenario& s, const InputPath& input);

} // namespace relief
