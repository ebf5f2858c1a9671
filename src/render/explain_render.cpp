#include <algorithm>
#include <fmt/format.h>

#include "plan.hpp"
#include "render/analysis_render.hpp"
#include "render/columns.hpp"
#include "render/eval_render.hpp"

namespace relief {
namespace {

// One contribution of an explanation: a criterion's part from one item.
struct Part {
  const Answer<Explanation>* a;
  std::size_t i;
  const ExplainRow& x() const { return a->result.rows[i]; }
  const Criterion& criterion() const { return a->scenario->model->criteria[x().criterion]; }
};

std::vector<Part> contributions_of(const Answer<Explanation>& a)
{
  std::vector<Part> rows;
  for (std::size_t i = 0; i < a.result.rows.size(); ++i)
    rows.push_back({&a, i});
  return rows;
}

const Columns<Part>& contribution_columns()
{
  using C = const Part&;
  static const Columns<Part> columns = {
      {"", "#", [](C c) { return count(static_cast<long long>(c.i + 1)); }},
      {"criterion", "criterion", [](C c) { return text(c.criterion().id); }, Align::left,
       Fit::wrap},
      {"kind", "", [](C c) { return text(kind_name(c.criterion().kind)); }},
      {"over_time", "", [](C c) { return text(over_time_name(c.criterion().over_time)); }},
      {"item", "item", [](C c) { return text(c.x().item); }, Align::left, Fit::wrap},
      {"item_kind", "", [](C c) { return text(c.x().item_kind); }},
      {"amount", "amount", [](C c) { return figure(c.x().amount); }},
      {"effect", "effect", [](C c) { return figure(c.x().effect); }},
      {"credibility", "p", [](C c) { return significant(c.x().credibility, 3); }},
      {"time", "time", [](C c) { return significant(c.x().time, 3); }},
      {"share", "g", [](C c) { return significant(c.x().share, 3); }},
      {"multiplier", "mult",
       [](C c) {
         return Field{c.x().multiplier, c.x().multiplied ? fixed(c.x().multiplier, 2) : "-"};
       }},
      {"multiplier_applied", "", [](C c) { return flag(c.x().multiplied, ""); }},
      {"weight", "weight", [](C c) { return number(c.x().weight, 3); }},
      {"value", "value", [](C c) { return number(c.x().value, 4); }},
  };
  return columns;
}

// Where each factor of a contribution came from: flat in CSV (amount_source, ...), an object of
// its own in JSON ("sources": {"amount": ...}).
const Columns<Part>& source_columns()
{
  using C = const Part&;
  static const Columns<Part> columns = {
      {"amount", "", [](C c) { return text(c.x().amount_source); }, Align::left, Fit::keep,
       Where::both, "amount_source"},
      {"effect", "", [](C c) { return text(c.x().effect_source); }, Align::left, Fit::keep,
       Where::both, "effect_source"},
      {"credibility", "", [](C c) { return text(c.x().credibility_source); }, Align::left,
       Fit::keep, Where::both, "credibility_source"},
      {"time", "", [](C c) { return text(c.x().time_source); }, Align::left, Fit::keep, Where::both,
       "time_source"},
      {"share", "", [](C c) { return text(c.x().share_source); }, Align::left, Fit::keep,
       Where::both, "share_source"},
      {"multiplier", "", [](C c) { return text(c.x().multiplier_source); }, Align::left, Fit::keep,
       Where::both, "multiplier_source"},
      {"weight", "", [](C c) { return text(c.x().weight_source); }, Align::left, Fit::keep,
       Where::both, "weight_source"},
  };
  return columns;
}

// One line of `explain --paths`: a PATH, its value in force, its valid range and its source.
struct PathRow {
  std::string path;
  Field value;
  std::string range;
  std::string source;
};

const Columns<PathRow>& path_columns()
{
  using P = const PathRow&;
  static const Columns<PathRow> columns = {
      {"path", "path", [](P p) { return text(p.path); }, Align::left, Fit::wrap},
      {"value", "value", [](P p) { return p.value; }},
      {"range", "range", [](P p) { return text(p.range); }, Align::left},
      {"source", "source", [](P p) { return text(p.source); }, Align::left, Fit::wrap},
  };
  return columns;
}

// Every number the evaluation of c reads, once, under its one PATH, then how each criterion
// unfolds over time (not a number, but a choice of the model file).
std::vector<PathRow> paths_of(const Case& c)
{
  std::vector<PathRow> rows;
  const Plan plan = compile(*c.scenario, c.perspective, PlanNames::all);
  for (std::size_t k = 0; k < plan.slots.size(); ++k) {
    const PlanSlot& slot = plan.slots[k];
    rows.push_back({plan.paths[k], plain(slot.value->mean), slot.range.describe(),
                    source_of(slot.value->pos)});
  }
  for (const Criterion& cr : c.scenario->model->criteria)
    rows.push_back({fmt::format("model.criteria.{}.over_time", cr.id),
                    text(over_time_name(cr.over_time)), "once|flow|decays",
                    source_of(cr.over_time_pos)});
  return rows;
}

} // namespace

std::string render_explain(const std::vector<Answer<Explanation>>& reports, OutputFormat format,
                           const TableStyle& style)
{
  if (format == OutputFormat::csv) {
    CaseCsv csv({keys_of(contribution_columns()), keys_of(source_columns())});
    std::string out = csv.header();
    for (const auto& r : reports)
      for (const Part& x : contributions_of(r))
        out += csv.start(r).add(contribution_columns(), x).add(source_columns(), x).end();
    return out;
  }
  if (format == OutputFormat::json) {
    JsonResultsWriter json(json_document("explain"));
    std::string out;
    for (const auto& r : reports) {
      Json one = json_row(case_columns(), r);
      one["contributions"] = Json::array();
      for (const Part& x : contributions_of(r)) {
        Json c = json_row(contribution_columns(), x);
        c["sources"] = json_row(source_columns(), x);
        one["contributions"].push_back(std::move(c));
      }
      one["benefits"] = r.result.eval.benefits;
      one["costs"] = r.result.eval.costs;
      one["net"] = r.result.eval.net;
      one["regime"] = Json::array();
      for (const RegimeRow& x : r.result.regime)
        one["regime"].push_back(
            {{"item", x.item},
             {"item_kind", x.item_kind},
             {"amount", x.amount},
             {"per_unit", x.per_unit},
             {"value", x.value},
             {"sources", {{"amount", x.amount_source}, {"per_unit", x.per_unit_source}}}});
      one["regime_surplus"] = json_optional(r.result.eval.regime_surplus);
      one["acceptable"] = r.result.eval.acceptable;
      out += json.add(one);
    }
    return out + json.finish();
  }
  bool markdown = format == OutputFormat::markdown;
  std::string out;
  for (const auto& r : reports) {
    const Model& m = *r.scenario->model;
    if (!out.empty())
      out += "\n";
    out += section_heading(*r.scenario, r.perspective, style, markdown);
    TextTable t = text_table(contribution_columns(), contributions_of(r));
    std::string sources;
    for (std::size_t i = 0; i < r.result.rows.size(); ++i) {
      const ExplainRow& x = r.result.rows[i];
      if (i > 0 && r.result.rows[i - 1].criterion != x.criterion)
        t.rules_before.push_back(i);
      if (x.item_kind == "clamp")
        continue;
      if (x.item_kind == "value") { // diminishing returns: where its k is written
        const std::string line =
            fmt::format("value function {}, weight {}", x.effect_source, x.weight_source);
        const std::size_t width = style.width > 0 ? std::min<std::size_t>(style.width, 80) : 80;
        sources += markdown ? fmt::format("- {:>3}  {}\n", i + 1, line)
                            : fmt::format("  {:>3}  {}\n", i + 1, wrap(line, 7, width));
        continue;
      }
      std::string line = fmt::format("{} {}, effect {}", x.item_kind == "ask" ? "amount" : "scope",
                                     x.amount_source, x.effect_source);
      if (!x.credibility_source.empty())
        line += fmt::format(", credibility {}", x.credibility_source);
      if (!x.time_source.empty())
        line += fmt::format(", time: {}", x.time_source);
      if (!x.share_source.empty())
        line += fmt::format(", {} from {}", x.item_kind == "ask" ? "kept" : "g", x.share_source);
      if (!x.multiplier_source.empty())
        line += fmt::format(", mult: {}", x.multiplier_source);
      else if (m.criteria[x.criterion].kind == Kind::cost)
        line += fmt::format(", mult: not applied ({} scores 0)", m.criteria[x.criterion].id);
      line += fmt::format(", weight {}", x.weight_source);
      const std::size_t width = style.width > 0 ? std::min<std::size_t>(style.width, 80) : 80;
      sources += markdown ? fmt::format("- {:>3}  {}\n", i + 1, line)
                          : fmt::format("  {:>3}  {}\n", i + 1, wrap(line, 7, width));
    }
    out += render_table(t, style, markdown) + (markdown ? "\n" : "");
    if (!style.quiet && std::any_of(r.result.rows.begin(), r.result.rows.end(),
                                    [](const ExplainRow& x) { return !x.multiplied; }))
      out += note("mult -: no multiplier applies (a benefit; multipliers weigh costs incurred and "
                  "costs avoided alike)",
                  style, markdown);
    out += fmt::format("  benefits {} - costs {} = net {}\n", fixed(r.result.eval.benefits, 4),
                       fixed(r.result.eval.costs, 4), fixed(r.result.eval.net, 4));
    out += means_note(r.result.eval.uncertain_inputs, r.result.eval.uncertain_model_inputs, style,
                      markdown);
    out += markdown ? "\n### Where the numbers come from\n\n" : "\n  Where the numbers come from\n";
    out += sources;
    if (!r.result.regime.empty()) {
      TextTable u;
      u.header = {"regime's side", "kind", "amount", "per unit", "U", "from"};
      u.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::left};
      u.fit = {Fit::wrap, Fit::keep, Fit::keep, Fit::keep, Fit::keep, Fit::wrap};
      for (const RegimeRow& x : r.result.regime)
        u.rows.push_back(
            {x.item, x.item_kind, x.item_kind == "reservation" ? "" : readable(x.amount),
             readable(x.per_unit), fixed(x.value, 4),
             x.amount_source.empty() ? x.per_unit_source
                                     : fmt::format("{}; {}", x.amount_source, x.per_unit_source)});
      out += markdown ? "\n### The regime's side\n\n" : "\n";
      out += render_table(u, style, markdown);
      out += fmt::format("{}  U = {}: {}\n", markdown ? "\n" : "",
                         fixed(*r.result.eval.regime_surplus, 4), regime_line(r.result.eval));
    }
  }
  return out;
}

std::string render_paths(const std::vector<Case>& list, OutputFormat format,
                         const TableStyle& style)
{
  const bool markdown = format == OutputFormat::markdown;
  JsonResultsWriter json(json_document("explain"));
  CaseCsv csv({keys_of(path_columns())});
  std::string out = format == OutputFormat::csv ? csv.header() : "";
  for (const Case& c : list) {
    const std::vector<PathRow> rows = paths_of(c);
    if (format == OutputFormat::csv) {
      for (const PathRow& row : rows)
        out += csv.start(c).add(path_columns(), row).end();
    } else if (format == OutputFormat::json) {
      Json one = json_row(case_columns(), c);
      one["paths"] = Json::array();
      for (const PathRow& row : rows)
        one["paths"].push_back(json_row(path_columns(), row));
      out += json.add(one);
    } else {
      if (!out.empty())
        out += "\n";
      out += fit_line(report_heading(*c.scenario, style, markdown), style, markdown) + "\n\n";
      out += render_table(text_table(path_columns(), rows), style, markdown);
    }
  }
  return format == OutputFormat::json ? out + json.finish() : out;
}

} // namespace relief
