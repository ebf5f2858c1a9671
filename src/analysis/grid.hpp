#pragma once
// grid: net and verdict over a two-way grid of inputs (SPEC 4, issue 19 item 2) — the analyst's
// "prisoners x credibility" — with the frontiers net = 0 and net = +-margin traced between grid
// points, the region where the regime accepts, and with -n P(net > 0) per cell.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/breakeven.hpp"

namespace relief {

struct GridAxis {
  VariedInput input;
  std::vector<double> values; // from, ..., to: steps values evenly spaced
};

struct GridCell {
  double net = 0;
  Verdict verdict = Verdict::balanced;
  std::optional<double> regime_surplus; // none without a counterpart
  bool acceptable = true;
  std::optional<double> p_positive, p_positive_se; // with -n
};

// The points where a quantity crosses a level between two neighbouring grid points, by linear
// interpolation along the edge between them (no evaluation beyond the grid's own).
struct GridFrontier {
  std::string what; // "net = 0", "net = margin", "net = -margin", "U = 0"
  double level = 0;
  std::vector<std::pair<double, double>> points; // (a, b), in order of a, then b
};

struct Grid {
  GridAxis a, b;
  double margin = 0;
  std::vector<GridCell> cells; // cells[i * b.values.size() + j] at (a.values[i], b.values[j])
  std::vector<GridFrontier> frontiers; // net = 0, net = margin, net = -margin, U = 0 (counterpart)
  std::uint64_t evaluations = 0;       // plan evaluations at the means (one per cell)
  std::uint64_t samples = 0, seed = 0; // with -n

  const GridCell& at(std::size_t i, std::size_t j) const { return cells[i * b.values.size() + j]; }
};

// Return the values from..to in steps values (steps >= 2; one value when from == to).
std::vector<double> grid_values(double from, double to, int steps);

// Return the grid of s under the perspective over the two inputs, at the means: one evaluation of
// the compiled plan per cell.
Grid grid(const Scenario& s, std::size_t perspective, const GridAxis& a, const GridAxis& b);

// Add P(net > 0) per cell over n draws (seed) of every other uncertain input, the same draws in
// every cell (common random numbers).
void grid_draws(const Scenario& s, std::size_t perspective, Grid& g, std::uint64_t n,
                std::uint64_t seed);

} // namespace relief
