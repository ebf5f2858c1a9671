#include <algorithm>
#include <fmt/format.h>

#include "plan.hpp"
#include "render/analysis_render.hpp"
#include "render/report_common.hpp"

namespace relief {

std::string render_explain(const std::vector<Answer<Explanation>>& reports, OutputFormat format,
                           const TableStyle& style)
{
  if (format == OutputFormat::csv) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : reports) {
      const Model& m = *r.scenario->model;
      for (const ExplainRow& x : r.result.rows)
        rows.push_back({r.scenario->name,
                        shown_file(*r.scenario),
                        m.perspectives[r.perspective].id,
                        m.criteria[x.criterion].id,
                        std::string(kind_name(m.criteria[x.criterion].kind)),
                        std::string(over_time_name(m.criteria[x.criterion].over_time)),
                        x.item,
                        x.item_kind,
                        exact(x.amount),
                        exact(x.effect),
                        exact(x.credibility),
                        exact(x.time),
                        exact(x.share),
                        exact(x.multiplier),
                        x.multiplied ? "true" : "false",
                        exact(x.weight),
                        exact(x.value),
                        x.amount_source,
                        x.effect_source,
                        x.credibility_source,
                        x.time_source,
                        x.share_source,
                        x.multiplier_source,
                        x.weight_source});
    }
    return csv_table({"scenario",
                      "file",
                      "perspective",
                      "criterion",
                      "kind",
                      "over_time",
                      "item",
                      "item_kind",
                      "amount",
                      "effect",
                      "credibility",
                      "time",
                      "share",
                      "multiplier",
                      "multiplier_applied",
                      "weight",
                      "value",
                      "amount_source",
                      "effect_source",
                      "credibility_source",
                      "time_source",
                      "share_source",
                      "multiplier_source",
                      "weight_source"},
                     rows);
  }
  if (format == OutputFormat::json) {
    Json j = json_document("explain");
    j["results"] = Json::array();
    for (const auto& r : reports) {
      const Model& m = *r.scenario->model;
      Json one = json_report(*r.scenario, r.perspective);
      one["contributions"] = Json::array();
      for (const ExplainRow& x : r.result.rows)
        one["contributions"].push_back(
            {{"criterion", m.criteria[x.criterion].id},
             {"kind", kind_name(m.criteria[x.criterion].kind)},
             {"over_time", over_time_name(m.criteria[x.criterion].over_time)},
             {"item", x.item},
             {"item_kind", x.item_kind},
             {"amount", x.amount},
             {"effect", x.effect},
             {"credibility", x.credibility},
             {"time", x.time},
             {"share", x.share},
             {"multiplier", x.multiplier},
             {"multiplier_applied", x.multiplied},
             {"weight", x.weight},
             {"value", x.value},
             {"sources",
              {{"amount", x.amount_source},
               {"effect", x.effect_source},
               {"credibility", x.credibility_source},
               {"time", x.time_source},
               {"share", x.share_source},
               {"multiplier", x.multiplier_source},
               {"weight", x.weight_source}}}});
      one["benefits"] = r.result.eval.benefits;
      one["costs"] = r.result.eval.costs;
      one["net"] = r.result.eval.net;
      j["results"].push_back(std::move(one));
    }
    return dump(j);
  }
  bool markdown = format == OutputFormat::markdown;
  std::string out;
  for (const auto& r : reports) {
    const Model& m = *r.scenario->model;
    if (!out.empty())
      out += "\n";
    out += section_heading(*r.scenario, r.perspective, style, markdown);
    TextTable t;
    t.header = {"#",    "criterion", "item", "amount", "effect", "p",
                "time", "g",         "mult", "weight", "value"};
    t.align = {Align::right, Align::left, Align::left};
    t.align.resize(t.header.size(), Align::right);
    t.fit = {Fit::keep, Fit::wrap, Fit::wrap};
    std::string sources;
    for (std::size_t i = 0; i < r.result.rows.size(); ++i) {
      const ExplainRow& x = r.result.rows[i];
      if (i > 0 && r.result.rows[i - 1].criterion != x.criterion)
        t.rules_before.push_back(i);
      t.rows.push_back({std::to_string(i + 1), m.criteria[x.criterion].id, x.item,
                        fmt::format("{:.4g}", x.amount), fmt::format("{:.4g}", x.effect),
                        fmt::format("{:.3g}", x.credibility), fmt::format("{:.3g}", x.time),
                        fmt::format("{:.3g}", x.share), x.multiplied ? fixed(x.multiplier, 2) : "-",
                        fixed(x.weight, 3), fixed(x.value, 4)});
      if (x.item_kind == "clamp")
        continue;
      std::string line = fmt::format("{} {}, effect {}", x.item_kind == "ask" ? "amount" : "scope",
                                     x.amount_source, x.effect_source);
      if (!x.credibility_source.empty())
        line += fmt::format(", credibility {}", x.credibility_source);
      if (!x.time_source.empty())
        line += fmt::format(", time: {}", x.time_source);
      if (!x.share_source.empty())
        line += fmt::format(", g from {}", x.share_source);
      if (!x.multiplier_source.empty())
        line += fmt::format(", mult: {}", x.multiplier_source);
      else if (m.criteria[x.criterion].kind == Kind::cost)
        line += fmt::format(", mult: not applied ({} score is not positive)",
                            m.criteria[x.criterion].id);
      line += fmt::format(", weight {}", x.weight_source);
      const std::size_t width = style.width > 0 ? std::min<std::size_t>(style.width, 80) : 80;
      sources += markdown ? fmt::format("- {:>3}  {}\n", i + 1, line)
                          : fmt::format("  {:>3}  {}\n", i + 1, wrap(line, 7, width));
    }
    out += markdown ? render_markdown(t) + "\n" : render_text(t, style);
    if (!style.quiet && std::any_of(r.result.rows.begin(), r.result.rows.end(),
                                    [](const ExplainRow& x) { return !x.multiplied; }))
      out += note("mult -: no multiplier applies (a benefit, or a cost whose score is not "
                  "positive: costs avoided are not inflated)",
                  style, markdown);
    out += fmt::format("  benefits {} - costs {} = net {}\n", fixed(r.result.eval.benefits, 4),
                       fixed(r.result.eval.costs, 4), fixed(r.result.eval.net, 4));
    out += means_note(r.result.eval.uncertain_inputs, style, markdown);
    out += markdown ? "\n### Where the numbers come from\n\n" : "\n  Where the numbers come from\n";
    out += sources;
  }
  return out;
}

std::string render_paths(const std::vector<Case>& list, OutputFormat format,
                         const TableStyle& style)
{
  std::vector<std::vector<std::string>> rows;
  Json j = json_document("explain");
  j["results"] = Json::array();
  std::string text;
  for (const auto& [s, p] : list) {
    Json one = json_report(*s, p);
    one["paths"] = Json::array();
    TextTable t;
    t.header = {"path", "value", "range", "source"};
    t.align = {Align::left, Align::right, Align::left, Align::left};
    t.fit = {Fit::wrap, Fit::keep, Fit::keep, Fit::wrap};
    // every number the evaluation reads, once, under its one PATH
    const Plan plan = compile(*s, p, PlanNames::all);
    for (std::size_t k = 0; k < plan.slots.size(); ++k) {
      const PlanSlot& slot = plan.slots[k];
      const std::string& path = plan.paths[k];
      const double value = slot.value->mean;
      const std::string source = source_of(slot.value->pos);
      rows.push_back({s->name, shown_file(*s), s->model->perspectives[p].id, path, exact(value),
                      slot.range.describe(), source});
      one["paths"].push_back(
          {{"path", path}, {"value", value}, {"range", slot.range.describe()}, {"source", source}});
      t.rows.push_back({path, readable(value), slot.range.describe(), source});
    }
    // How each criterion unfolds over time: not a number, but a choice of the model file.
    for (const Criterion& c : s->model->criteria) {
      const std::string path = fmt::format("model.criteria.{}.over_time", c.id);
      const std::string_view cls = over_time_name(c.over_time);
      const std::string source = source_of(c.over_time_pos);
      rows.push_back({s->name, shown_file(*s), s->model->perspectives[p].id, path, std::string(cls),
                      "once|flow|decays", source});
      one["paths"].push_back(
          {{"path", path}, {"value", cls}, {"range", "once|flow|decays"}, {"source", source}});
      t.rows.push_back({path, std::string(cls), "once|flow|decays", source});
    }
    j["results"].push_back(std::move(one));
    if (!text.empty())
      text += "\n";
    const bool markdown = format == OutputFormat::markdown;
    text += fit_line(report_heading(*s, style, markdown), style, markdown) + "\n\n";
    text += format == OutputFormat::markdown ? render_markdown(t) : render_text(t, style);
  }
  if (format == OutputFormat::csv)
    return csv_table({"scenario", "file", "perspective", "path", "value", "range", "source"}, rows);
  if (format == OutputFormat::json)
    return dump(j);
  return text;
}

} // namespace relief
