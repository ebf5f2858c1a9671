#pragma once
// Evaluation results -> table, CSV, JSON or Markdown text.
#include <string>
#include <vector>

#include "case.hpp"
#include "evaluate.hpp"
#include "render/columns.hpp"
#include "render/report_common.hpp"
#include "render/table.hpp"

namespace relief {

// Renders the reports of `relief eval` one at a time, so that a batch of any size holds none once
// written: the texts of add() and then finish() are render_eval() of all of them.
class EvalWriter {
public:
  EvalWriter(OutputFormat format, const TableStyle& style);
  // Return one report's text (after the CSV header or the JSON opening when it is the first);
  // in_ask (--in) and its equivalent of the net are shown where given.
  std::string add(const Answer<Evaluation>& r, std::string_view in_ask = {},
                  const std::optional<Equivalent>& in = {},
                  const std::optional<Equivalent>& margin_in = {});
  // Return what closes the output (the JSON document's end; the CSV header alone when empty).
  std::string finish() const;

private:
  OutputFormat m_format;
  TableStyle m_style;
  std::size_t m_count = 0;
  JsonResultsWriter m_json;
  CaseCsv m_csv; // the CSV's header and records, made once for the whole batch
};

// Return whether the regime accepts the package, with its surplus and the worth to the EU; empty
// when the model has no counterpart.
std::string regime_line(const Evaluation& ev);

// Return the table of an evaluation's criteria with benefits, costs, net and ratio under them.
TextTable criteria_table(const Case& c, const Evaluation& ev);

// Return the reports of `relief eval` in the given format.
std::string render_eval(const std::vector<Answer<Evaluation>>& reports, OutputFormat format,
                        const TableStyle& style);

// Return the one-line context of an evaluation: "now: war ongoing, Lukashenka in power, delay 0
// months".
std::string describe_context(const Scenario& s, const ResolvedContext& ctx);

} // namespace relief
