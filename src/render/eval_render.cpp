#include "render/eval_render.hpp"

#include "render/report_common.hpp"
#include <fmt/format.h>

namespace relief {
namespace {

const std::string& perspective_id(const Answer<Evaluation>& r)
{
  return r.scenario->model->perspectives[r.perspective].id;
}

TextTable criteria_table(const Answer<Evaluation>& r)
{
  const Model& m = *r.scenario->model;
  TextTable t;
  t.header = {"criterion", "kind", "weight", "score", "mult", "weighted"};
  t.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::right};
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    const CriterionResult& x = r.result.criteria[c];
    t.rows.push_back({m.criteria[c].id, std::string(kind_name(m.criteria[c].kind)),
                      fixed(x.weight, 3), fixed(x.score, 3) + (x.clamped ? "*" : ""),
                      fixed(x.multiplier, 2), fixed(x.weighted, 3)});
  }
  t.rules_before.push_back(t.rows.size());
  t.rows.push_back({"benefits", "", "", "", "", fixed(r.result.benefits, 3)});
  t.rows.push_back({"costs", "", "", "", "", fixed(r.result.costs, 3)});
  t.rows.push_back({"net", "", "", "", "", fixed(r.result.net, 3)});
  t.rows.push_back({"ratio", "", "", "", "", r.result.ratio ? fixed(*r.result.ratio, 2) : "none"});
  return t;
}

bool any_clamped(const Evaluation& ev)
{
  return std::any_of(ev.criteria.begin(), ev.criteria.end(),
                     [](const CriterionResult& c) { return c.clamped; });
}

std::string verdict_line(const Answer<Evaluation>& r)
{
  double margin = r.scenario->model->margin.mean;
  std::string_view rel = r.result.net > margin ? ">" : r.result.net < -margin ? "<" : "within";
  if (rel == "within")
    return fmt::format("net {} is within the margin of ±{}", fixed(r.result.net, 3), exact(margin));
  return fmt::format("net {} {} {}", fixed(r.result.net, 3), rel,
                     exact(rel == ">" ? margin : -margin));
}

// Return the arrival probability of the scenario's timing when the evaluation is conditional on a
// moment that may not come.
std::optional<double> arrives(const Answer<Evaluation>& r)
{
  const double a =
      r.scenario->model->timings[static_cast<std::size_t>(r.scenario->timing)].arrives.mean;
  return a < 1 ? std::optional<double>(a) : std::nullopt;
}

// Return the note under an evaluation at a moment that may not come (SPEC 3 step 11).
std::string conditional_note(const Answer<Evaluation>& r, double a)
{
  return fmt::format("note: conditional on {} coming (probability {} within {} months); "
                     "expected net {} x {} = {}; see `relief timing`",
                     timing_name(r.scenario->timing), readable(a),
                     readable(r.scenario->model->horizon_months.mean), readable(a),
                     fixed(r.result.net, 3), fixed(a * r.result.net, 3));
}

std::string table_report(const Answer<Evaluation>& r, const TableStyle& style)
{
  const Scenario& s = *r.scenario;
  std::string out = fit_line(report_heading(s, style, false), style, false) + "\n";
  out += fit_line(fmt::format("{}; perspective {}; credibility {}",
                              describe_context(s, r.result.context), perspective_id(r),
                              fixed(r.result.p_deal, 2)),
                  style, false) +
         "\n\n";
  out += render_text(criteria_table(r), style);
  if (any_clamped(r.result))
    out += "  * saturated: clamped to the cap of ±10 points\n";
  out += fmt::format("  verdict: {}  ({})\n",
                     paint(verdict_name(r.result.verdict), verdict_color(r.result.verdict), style),
                     verdict_line(r));
  if (auto a = arrives(r); a && !style.quiet)
    out += note(conditional_note(r, *a), style, false);
  out += means_note(r.result.uncertain_inputs, style, false);
  return out;
}

const std::vector<std::string> k_csv_header = {"scenario",   "file",    "timing", "perspective",
                                               "criterion",  "kind",    "weight", "score",
                                               "multiplier", "weighted"};

std::string csv_report(const Answer<Evaluation>& r)
{
  const Model& m = *r.scenario->model;
  std::string out;
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    const CriterionResult& x = r.result.criteria[c];
    out +=
        csv_row({r.scenario->name, r.scenario->file, std::string(timing_name(r.scenario->timing)),
                 perspective_id(r), m.criteria[c].id, std::string(kind_name(m.criteria[c].kind)),
                 exact(x.weight), exact(x.score), exact(x.multiplier), exact(x.weighted)});
  }
  return out;
}

Json report_json(const Answer<Evaluation>& r)
{
  const Scenario& s = *r.scenario;
  const Model& m = *s.model;
  Json j;
  j["scenario"] = s.name;
  j["file"] = s.file;
  j["document"] = s.document;
  j["timing"] = timing_name(s.timing);
  j["perspective"] = perspective_id(r);
  j["context"] = {{"war", war_name(r.result.context.war)},
                  {"lukashenka_in_power", r.result.context.lukashenka_in_power},
                  {"delay_months", r.result.context.delay_months}};
  j["credibility"] = r.result.p_deal;
  Json criteria = Json::array();
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    const CriterionResult& x = r.result.criteria[c];
    criteria.push_back({{"criterion", m.criteria[c].id},
                        {"kind", kind_name(m.criteria[c].kind)},
                        {"over_time", over_time_name(m.criteria[c].over_time)},
                        {"time_factor", x.time},
                        {"weight", x.weight},
                        {"score", x.score},
                        {"raw_score", x.raw},
                        {"clamped", x.clamped},
                        {"multiplier", x.multiplier},
                        {"weighted", x.weighted}});
  }
  j["criteria"] = std::move(criteria);
  j["benefits"] = r.result.benefits;
  j["costs"] = r.result.costs;
  j["net"] = r.result.net;
  j["ratio"] = r.result.ratio ? Json(*r.result.ratio) : Json(nullptr);
  j["verdict"] = verdict_name(r.result.verdict);
  // the evaluation is conditional on the timing's moment coming; expected_net weighs it by arrives
  const double a = m.timings[static_cast<std::size_t>(s.timing)].arrives.mean;
  j["arrives"] = a;
  j["expected_net"] = a * r.result.net;
  return j;
}

std::string markdown_report(const Answer<Evaluation>& r, const TableStyle& style)
{
  const Scenario& s = *r.scenario;
  std::string out = report_heading(s, style, true);
  out += fmt::format(" — {}; perspective `{}`; credibility {}\n\n",
                     describe_context(s, r.result.context), perspective_id(r),
                     fixed(r.result.p_deal, 2));
  out += render_markdown(criteria_table(r));
  out += fmt::format("\n**Verdict: {}** ({})\n", verdict_name(r.result.verdict), verdict_line(r));
  if (auto a = arrives(r); a && !style.quiet)
    out += "\n" + conditional_note(r, *a) + "\n";
  if (r.result.uncertain_inputs > 0 && !style.quiet)
    out += "\n";
  out += means_note(r.result.uncertain_inputs, style, true);
  return out;
}

} // namespace

std::string describe_context(const Scenario& s, const ResolvedContext& ctx)
{
  return fmt::format("timing {}: war {}, Lukashenka {}, delay {} months", timing_name(s.timing),
                     war_name(ctx.war), ctx.lukashenka_in_power ? "in power" : "gone",
                     exact(ctx.delay_months));
}

EvalWriter::EvalWriter(OutputFormat format, const TableStyle& style)
    : m_format(format), m_style(style), m_json(json_document("eval"))
{
}

std::string EvalWriter::add(const Answer<Evaluation>& r)
{
  const bool first = m_count++ == 0;
  switch (m_format) {
  case OutputFormat::csv:
    return (first ? csv_row(k_csv_header) : "") + csv_report(r);
  case OutputFormat::json:
    return m_json.add(report_json(r));
  case OutputFormat::markdown:
    return (first ? "" : "\n") + markdown_report(r, m_style);
  case OutputFormat::table:
  case OutputFormat::yaml:
  case OutputFormat::html:
    break;
  }
  return (first ? "" : "\n") + table_report(r, m_style);
}

std::string EvalWriter::finish() const
{
  if (m_format == OutputFormat::json)
    return m_json.finish();
  if (m_format == OutputFormat::csv && m_count == 0)
    return csv_row(k_csv_header);
  return "";
}

std::string render_eval(const std::vector<Answer<Evaluation>>& reports, OutputFormat format,
                        const TableStyle& style)
{
  EvalWriter writer(format, style);
  std::string out;
  for (const auto& r : reports)
    out += writer.add(r);
  return out + writer.finish();
}

} // namespace relief
