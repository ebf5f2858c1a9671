#pragma once
// report: every analysis of a batch gathered for one document (render/report_render.hpp writes it
// as HTML or Markdown): the comparison, and per scenario and perspective the evaluation, the
// sensitivity, the timing strategies, the break-even of each ask, the zone of agreement and the
// grid of its first ask against credibility; with -n the simulation, the strategies' simulation
// and scenario discovery of each case that has a distribution, and the batch's weight space.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/bargain.hpp"
#include "analysis/breakeven.hpp"
#include "analysis/compare.hpp"
#include "analysis/discover.hpp"
#include "analysis/grid.hpp"
#include "analysis/sensitivity.hpp"
#include "analysis/simulate.hpp"
#include "analysis/timing.hpp"
#include "analysis/timing_simulate.hpp"
#include "analysis/weight_space.hpp"
#include "case.hpp"

namespace relief {

// The break-even of one ask's amount, with net along the range for a chart.
struct AskCurve {
  Breakeven breakeven;
  std::vector<std::pair<double, double>> points; // (amount, net), evenly spaced over the range
};

// Every analysis of one case, for its section of the report.
struct Analyses {
  Evaluation eval;
  Sensitivity sensitivity;
  TimingResult timing;
  std::vector<AskCurve> asks;
  std::optional<Bargain> bargain; // along the first ask's amount, every moment (with a counterpart)
  std::optional<Grid> grid;       // the first ask's amount x credibility
  // with -n, when the case reads a distribution at some moment
  std::optional<SimResult> simulation;
  std::optional<TimingSimulation> timing_simulation;
  std::optional<Discovery> discovery; // where benefits outweigh
  // Return whether the case reads any distribution (at its own moment or another).
  bool uncertain() const { return eval.uncertain_inputs > 0 || timing.uncertain_inputs > 0; }
};

struct ReportData {
  std::string version;    // relief's
  std::string model_name; // the model file, or "embedded default"
  std::string model_hash; // FNV-1a 64 of the model's text, in hex
  std::vector<std::string> files;
  std::optional<std::uint64_t> samples, seed; // with -n
  std::string date;                           // only when --date is given
  Comparison comparison;                      // ranked
  std::vector<Answer<Analyses>> sections;
  std::vector<WeightSpace> weight_spaces; // with -n and two packages or more: one per belief set
};

// Return the analyses of s under the perspective, without those of -n.
Answer<Analyses> report_section(const Scenario& s, std::size_t perspective);

// Add what -n gives to a case that reads a distribution: the strategies' simulation and scenario
// discovery (where benefits outweigh), n draws from seed (threads for the strategies').
void simulate_section(Answer<Analyses>& r, const SimulateOptions& options);

// Return the weight spaces of the report's packages, one per belief set: each scenario once, as
// evaluated under the first perspective read (the weights are drawn, so which one matters only
// when it writes its weights as distributions).
std::vector<WeightSpace> report_weight_spaces(const std::vector<Answer<Analyses>>& sections,
                                              std::uint64_t n, std::uint64_t seed);

// Return "fnv1a64:0123456789abcdef" for text: the same model gives the same hash.
std::string content_hash(std::string_view text);

} // namespace relief
