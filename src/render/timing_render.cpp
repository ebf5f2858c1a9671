#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/chart.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

double max_abs_net(const auto& evals)
{
  double m = 0;
  for (const Evaluation& e : evals)
    m = std::max(m, std::abs(e.net));
  return m;
}

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

} // namespace

std::string render_timing(const std::vector<Report<TimingResult>>& reports, OutputFormat format,
                          const TableStyle& style)
{
  if (format == OutputFormat::csv) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : reports)
      for (std::size_t t = 0; t < 3; ++t) {
        const Evaluation& ev = r.result.at[t];
        rows.push_back({r.scenario->name, shown_file(*r.scenario),
                        r.scenario->model->perspectives[r.perspective].id,
                        std::string(k_timing_names[t]), std::string(war_name(ev.context.war)),
                        ev.context.lukashenka_in_power ? "true" : "false",
                        exact(ev.context.delay_months), exact(ev.benefits), exact(ev.costs),
                        exact(ev.net), exact_or_empty(ev.ratio),
                        std::string(verdict_name(ev.verdict)),
                        static_cast<std::size_t>(r.result.best) == t ? "true" : "false"});
      }
    return csv_table({"scenario", "file", "perspective", "timing", "war", "lukashenka_in_power",
                      "delay_months", "benefits", "costs", "net", "ratio", "verdict", "best"},
                     rows);
  }
  if (format == OutputFormat::json) {
    Json j = json_document("timing");
    j["results"] = Json::array();
    for (const auto& r : reports) {
      Json one = json_report(*r.scenario, r.perspective);
      Json timings = Json::object();
      for (std::size_t t = 0; t < 3; ++t)
        timings[std::string(k_timing_names[t])] = evaluation_json(r.result.at[t]);
      one["timings"] = std::move(timings);
      one["best"] = timing_name(r.result.best);
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
    TextTable t;
    t.header = {"timing", "delay", "benefits", "costs", "net", "verdict"};
    t.align = {Align::left, Align::right, Align::right, Align::right, Align::right, Align::left};
    if (!markdown) {
      t.header.push_back("net");
      t.align.push_back(Align::left);
    }
    double scale = max_abs_net(r.result.at);
    for (std::size_t i = 0; i < 3; ++i) {
      const Evaluation& ev = r.result.at[i];
      std::vector<std::string> row = {std::string(k_timing_names[i]),
                                      exact(ev.context.delay_months),
                                      fixed(ev.benefits, 3),
                                      fixed(ev.costs, 3),
                                      fixed(ev.net, 3),
                                      std::string(verdict_name(ev.verdict))};
      if (!markdown)
        row.push_back(diverging_bar(ev.net, scale, 4, style.unicode));
      t.rows.push_back(std::move(row));
    }
    out += markdown ? render_markdown(t) + "\n" : render_text(t, style);
    const Evaluation& best = r.result.at[static_cast<std::size_t>(r.result.best)];
    out += fmt::format("  best moment: {} (net {}, {})\n",
                       paint(timing_name(r.result.best), verdict_color(best.verdict), style),
                       fixed(best.net, 3), verdict_name(best.verdict));
    const auto& now = r.result.at[0];
    const auto& last = r.result.at[2];
    out += fmt::format("  waiting until after Lukashenka lowers costs by {} and benefits by {}\n",
                       fixed(now.costs - last.costs, 3), fixed(now.benefits - last.benefits, 3));
    const Scenario& s = *r.scenario;
    if (s.war || s.lukashenka_in_power || s.delay_months)
      out += "  (each timing uses its own context: the scenario's `context` overrides are set "
             "aside)\n";
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
                        exact(p.eval.benefits), exact(p.eval.costs), exact(p.eval.net),
                        exact_or_empty(p.eval.ratio), std::string(verdict_name(p.eval.verdict))});
    return csv_table({"scenario", "file", "perspective", "timing", "delay_months", "benefits",
                      "costs", "net", "ratio", "verdict"},
                     rows);
  }
  if (format == OutputFormat::json) {
    Json j = json_document("timing");
    j["results"] = Json::array();
    for (const auto& r : reports) {
      Json one = json_report(*r.scenario, r.perspective);
      one["timing"] = timing_name(r.scenario->timing);
      one["sweep"] = Json::array();
      for (const DelayPoint& p : r.result)
        one["sweep"].push_back(evaluation_json(p.eval));
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
    t.header = {"delay_months", "benefits", "costs", "net", "verdict"};
    t.align = {Align::right, Align::right, Align::right, Align::right, Align::left};
    if (!markdown) {
      t.header.push_back("net");
      t.align.push_back(Align::left);
    }
    double scale = 0;
    for (const DelayPoint& p : r.result)
      scale = std::max(scale, std::abs(p.eval.net));
    for (const DelayPoint& p : r.result) {
      std::vector<std::string> row = {exact(p.delay_months), fixed(p.eval.benefits, 3),
                                      fixed(p.eval.costs, 3), fixed(p.eval.net, 3),
                                      std::string(verdict_name(p.eval.verdict))};
      if (!markdown)
        row.push_back(diverging_bar(p.eval.net, scale, 8, style.unicode));
      t.rows.push_back(std::move(row));
    }
    out += markdown ? render_markdown(t) : render_text(t, style);
  }
  return out;
}

} // namespace relief
