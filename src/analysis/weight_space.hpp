#pragma once
// Weight space (SMAA, Lahdelma and Salminen's stochastic multicriteria acceptability analysis;
// issue 19 item 3): "whose weights favour which package" without choosing a perspective. Weights
// are drawn uniformly over the simplex (or from a perspective's weights where the model writes them
// as distributions); each package's rank acceptability is the share of the draws in which it ranks
// 1st, 2nd, ...; its central weight vector is the mean of the weights under which it ranks first.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "evaluate.hpp"

namespace relief {

// A package as the weight space needs it: at the means its net is linear in the normalised
// weights, net = sum of w_c v_c, with v_c its score on c (minus score x multiplier for a cost).
struct WeightedPackage {
  std::string name, file;
  int document = 1;
  std::vector<double> v;  // per criterion
  bool acceptable = true; // whether the regime accepts (which no weight changes)
  double arrives = 1;     // its moment's chance of coming: it ranks by arrives x worth
};

// Return the package of s evaluated under the perspective (the weights do not matter).
WeightedPackage weighted_package(const Scenario& s, std::size_t perspective);

struct WeightSpaceRow {
  std::vector<double> rank_share;             // [r]: the share of draws in which it ranks r + 1
  std::optional<std::vector<double>> central; // per criterion; none when it never ranks first
};

struct WeightSpace {
  std::string belief;
  std::vector<std::string> criteria;
  std::string drawn_from; // "the simplex" or "perspective NAME's distributions"
  std::uint64_t samples = 0, seed = 0;
  std::vector<WeightedPackage> packages;
  std::vector<WeightSpaceRow> rows; // per package
};

// Return the weight space of the packages (all under one model and belief set): n draws of the
// weights, uniform over the simplex unless the model's perspective writes some of its weights as
// distributions, which are then drawn (and the rest held) and normalised.
WeightSpace weight_space(const Model& model, std::size_t perspective,
                         std::vector<WeightedPackage> packages, std::uint64_t n,
                         std::uint64_t seed);

} // namespace relief
