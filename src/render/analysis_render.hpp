#pragma once
// Analyses -> table, CSV, JSON or Markdown text: compare, timing, breakeven, sensitivity, explain.
#include <functional>
#include <string>
#include <vector>

#include "analysis/bargain.hpp"
#include "analysis/breakeven.hpp"
#include "analysis/compare.hpp"
#include "analysis/design.hpp"
#include "analysis/diff.hpp"
#include "analysis/discover.hpp"
#include "analysis/explain.hpp"
#include "analysis/grid.hpp"
#include "analysis/sensitivity.hpp"
#include "analysis/timing.hpp"
#include "analysis/weight_space.hpp"
#include "case.hpp"
#include "render/table.hpp"

namespace relief {

// One analysis of one scenario under one perspective.
template <class T> struct Report {
  const Scenario* scenario;
  std::size_t perspective;
  T result;
};

// Write a ranked comparison through out, piece by piece (CSV and JSON a row at a time): a table
// per perspective, after a matrix of scenario x perspective when there are several. Every row
// carries the scenario's short id (short_ids), so that variants with the same name stay apart.
void write_compare(const Comparison& c, OutputFormat format, const TableStyle& style,
                   const std::function<void(std::string_view)>& out);

// Return what write_compare writes.
std::string render_compare(const Comparison& c, OutputFormat format, const TableStyle& style);

// The tables behind the text, built from each result's one description of its columns (the report
// shows the same): a ranking under one perspective, and each scenario's net and verdict under every
// perspective ("0.831 +"); names whole in Markdown, printable on a terminal.
// A ranking is of one cell (belief set x perspective, Comparison::cell_of), a matrix of one belief
// set; the robustness table gives each package over every cell (backed cells, worst net, largest
// regret).
TextTable ranking_table(const Comparison& c, std::size_t cell, bool markdown);
TextTable matrix_table(const Comparison& c, std::size_t belief, bool markdown);
TextTable robustness_table(const Comparison& c, bool markdown);
// What `matrix_table` marks mean, and what the robustness table's columns mean, as sentences.
extern const std::string_view k_matrix_legend;
extern const std::string_view k_robustness_legend;

// The three moments' net, verdict and expected net, with a bar chart of E unless markdown.
TextTable moments_table(const TimingResult& r, bool markdown);

// The inputs that move net, largest swing first, with the tornado unless markdown.
TextTable tornado_table(const Sensitivity& s, bool markdown);

std::string render_timing(const std::vector<Answer<TimingResult>>& reports, OutputFormat format,
                          const TableStyle& style);

std::string render_delay_sweep(const std::vector<Answer<std::vector<DelayPoint>>>& reports,
                               OutputFormat format, const TableStyle& style);

// Return the zones of possible agreement of `relief bargain` in the format.
std::string render_bargain(const std::vector<Answer<Bargain>>& reports, OutputFormat format,
                           const TableStyle& style);

// One search of `relief design`: a moment under a perspective and belief set (model).
struct DesignAnswer {
  std::shared_ptr<const Model> model;
  std::size_t perspective = 0;
  DesignResult result;
  bool frontier_asked = false;
};

// Return the best packages (and the frontiers) of `relief design` in the format; with several
// moments of one perspective and belief set, a table of the best at each moment (the brief's
// "when" through the deal space).
std::string render_design(const std::vector<DesignAnswer>& answers, const DesignSpace& space,
                          OutputFormat format, const TableStyle& style);

// Return the grids of `relief grid` in the format: a heat map on a terminal, a table of nets in
// Markdown, one CSV row per cell, JSON with the frontiers.
std::string render_grid(const std::vector<Answer<Grid>>& reports, OutputFormat format,
                        const TableStyle& style);

// The five shades of a grid's net: 0 net <= -half, 1 costs outweigh, 2 balanced, 3 benefits
// outweigh, 4 net >= half, where half is half the largest |net| of the grid (at least the margin).
double grid_half(const Grid& g);
int grid_net_level(const Grid& g, double net);

// Return compare --weights-space: per belief set, each package's rank acceptability and central
// weight vector.
std::string render_weight_space(const std::vector<WeightSpace>& spaces, OutputFormat format,
                                const TableStyle& style);

// Return `relief discover`: the chosen box as a sentence, the peeling trajectory (and its chart).
std::string render_discover(const std::vector<Answer<Discovery>>& reports, OutputFormat format,
                            const TableStyle& style);

// The line a pull-request comment of `relief diff -f markdown` starts with, so that a CI job can
// find its earlier comment and update it instead of posting another.
extern const std::string_view k_diff_marker;

// Return `relief diff`: what changed, at `decimals`; only the cases that changed unless all.
std::string render_diff(const DiffResult& r, OutputFormat format, const TableStyle& style,
                        int decimals, bool all);

std::string render_breakeven(const std::vector<Answer<Breakeven>>& reports, OutputFormat format,
                             const TableStyle& style);

// Return to which verdict a swing flips the scenario's: "to costs-outweigh", or each end's when
// the two ends flip to different verdicts; "" when neither does.
std::string flips_text(const SensitivityRow& x, Verdict base);

std::string render_sensitivity(const std::vector<Answer<Sensitivity>>& reports, OutputFormat format,
                               const TableStyle& style);

std::string render_explain(const std::vector<Answer<Explanation>>& reports, OutputFormat format,
                           const TableStyle& style);

// Return `relief explain --paths`: every PATH of each scenario with its value in force, its valid
// range and its source, and each criterion's over_time (a choice of the model file).
std::string render_paths(const std::vector<Case>& list, OutputFormat format,
                         const TableStyle& style);

} // namespace relief
