#pragma once
// Rank correlations between uncertain inputs (a scenario's `correlations:`), induced in each
// block of samples by Iman and Conover's method: the independent draws of each input are
// reordered so that their ranks follow correlated normal scores. Every input keeps exactly the
// draws of its own distribution; only their pairing changes.
#include <cstdint>
#include <vector>

#include "plan.hpp"

namespace relief {

// Return the problems of s's correlations: a PATH that is not an uncertain input of the scenario
// (with "did you mean"), a pair named twice or an input with itself, and a set of correlations
// that no joint distribution can have (the matrix is not positive semi-definite).
std::vector<Diagnostic> check_correlations(const Scenario& s);

class RankCorrelation {
public:
  // Prepare the correlations of s that apply to the plan (a weight of another perspective does
  // not); none when s has none.
  RankCorrelation(const Scenario& s, const Plan& plan);
  bool empty() const { return m_inputs.empty(); }
  // Reorder columns[u][0..count) (u indexes plan.uncertain) of one block so that the correlated
  // inputs have the scenario's rank correlations; the scores' streams derive from (seed, block).
  void apply(std::uint64_t seed, std::uint64_t block, std::vector<std::vector<double>>& columns,
             std::size_t count) const;

private:
  std::vector<std::size_t> m_inputs; // indices into plan.uncertain
  std::vector<std::uint64_t> m_keys; // stream keys of their scores
  std::vector<double> m_lower;       // Cholesky factor of the normal scores' correlations
};

} // namespace relief
