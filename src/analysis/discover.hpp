#pragma once
// discover: scenario discovery (SPEC 4, issue 19 item 1) by PRIM, Friedman and Fisher's patient
// rule induction as the EMA Workbench uses it: over simulated draws of every uncertain input, peel
// a box of at most a few inputs in which a target ("benefits outweigh") holds far more often than
// overall, and say it as a sentence with the box's coverage and density.
#include <cstdint>
#include <optional>
#include <span>
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

// One side of one input that the box restricts: lower <= value (and/or) value <= upper; for a
// categorical input, the categories the box keeps (its values are 0, 1, ...: category indices).
struct PrimRestriction {
  std::size_t input = 0;
  std::optional<double> lower, upper;
  std::vector<std::size_t> categories; // a categorical input's kept categories, in order
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

// Return PRIM on draws x[input][draw] with the target y[draw]. An input with categories[input] > 0
// is categorical, its values 0 .. categories[input] - 1: a peel removes one category whole (as the
// EMA Workbench peels categorical inputs); none given: every input is a number.
PrimResult prim(const std::vector<std::span<const double>>& x, const std::vector<char>& y,
                const PrimOptions& options = {}, const std::vector<std::size_t>& categories = {});
inline PrimResult prim(const std::vector<std::vector<double>>& x, const std::vector<char>& y,
                       const PrimOptions& options = {},
                       const std::vector<std::size_t>& categories = {})
{
  return prim(std::vector<std::span<const double>>(x.begin(), x.end()), y, options, categories);
}

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
  std::uint64_t samples = 0, seed = 0; // samples: per belief set when there are several
  std::vector<std::string> paths;   // per input: its PATH ("beliefs": the belief set, categorical)
  std::vector<std::string> beliefs; // the belief sets drawn, when more than one: input "beliefs"
  PrimOptions options;
  PrimResult prim;
};

// Return the discovery over n draws (seed) of every uncertain input of s under the perspective.
Discovery discover(const Scenario& s, std::size_t perspective, const DiscoverTarget& target,
                   std::uint64_t n, std::uint64_t seed, const PrimOptions& options = {});

// Return the discovery over the same scenario under several belief sets (one Scenario each, the
// same perspective): n draws under each, pooled, with the belief set as a categorical input
// ("beliefs") beside the uncertain inputs that every belief set draws.
Discovery discover_beliefs(const std::vector<const Scenario*>& under, std::size_t perspective,
                           const DiscoverTarget& target, std::uint64_t n, std::uint64_t seed,
                           const PrimOptions& options = {});

} // namespace relief
