#pragma once
// report: every analysis of a batch gathered for one document (render/report_render.hpp writes it
// as HTML or Markdown): the comparison, and per scenario and perspective the evaluation, the
// sensitivity, the timing strategies, the break-even of each ask and, with -n, the simulation.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/breakeven.hpp"
#include "analysis/compare.hpp"
#include "analysis/sensitivity.hpp"
#include "analysis/simulate.hpp"
#include "analysis/timing.hpp"
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
  std::optional<SimResult> simulation;
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
};

// Return the analyses of s under the perspective, without its simulation.
Answer<Analyses> report_section(const Scenario& s, std::size_t perspective);

// Return "fnv1a64:0123456789abcdef" for text: the same model gives the same hash.
std::string content_hash(std::string_view text);

} // namespace relief
