#include "render/eval_render.hpp"

#include <fmt/format.h>

#include "render/columns.hpp"

namespace relief {
namespace {

// One criterion's line of an evaluation.
struct Crit {
  const Case* at;
  const Evaluation* ev;
  std::size_t c;
  const Criterion& criterion() const { return at->scenario->model->criteria[c]; }
  const CriterionResult& x() const { return ev->criteria[c]; }
};

std::vector<Crit> criteria_of(const Case& at, const Evaluation& ev)
{
  std::vector<Crit> rows;
  for (std::size_t c = 0; c < ev.criteria.size(); ++c)
    rows.push_back({&at, &ev, c});
  return rows;
}

const Columns<Crit>& criterion_columns()
{
  using C = const Crit&;
  static const Columns<Crit> columns = {
      // JSON says the timing once per evaluation
      {"timing", "", [](C r) { return text(timing_name(r.at->scenario->timing)); }, Align::left,
       Fit::keep, Where::csv},
      {"criterion", "criterion", [](C r) { return text(r.criterion().id); }, Align::left},
      {"kind", "kind", [](C r) { return text(kind_name(r.criterion().kind)); }, Align::left},
      {"over_time", "", [](C r) { return text(over_time_name(r.criterion().over_time)); },
       Align::right, Fit::keep, Where::json},
      {"time_factor", "", [](C r) { return plain(r.x().time); }, Align::right, Fit::keep,
       Where::json},
      {"weight", "weight", [](C r) { return number(r.x().weight, 3); }},
      {"score", "score",
       [](C r) {
         return Field{r.x().score, fixed(r.x().score, 3) + (r.x().clamped ? "*" : "")};
       }},
      {"raw_score", "", [](C r) { return plain(r.x().raw); }, Align::right, Fit::keep, Where::json},
      {"clamped", "", [](C r) { return flag(r.x().clamped, ""); }, Align::right, Fit::keep,
       Where::json},
      {"multiplier", "mult", [](C r) { return number(r.x().multiplier, 2); }},
      {"weighted", "weighted", [](C r) { return number(r.x().weighted, 3); }},
  };
  return columns;
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

// What --in adds: the net read as an amount of an ask.
struct In {
  std::string_view ask; // empty: not asked for
  const std::optional<Equivalent>* equivalent;
  const std::optional<Equivalent>* margin; // the model's margin, read the same way
  std::string text(const Answer<Evaluation>& r) const
  {
    const Model& m = *r.scenario->model;
    return equivalent_text(fmt::format("net {}", fixed(r.result.net, 3)), m, ask, *equivalent) +
           "; " +
           equivalent_text(fmt::format("the margin {}", exact(m.margin.mean)), m, ask, *margin);
  }
};

} // namespace

std::string regime_line(const Evaluation& ev)
{
  if (!ev.regime_surplus)
    return "";
  if (ev.acceptable && *ev.regime_surplus < 0)
    return fmt::format("the regime would refuse it (surplus U {} < 0), but it asks nothing: it is "
                       "the EU's own act, worth {}",
                       fixed(*ev.regime_surplus, 3), fixed(ev.worth, 3));
  return ev.acceptable
             ? fmt::format("the regime accepts (surplus U {} >= 0): worth {} to the EU",
                           fixed(*ev.regime_surplus, 3), fixed(ev.worth, 3))
             : fmt::format("the regime refuses (surplus U {} < 0): worth 0 to the EU, a refused "
                           "proposal changes nothing",
                           fixed(*ev.regime_surplus, 3));
}

namespace {

std::string table_report(const Answer<Evaluation>& r, const TableStyle& style, const In& in)
{
  const Scenario& s = *r.scenario;
  std::string out = fit_line(report_heading(s, style, false), style, false) + "\n";
  out += fit_phrases({describe_context(s, r.result.context),
                      fmt::format("perspective {}", r.perspective_id()),
                      fmt::format("credibility {}", fixed(r.result.p_deal, 2))},
                     style, false) +
         "\n\n";
  out += render_text(criteria_table(r, r.result), style);
  if (any_clamped(r.result))
    out += "  * saturated: clamped to the cap of ±10 points\n";
  out += fmt::format("  verdict: {}  ({})\n",
                     paint(verdict_name(r.result.verdict), verdict_color(r.result.verdict), style),
                     verdict_line(r));
  if (r.result.regime_surplus) // a result, not a note: shown under -q too; bold when refused
    out += paint(fit_items("  " + regime_line(r.result) + "\n", style),
                 r.result.acceptable ? fmt::text_style{} : k_bold, style);
  if (!in.ask.empty())
    out += note(in.text(r), style, false);
  if (auto a = arrives(r); a && !style.quiet)
    out += note(conditional_note(r, *a), style, false);
  out += means_note(r.result.uncertain_inputs, r.result.uncertain_model_inputs, style, false);
  return out;
}

std::string csv_report(const Answer<Evaluation>& r, CaseCsv& csv)
{
  std::string out;
  for (const Crit& row : criteria_of(r, r.result))
    out += csv.start(r).add(criterion_columns(), row).end();
  return out;
}

Json report_json(const Answer<Evaluation>& r, const In& in)
{
  const Scenario& s = *r.scenario;
  Json j = json_row(case_columns(), r);
  j["timing"] = timing_name(s.timing);
  j["context"] = {{"war", war_name(r.result.context.war)},
                  {"lukashenka_in_power", r.result.context.lukashenka_in_power},
                  {"delay_months", r.result.context.delay_months}};
  j["credibility"] = r.result.p_deal;
  j["criteria"] = Json::array();
  for (const Crit& row : criteria_of(r, r.result))
    j["criteria"].push_back(json_row(criterion_columns(), row));
  j["benefits"] = r.result.benefits;
  j["costs"] = r.result.costs;
  j["net"] = r.result.net;
  j["ratio"] = json_optional(r.result.ratio);
  j["verdict"] = verdict_name(r.result.verdict);
  j["regime_surplus"] = json_optional(r.result.regime_surplus);
  j["acceptable"] = r.result.acceptable;
  j["worth"] = r.result.worth;
  // the evaluation is conditional on the timing's moment coming; expected_net weighs it by arrives
  const double a = s.model->timings[static_cast<std::size_t>(s.timing)].arrives.mean;
  j["arrives"] = a;
  j["expected_net"] = a * r.result.net;
  if (!in.ask.empty()) {
    j["net_in"] = equivalent_json(*s.model, in.ask, *in.equivalent);
    j["margin_in"] = equivalent_json(*s.model, in.ask, *in.margin);
  }
  return j;
}

std::string markdown_report(const Answer<Evaluation>& r, const TableStyle& style, const In& in)
{
  const Scenario& s = *r.scenario;
  std::string out = report_heading(s, style, true);
  out += fmt::format(" — {}; perspective `{}`; credibility {}\n\n",
                     describe_context(s, r.result.context), r.perspective_id(),
                     fixed(r.result.p_deal, 2));
  out += render_markdown(criteria_table(r, r.result));
  out += fmt::format("\n**Verdict: {}** ({})\n", verdict_name(r.result.verdict), verdict_line(r));
  if (r.result.regime_surplus)
    out += "\n" + regime_line(r.result) + "\n";
  if (!in.ask.empty())
    out += "\n" + in.text(r) + "\n";
  if (auto a = arrives(r); a && !style.quiet)
    out += "\n" + conditional_note(r, *a) + "\n";
  if (r.result.uncertain_inputs > 0 && !style.quiet)
    out += "\n";
  out += means_note(r.result.uncertain_inputs, r.result.uncertain_model_inputs, style, true);
  return out;
}

} // namespace

TextTable criteria_table(const Case& c, const Evaluation& ev)
{
  TextTable t = text_table(criterion_columns(), criteria_of(c, ev));
  t.rules_before.push_back(t.rows.size());
  t.rows.push_back({"benefits", "", "", "", "", fixed(ev.benefits, 3)});
  t.rows.push_back({"costs", "", "", "", "", fixed(ev.costs, 3)});
  t.rows.push_back({"net", "", "", "", "", fixed(ev.net, 3)});
  t.rows.push_back({"ratio", "", "", "", "", ev.ratio ? fixed(*ev.ratio, 2) : "none"});
  return t;
}

std::string describe_context(const Scenario& s, const ResolvedContext& ctx)
{
  return fmt::format("timing {}: war {}, Lukashenka {}, delay {} months", timing_name(s.timing),
                     war_name(ctx.war), ctx.lukashenka_in_power ? "in power" : "gone",
                     exact(ctx.delay_months));
}

EvalWriter::EvalWriter(OutputFormat format, const TableStyle& style)
    : m_format(format), m_style(style), m_json(json_document("eval")),
      m_csv({keys_of(criterion_columns())})
{
}

std::string EvalWriter::add(const Answer<Evaluation>& r, std::string_view in_ask,
                            const std::optional<Equivalent>& in,
                            const std::optional<Equivalent>& margin_in)
{
  const bool first = m_count++ == 0;
  const In reading{in_ask, &in, &margin_in};
  switch (m_format) {
  case OutputFormat::csv:
    return (first ? m_csv.header() : "") + csv_report(r, m_csv);
  case OutputFormat::json:
    return m_json.add(report_json(r, reading));
  case OutputFormat::markdown:
    return (first ? "" : "\n") + markdown_report(r, m_style, reading);
  case OutputFormat::table:
  case OutputFormat::yaml:
  case OutputFormat::html:
    break;
  }
  return (first ? "" : "\n") + table_report(r, m_style, reading);
}

std::string EvalWriter::finish() const
{
  if (m_format == OutputFormat::json)
    return m_json.finish();
  if (m_format == OutputFormat::csv && m_count == 0)
    return m_csv.header();
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
