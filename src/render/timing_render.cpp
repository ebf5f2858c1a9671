#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/chart.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

Json evaluation_json(const Evaluation& ev)
{
  return Json{{"war", war_name(ev.context.war)},
              {"lukashenka_in_power", ev.context.lukashenka_in_power},
              {"delay_months", ev.context.delay_months},
              {"benefits", ev.benefits},
              {"costs", ev.costs},
              {"net", ev.net},
              {"ratio", json_optional(ev.ratio)},
              {"verdict", verdict_name(ev.verdict)}};
}

Json by_class_json(const ByClass& values)
{
  Json j = Json::object();
  for (std::size_t k = 0; k < 3; ++k)
    j[std::string(k_over_time_names[k])] = values[k];
  return j;
}

// "engage now", "wait for after-war"
std::string strategy_name(std::size_t t)
{
  return t == 0 ? "engage now" : fmt::format("wait for {}", k_timing_names[t]);
}

// "waiting for after-war"
std::string waiting_for(std::size_t t)
{
  return fmt::format("waiting for {}", k_timing_names[t]);
}

// Return what a timing's arrives is and who says so: "the model says 0.75", or, when the scenario's
// assumptions set it, "the scenario's assumptions say 0.56 (FILE:LINE:COL)".
std::string arrives_said(const Scenario& s, std::size_t t, double arrives)
{
  const SourcePos& pos = s.model->timings[t].arrives.pos;
  if (pos.file && pos.file != s.model->source) // written in the scenario (or a file it extends)
    return fmt::format("the scenario's assumptions say {} at {}", fixed(arrives, 2), pos.str());
  return fmt::format("the model says {}", fixed(arrives, 2));
}

// Return when waiting for a moment beats engaging now, as a sentence.
std::string tie_text(const Scenario& s, std::size_t t, const Strategy& st, const Strategy& now)
{
  const std::string who = waiting_for(t);
  if (st.tie_arrives) { // its net if it comes is positive: waiting wins above the tie
    const double tie = *st.tie_arrives;
    if (tie >= 1)
      return fmt::format("{} never beats engaging now: it would need a probability of {} ({})",
                         who, fixed(tie, 2), arrives_said(s, t, st.arrives));
    if (tie <= 0)
      return fmt::format("{} beats engaging now at any probability above 0: engaging now is "
                         "worth {}",
                         who, fixed(now.expected, 3));
    return fmt::format("{} beats engaging now if the moment comes with a probability above {} "
                       "({})",
                       who, fixed(tie, 2), arrives_said(s, t, st.arrives));
  }
  if (now.expected >= 0)
    return fmt::format("{} never beats engaging now: its net if the moment comes is not positive",
                       who);
  if (st.eval.net == 0) // worth 0 whether it comes or not, and engaging now loses
    return fmt::format("{} beats engaging now at any probability: it is worth 0, engaging now {}",
                       who, fixed(now.expected, 3));
  // both lose: waiting loses less the less likely the moment is
  const double below = now.expected / st.eval.net;
  if (below >= 1)
    return fmt::format("{} beats engaging now at any probability: both lose, and waiting loses "
                       "less",
                       who);
  return fmt::format("{} beats engaging now if the moment comes with a probability below {}: "
                     "both lose",
                     who, fixed(below, 2));
}

} // namespace

std::string render_timing(const std::vector<Report<TimingResult>>& reports, OutputFormat format,
                          const TableStyle& style)
{
  if (format == OutputFormat::csv) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : reports)
      for (std::size_t t = 0; t < 3; ++t) {
        const Strategy& st = r.result.at[t];
        const Evaluation& ev = st.eval;
        rows.push_back({r.scenario->name,
                        shown_file(*r.scenario),
                        r.scenario->model->perspectives[r.perspective].id,
                        std::string(k_timing_names[t]),
                        std::string(war_name(ev.context.war)),
                        ev.context.lukashenka_in_power ? "true" : "false",
                        exact(ev.context.delay_months),
                        exact(st.arrives),
                        exact(ev.benefits),
                        exact(ev.costs),
                        exact(ev.net),
                        exact_or_empty(ev.ratio),
                        std::string(verdict_name(ev.verdict)),
                        exact(st.expected),
                        exact(st.benefits[0]),
                        exact(st.benefits[1]),
                        exact(st.benefits[2]),
                        exact(st.forgone[0]),
                        exact(st.forgone[1]),
                        exact(st.forgone[2]),
                        exact(st.saved),
                        exact_or_empty(st.tie_arrives),
                        static_cast<std::size_t>(r.result.best) == t ? "true" : "false"});
      }
    return csv_table({"scenario",
                      "file",
                      "perspective",
                      "timing",
                      "war",
                      "lukashenka_in_power",
                      "delay_months",
                      "arrives",
                      "benefits",
                      "costs",
                      "net",
                      "ratio",
                      "verdict",
                      "expected_net",
                      "benefits_once",
                      "benefits_flow",
                      "benefits_decays",
                      "forgone_once",
                      "forgone_flow",
                      "forgone_decays",
                      "saved",
                      "tie_arrives",
                      "best"},
                     rows);
  }
  if (format == OutputFormat::json) {
    Json j = json_document("timing");
    j["results"] = Json::array();
    for (const auto& r : reports) {
      Json one = json_report(*r.scenario, r.perspective);
      Json timings = Json::object();
      for (std::size_t t = 0; t < 3; ++t) {
        const Strategy& st = r.result.at[t];
        Json e = evaluation_json(st.eval);
        e["arrives"] = st.arrives;
        e["expected_net"] = st.expected;
        e["benefits_by_class"] = by_class_json(st.benefits);
        e["forgone"] = by_class_json(st.forgone);
        e["saved"] = st.saved;
        e["tie_arrives"] = json_optional(st.tie_arrives);
        timings[std::string(k_timing_names[t])] = std::move(e);
      }
      one["timings"] = std::move(timings);
      one["best"] = timing_name(r.result.best);
      one["indistinguishable_from"] = Json::array();
      for (Timing t : r.result.indistinguishable)
        one["indistinguishable_from"].push_back(timing_name(t));
      one["margin"] = r.result.margin;
      j["results"].push_back(std::move(one));
    }
    return dump(j);
  }
  bool markdown = format == OutputFormat::markdown;
  std::string out;
  for (const auto& r : reports) {
    if (!out.empty())
      out += "\n";
    out += section_heading(*r.scenario, r.perspective, style, markdown);
    const auto& at = r.result.at;
    TextTable t;
    t.header = {"timing", "delay", "arrives", "net", "verdict", "E"};
    t.align = {Align::left, Align::right, Align::right, Align::right, Align::left, Align::right};
    if (!markdown) {
      t.header.push_back("chart of E");
      t.align.push_back(Align::left);
    }
    BarColumn chart;
    chart.column = 6;
    chart.half = 10;
    for (const Strategy& st : at)
      chart.max_abs = std::max(chart.max_abs, std::abs(st.expected));
    for (std::size_t i = 0; i < 3; ++i) {
      const Strategy& st = at[i];
      std::vector<std::string> row = {std::string(k_timing_names[i]),
                                      fmt::format("{:.4g}", st.eval.context.delay_months),
                                      fixed(st.arrives, 2),
                                      fixed(st.eval.net, 3),
                                      std::string(verdict_name(st.eval.verdict)),
                                      fixed(st.expected, 3)};
      if (!markdown) {
        row.emplace_back(); // drawn by render_text at the width left to it
        chart.spans.emplace_back(std::pair(std::min(st.expected, 0.0), std::max(st.expected, 0.0)));
      }
      t.rows.push_back(std::move(row));
    }
    if (!markdown)
      t.bar = std::move(chart);
    out += markdown ? render_markdown(t) + "\n" : render_text(t, style);
    if (!style.quiet)
      out += note("net and verdict: if the moment comes; E: expected net = arrives x net", style,
                  markdown);
    out += means_note(r.result.uncertain_inputs, style, markdown);
    out += "\n";

    TextTable w;
    w.header = {"waiting for", "lost: flow", "decays", "once", "costs saved", "change"};
    w.align = {Align::left, Align::right, Align::right, Align::right, Align::right, Align::right};
    for (std::size_t i = 1; i < 3; ++i) {
      const Strategy& st = at[i];
      w.rows.push_back({std::string(k_timing_names[i]), fixed(st.forgone[1], 3),
                        fixed(st.forgone[2], 3), fixed(st.forgone[0], 3), fixed(st.saved, 3),
                        fixed(st.expected - at[0].expected, 3)});
    }
    out += markdown ? render_markdown(w) + "\n" : render_text(w, style);
    if (!style.quiet)
      out += note("expected benefits lost and costs saved against engaging now; change: saved "
                  "minus lost",
                  style, markdown);

    const std::size_t best = static_cast<std::size_t>(r.result.best);
    const Strategy& b = at[best];
    const std::string name = strategy_name(best);
    std::string line =
        fmt::format("best strategy: {} (expected net {})", name, fixed(b.expected, 3));
    if (!r.result.indistinguishable.empty()) {
      std::string others;
      for (std::size_t i = 0; i < r.result.indistinguishable.size(); ++i) {
        const auto other = static_cast<std::size_t>(r.result.indistinguishable[i]);
        others += fmt::format("{}{} ({})", i == 0 ? "" : " and ", strategy_name(other),
                              fixed(at[other].expected, 3));
      }
      line += fmt::format("; within the margin ({}) of it: {}, so they cannot be told apart",
                          exact(r.result.margin), others);
    }
    // wrapped as plain text, then the strategy's name painted
    std::string best_note = note(line, style, markdown);
    const std::size_t at_name = best_note.find(name);
    best_note.replace(at_name, name.size(), paint(name, verdict_color(b.eval.verdict), style));
    out += (markdown ? "\n" : "") + best_note;
    if (b.expected < -r.result.margin)
      out += note(fmt::format("no moment makes this package pay off: at its best it is worth {}, "
                              "less than not engaging (0)",
                              fixed(b.expected, 3)),
                  style, markdown);
    for (std::size_t i = 1; i < 3; ++i)
      out += note(tie_text(*r.scenario, i, at[i], at[0]), style, markdown);
    const Scenario& s = *r.scenario;
    if ((s.war || s.lukashenka_in_power || s.delay_months) && !style.quiet)
      out += note("(each timing uses its own context: the scenario's `context` overrides are set "
                  "aside)",
                  style, markdown);
  }
  return out;
}

std::string render_delay_sweep(const std::vector<Report<std::vector<DelayPoint>>>& reports,
                               OutputFormat format, const TableStyle& style)
{
  if (format == OutputFormat::csv) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : reports)
      for (const DelayPoint& p : r.result)
        rows.push_back({r.scenario->name, shown_file(*r.scenario),
                        r.scenario->model->perspectives[r.perspective].id,
                        std::string(timing_name(r.scenario->timing)), exact(p.delay_months),
                        exact(p.decay), exact(p.flow), exact(p.benefits[0]), exact(p.benefits[1]),
                        exact(p.benefits[2]), exact(p.eval.benefits), exact(p.eval.costs),
                        exact(p.eval.net), exact_or_empty(p.eval.ratio),
                        std::string(verdict_name(p.eval.verdict))});
    return csv_table({"scenario", "file", "perspective", "timing", "delay_months", "decay", "flow",
                      "benefits_once", "benefits_flow", "benefits_decays", "benefits", "costs",
                      "net", "ratio", "verdict"},
                     rows);
  }
  if (format == OutputFormat::json) {
    Json j = json_document("timing");
    j["results"] = Json::array();
    for (const auto& r : reports) {
      Json one = json_report(*r.scenario, r.perspective);
      one["timing"] = timing_name(r.scenario->timing);
      one["sweep"] = Json::array();
      for (const DelayPoint& p : r.result) {
        Json e = evaluation_json(p.eval);
        e["decay"] = p.decay;
        e["flow"] = p.flow;
        e["benefits_by_class"] = by_class_json(p.benefits);
        one["sweep"].push_back(std::move(e));
      }
      j["results"].push_back(std::move(one));
    }
    return dump(j);
  }
  bool markdown = format == OutputFormat::markdown;
  std::string out;
  for (const auto& r : reports) {
    if (!out.empty())
      out += "\n";
    out +=
        section_heading(*r.scenario, r.perspective, style, markdown,
                        fmt::format(", timing {}, net by delay", timing_name(r.scenario->timing)));
    TextTable t;
    t.header = {"delay", "D(t)", "F(t)", "flows", "decaying", "costs", "net", "verdict"};
    t.align = {Align::right, Align::right, Align::right, Align::right,
               Align::right, Align::right, Align::right, Align::left};
    BarColumn chart;
    chart.column = 8;
    chart.half = 10;
    if (!markdown) {
      t.header.push_back("chart of net");
      t.align.push_back(Align::left);
    }
    for (const DelayPoint& p : r.result)
      chart.max_abs = std::max(chart.max_abs, std::abs(p.eval.net));
    for (const DelayPoint& p : r.result) {
      std::vector<std::string> row = {
          exact(p.delay_months),   fixed(p.decay, 3),
          fixed(p.flow, 3),        fixed(p.benefits[1], 3),
          fixed(p.benefits[2], 3), fixed(p.eval.costs, 3),
          fixed(p.eval.net, 3),    std::string(verdict_name(p.eval.verdict))};
      if (!markdown) {
        row.emplace_back(); // drawn by render_text at the width left to it
        chart.spans.emplace_back(std::pair(std::min(p.eval.net, 0.0), std::max(p.eval.net, 0.0)));
      }
      t.rows.push_back(std::move(row));
    }
    if (!markdown)
      t.bar = std::move(chart);
    out += markdown ? render_markdown(t) : render_text(t, style);
    if (!style.quiet)
      out += (markdown ? "\n" : "") +
             note("D(t): decaying benefits kept; F(t): flows kept (benefits and costs); flows, "
                  "decaying: weighted benefits of each class",
                  style, markdown);
  }
  return out;
}

} // namespace relief
