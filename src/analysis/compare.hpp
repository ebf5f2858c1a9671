#pragma once
// compare: one row per scenario and perspective, ranked by net.
#include <optional>
#include <string>
#include <vector>

#include "evaluate.hpp"

namespace relief {

struct CompareRow {
  std::size_t rank = 0; // 1 = highest net under this perspective
  std::string scenario;
  std::string file;
  std::string perspective;
  double benefits = 0, costs = 0, net = 0;
  std::optional<double> ratio;
  Verdict verdict = Verdict::balanced;
  std::size_t uncertain_inputs = 0; // distributions read at their means
};

// Return the row of one evaluation (rank not yet set).
CompareRow compare_row(const Scenario& s, std::size_t perspective, const Evaluation& ev);

// Sort rows by perspective (in first-seen order), then by net, highest first (ties keep their
// order), and number the ranks within each perspective.
void rank_rows(std::vector<CompareRow>& rows);

} // namespace relief
