#pragma once
// compare: one row per scenario and perspective, ranked by net. A comparison holds what its
// ranking needs and no more: each scenario's name and file once, and a few numbers per row, so
// that a batch of 100,000 files fits in memory while the files themselves are dropped.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/equivalent.hpp"
#include "evaluate.hpp"

namespace relief {

// A scenario of the comparison, named once for all its perspectives.
struct ComparedScenario {
  std::string name;
  std::string file; // as given on the command line
  int document = 1; // its place in the file
};

struct CompareRow {
  std::uint32_t scenario = 0;         // index into Comparison::scenarios
  std::uint32_t perspective = 0;      // index into Comparison::perspectives
  std::uint32_t belief = 0;           // index into Comparison::beliefs
  std::uint32_t rank = 0;             // 1 = highest net under this perspective and belief set
  std::uint32_t uncertain_inputs = 0; // distributions read at their means
  Verdict verdict = Verdict::balanced;
  double benefits = 0, costs = 0, net = 0;
  std::optional<double> ratio;
  std::optional<double> regime_surplus; // none without a counterpart in the model
  bool acceptable = true;
  double worth = 0; // net when the regime accepts, 0 when it refuses
  // A package for a later moment engages only if the moment comes (SPEC 3 step 11): its expected
  // worth is arrives x worth, what the ranking sorts by (arrives is 1 now).
  Timing timing = Timing::now;
  double arrives = 1;
  double expected_net = 0;
  bool conditional() const { return arrives < 1; }
  std::optional<Equivalent> in; // the net as an amount of Comparison::in_ask (--in)
  // compare -n: over the draws, the share with net > 0, the share in which this package has the
  // highest net of its cell (belief set x perspective), and the share the regime accepts (none
  // without a counterpart)
  std::optional<double> p_net_positive, p_first, p_accept;
};

// A package across every cell (belief set x perspective) of a comparison: how many cells back it
// (benefits outweigh and the regime accepts), its worst worth, and its largest regret (how far its
// worth falls below the best package's in a cell), each with the cell where it happens.
struct Robustness {
  std::uint32_t scenario = 0;
  std::uint32_t backed = 0, cells = 0;
  double worst_net = 0;
  std::uint32_t worst_cell = 0;
  double max_regret = 0;
  std::uint32_t regret_cell = 0;
};

struct Comparison {
  std::vector<std::string> perspectives; // ids, in the order first added
  std::vector<std::string> beliefs;      // belief set ids, in the order first added
  std::vector<ComparedScenario> scenarios;
  std::vector<CompareRow> rows;
  std::string in_ask;                         // --in: the ask each net is read in; empty: none
  std::optional<std::uint64_t> samples, seed; // compare -n: the draws of each cell

  // A cell is a belief set and a perspective: belief * perspectives.size() + perspective.
  std::size_t cells() const { return beliefs.size() * perspectives.size(); }
  std::size_t cell_of(const CompareRow& r) const
  {
    return r.belief * perspectives.size() + r.perspective;
  }
  // Return "balanced" or, with several belief sets, "balanced, pressure-works".
  std::string cell_name(std::size_t cell) const;

  // Add the evaluation of s under the perspective (an index into its model's perspectives); s is
  // the last scenario added when its file, document and name are the same.
  void add(const Scenario& s, std::size_t perspective, const Evaluation& ev,
           std::optional<Equivalent> in = {});

  // Return the scenario x perspective matrix of ranked rows under one belief set: one line per
  // scenario in the first perspective's rank order, its row under each perspective (nullptr where
  // there is none).
  std::vector<std::vector<const CompareRow*>> matrix(std::size_t belief = 0) const;

  // Return each scenario's robustness over every cell, in the order of the scenarios.
  std::vector<Robustness> robustness() const;
};

// Sort the rows by cell (belief set, then perspective, in the order first added), then by expected
// worth, highest first (ties keep their order), and number the ranks within each cell.
void rank_rows(Comparison& c);

// compare's ranking of any list of items (rank_rows; diff and merge rank their own records): item
// i lies in cell[i] and is worth expected[i]. Return the items' indices by cell, then by expected
// worth, highest first, ties in the order given; rank[i] becomes item i's rank in its cell (1 =
// first).
std::vector<std::size_t> ranking_order(const std::vector<std::size_t>& cell,
                                       const std::vector<double>& expected,
                                       std::vector<std::uint32_t>& rank);

} // namespace relief
