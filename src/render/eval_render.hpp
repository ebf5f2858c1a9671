#pragma once
// Evaluation results -> table, CSV, JSON or Markdown text.
#include <string>
#include <vector>

#include "evaluate.hpp"
#include "render/table.hpp"

namespace relief {

struct EvalReport {
  const Scenario* scenario;
  std::size_t perspective; // index into scenario->model->perspectives
  Evaluation eval;
};

// Return the reports of `relief eval` in the given format.
std::string render_eval(const std::vector<EvalReport>& reports, OutputFormat format,
                        const TableStyle& style);

// Return the one-line context of an evaluation: "now: war ongoing, Lukashenka in power, delay 0
// months".
std::string describe_context(const Scenario& s, const ResolvedContext& ctx);

} // namespace relief
