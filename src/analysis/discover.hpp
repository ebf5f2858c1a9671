#pragma once
// discover: scenario discovery (SPEC 4, issue 19 item 1) by PRIM, Friedman and Fisher's patient
// rule induction as the EMA Workbench uses it: over simulated draws of every uncertain input, peel
// a box of at most a few inputs in which a target ("benefits outweigh") holds far more often than
// overall, and say it as a sentence with the box's coverage and density.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "evaluate.hpp"

namespace relief {

struct PrimOptions {
  double alpha = 0.05;        // the share of the box's draws each peel removes
  double min_mass = 0.05;     // peeling stops when the box holds less than this share of the draws
  std::size_t max_inputs = 3; // at most this many inputs restricted
  double min_coverage = 0.5;  // the chosen box: the densest that keeps this share of the targets
};

// One side of one input that the box restricts: lower <= value (and/or) value <= upper.
struct PrimRestriction {
  std::size_t input = 0;
  std::optional<double> lower, upper;
};

struct PrimBox {
  std::vector<PrimRestriction> restrictions;
  std::size_t count = 0; // draws in the box
  double coverage = 0;   // of the draws where the target holds, the share in the box
  double density = 0;    // of the draws in the box, the share where the target holds
};

struct PrimResult {
  std::size_t draws = 0, hits = 0;  // draws, and draws where the target holds
  double base = 0;                  // hits / draws: the density of the whole space
  std::vector<PrimBox> trajectory;  // the whole space first, then each peel
  std::size_t chosen = 0;           // index into trajectory
  PrimBox box;                      // the chosen box after the significance check
  std::vector<std::size_t> dropped; // inputs whose restriction did not raise density beyond noise
};

// Return PRIM on draws x[input][draw] with the target y[draw].
PrimResult prim(const std::vector<std::vector<double>>& x, const std::vector<char>& y,
                const PrimOptions& options = {});

// What discover looks for in each draw.
struct DiscoverTarget {
  enum class Kind { benefits_outweigh, costs_outweigh, net_above, net_below, accepted, best_now };
  Kind kind = Kind::benefits_outweigh;
  double threshold = 0; // net_above, net_below
  std::string text;     // as given
};

// Return the target that text names, or none.
std::optional<DiscoverTarget> parse_target(const std::string& text);

struct Discovery {
  DiscoverTarget target;
  std::uint64_t samples = 0, seed = 0;
  std::vector<std::string> paths; // per input: its PATH
  PrimOptions options;
  PrimResult prim;
};

// Return the discovery over n draws (seed) of every uncertain input of s under the perspective.
Discovery discover(const Scenario& s, std::size_t perspective, const DiscoverTarget& target,
                   std::uint64_t n, std::uint64_t seed, const PrimOptions& options = {});

} // namespace relief
