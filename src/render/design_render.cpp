// relief design: the best packages the regime accepts and the frontier, described once for the
// table, CSV, JSON and Markdown.
#include <cmath>
#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/columns.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

struct Row {
  const DesignAnswer* a;
  const DesignPackage* p;
  bool frontier = false;
  std::size_t rank = 0; // 1-based, in its set
};

double arrives(const DesignAnswer& a)
{
  return a.model->timings[static_cast<std::size_t>(a.result.timing)].arrives.mean;
}

// "diplomatic-normalisation:1:conditional;potash-licence:0.75:plain": one CSV field
std::string offer_field(const DesignPackage& p, const Model& m)
{
  std::string out;
  for (const DesignPackage::Offer& o : p.offer)
    out += fmt::format("{}{}:{}:{}", out.empty() ? "" : ";", m.measures[o.measure].id, o.scope,
                       k_form_names[static_cast<std::size_t>(o.form)]);
  return out;
}

std::string asks_field(const DesignPackage& p, const Model& m)
{
  std::string out;
  for (const DesignPackage::Ask& a : p.asks)
    out += fmt::format("{}{}:{}", out.empty() ? "" : ";", m.asks[a.ask].id, a.amount);
  return out;
}

Json offer_json(const DesignPackage& p, const Model& m)
{
  Json j = Json::array();
  for (const DesignPackage::Offer& o : p.offer)
    j.push_back({{"measure", m.measures[o.measure].id},
                 {"scope", o.scope},
                 {"form", k_form_names[static_cast<std::size_t>(o.form)]}});
  return j;
}

Json asks_json(const DesignPackage& p, const Model& m)
{
  Json j = Json::array();
  for (const DesignPackage::Ask& a : p.asks)
    j.push_back({{"item", m.asks[a.ask].id}, {"amount", a.amount}});
  return j;
}

const Columns<Row>& design_columns()
{
  using R = const Row&;
  static const Columns<Row> columns = {
      {"timing", "", [](R r) { return text(timing_name(r.a->result.timing)); }, Align::left},
      {"perspective", "", [](R r) { return text(r.a->model->perspectives[r.a->perspective].id); },
       Align::left},
      {"beliefs", "", [](R r) { return text(r.a->model->belief); }, Align::left},
      {"set", "", [](R r) { return text(r.frontier ? "frontier" : "best"); }, Align::left},
      {"rank", "#", [](R r) { return count(static_cast<long long>(r.rank)); }},
      {"worth", "", [](R r) { return number(r.p->ev.worth, 3); }},
      {"net", "net", [](R r) { return number(r.p->ev.net, 3); }},
      {"regime_surplus", "U", [](R r) { return maybe(r.p->ev.regime_surplus, 3); }},
      {"acceptable", "", [](R r) { return flag(r.p->ev.acceptable, "yes"); }},
      {"verdict", "", [](R r) { return text(verdict_name(r.p->ev.verdict)); }, Align::left},
      {"benefits", "", [](R r) { return number(r.p->ev.benefits, 3); }},
      {"costs", "", [](R r) { return number(r.p->ev.costs, 3); }},
      {"arrives", "", [](R r) { return number(arrives(*r.a), 3); }},
      {"expected_worth", "", [](R r) { return number(arrives(*r.a) * r.p->ev.worth, 3); }},
      {"offer", "offer",
       [](R r) {
         return Field{offer_field(*r.p, *r.a->model), offer_text(*r.p, *r.a->model)};
       },
       Align::left, Fit::wrap, Where::csv},
      {"asks", "asks",
       [](R r) {
         return Field{asks_field(*r.p, *r.a->model), asks_text(*r.p, *r.a->model)};
       },
       Align::left, Fit::wrap, Where::csv},
  };
  return columns;
}

std::vector<Row> rows_of(const DesignAnswer& a, bool frontier)
{
  std::vector<Row> rows;
  const auto& set = frontier ? a.result.frontier : a.result.best;
  for (std::size_t i = 0; i < set.size(); ++i)
    rows.push_back({&a, &set[i], frontier, i + 1});
  return rows;
}

std::string heading(const DesignAnswer& a, const TableStyle& style, bool markdown)
{
  const std::string beliefs =
      a.model->belief == k_central_belief ? "" : fmt::format(", beliefs {}", a.model->belief);
  const std::string title =
      fmt::format("Best packages the regime accepts, {} — perspective {}{}",
                  timing_name(a.result.timing), a.model->perspectives[a.perspective].id, beliefs);
  return markdown ? fmt::format("## {}\n\n", title)
                  : fit_line(style.color ? fmt::format(fmt::emphasis::bold, "{}", title) : title,
                             style, false) +
                        "\n\n";
}

std::string grid_line(const DesignAnswer& a, const DesignSpace& space)
{
  const std::string credibility = space.credibility
                                      ? fmt::format("credibility {}", *space.credibility)
                                      : fmt::format("credibility {} (the model's)",
                                                    readable(a.model->default_credibility.mean));
  return fmt::format("{}; scopes in steps of {}; {:.3g} packages on the grid, searched exactly{}",
                     credibility, space.scope_step, a.result.grid,
                     a.result.interrupted ? " (INTERRUPTED: the best found so far)" : "");
}

} // namespace

std::string render_design(const std::vector<DesignAnswer>& answers, const DesignSpace& space,
                          OutputFormat format, const TableStyle& style)
{
  const Columns<Row>& columns = design_columns();
  if (format == OutputFormat::csv) {
    std::vector<std::string> header = keys_of(columns);
    std::vector<std::vector<std::string>> rows;
    for (const DesignAnswer& a : answers)
      for (bool f : {false, true})
        for (const Row& r : rows_of(a, f)) {
          rows.emplace_back();
          append_csv(columns, r, rows.back());
        }
    return csv_table(header, rows);
  }
  if (format == OutputFormat::json) {
    JsonResultsWriter json(json_document("design"));
    std::string out;
    for (const DesignAnswer& a : answers) {
      Json one;
      one["timing"] = timing_name(a.result.timing);
      one["perspective"] = a.model->perspectives[a.perspective].id;
      one["beliefs"] = a.model->belief;
      one["arrives"] = arrives(a);
      one["grid"] = a.result.grid;
      one["interrupted"] = a.result.interrupted;
      for (bool f : {false, true}) {
        Json set = Json::array();
        for (const Row& r : rows_of(a, f)) {
          Json p;
          for (const auto& c : columns)
            if (!c.key.empty() && c.where != Where::csv && c.key != "timing" &&
                c.key != "perspective" && c.key != "beliefs" && c.key != "set" &&
                c.key != "arrives")
              p[std::string(c.key)] = c.field(r).value;
          p["offer"] = offer_json(*r.p, *a.model);
          p["asks"] = asks_json(*r.p, *a.model);
          set.push_back(std::move(p));
        }
        one[f ? "frontier" : "best"] = std::move(set);
      }
      if (a.result.shard) { // what `relief merge` ranks the shards' packages by
        auto state = [](const std::vector<DesignPackage>& set) {
          Json j = Json::array();
          for (const DesignPackage& p : set)
            j.push_back({{"net", p.searched_net}, {"u", p.searched_u}, {"choices", p.choices}});
          return j;
        };
        one["shard_state"] = {{"k", a.result.k},
                              {"best", state(a.result.best)},
                              {"frontier", state(a.result.frontier)}};
      }
      out += json.add(one);
    }
    return out + json.finish();
  }
  const bool markdown = format == OutputFormat::markdown;
  std::string out;
  for (const DesignAnswer& a : answers) {
    if (!out.empty())
      out += "\n";
    out += heading(a, style, markdown);
    if (!style.quiet) // what was searched: a note, not a result
      out += note(grid_line(a, space), style, markdown) + (markdown ? "\n" : "");
    if (a.result.best.empty())
      out += note("no package on the grid is both acceptable to the regime and within the "
                  "constraints",
                  style, markdown);
    else
      out += render_table(text_table(columns, rows_of(a, false)), style, markdown);
    if (a.frontier_asked) {
      out += "\n" + note(fmt::format("Frontier: {} deals the regime accepts (U >= 0) and the EU "
                                     "gains from (net >= margin {}) that no other deal beats on "
                                     "both, by the regime's surplus",
                                     a.result.frontier.size(), readable(a.model->margin.mean)),
                         style, markdown);
      if (!a.result.frontier.empty())
        out += (markdown ? "\n" : "") +
               render_table(text_table(columns, rows_of(a, true)), style, markdown);
    }
  }
  // "when": the best at each moment, weighed by whether the moment comes
  for (std::size_t i = 0; i < answers.size();) {
    std::size_t j = i;
    while (j < answers.size() && answers[j].perspective == answers[i].perspective &&
           answers[j].model == answers[i].model)
      ++j;
    if (j - i > 1) {
      TextTable t;
      t.header = {"moment", "arrives", "best net", "U", "E = arrives x net"};
      t.align = {Align::left, Align::right, Align::right, Align::right, Align::right};
      t.fit = {Fit::keep, Fit::keep, Fit::keep, Fit::keep, Fit::keep};
      std::string packages;
      const DesignAnswer* best = nullptr;
      for (std::size_t k = i; k < j; ++k) {
        const DesignAnswer& a = answers[k];
        const std::string moment(timing_name(a.result.timing));
        if (a.result.best.empty()) {
          t.rows.push_back({moment, fixed(arrives(a), 2), "-", "-", "-"});
          packages +=
              fmt::format("{}{}: no package the regime accepts\n", markdown ? "- " : "  ", moment);
          continue;
        }
        const DesignPackage& p = a.result.best.front();
        t.rows.push_back({moment, fixed(arrives(a), 2), fixed(p.ev.worth, 3),
                          p.ev.regime_surplus ? fixed(*p.ev.regime_surplus, 3) : "-",
                          fixed(arrives(a) * p.ev.worth, 3)});
        packages += fmt::format("{}{}: {} for {}\n", markdown ? "- " : "  ", moment,
                                offer_text(p, *a.model), asks_text(p, *a.model));
        if (!best || arrives(a) * p.ev.worth > arrives(*best) * best->result.best.front().ev.worth)
          best = &a;
      }
      const DesignAnswer& first = answers[i];
      const std::string beliefs = first.model->belief == k_central_belief
                                      ? ""
                                      : fmt::format(", beliefs {}", first.model->belief);
      const std::string title =
          fmt::format("When: the best acceptable package at each moment — "
                      "perspective {}{}",
                      first.model->perspectives[first.perspective].id, beliefs);
      out += "\n" +
             (markdown ? fmt::format("## {}\n\n", title) : fit_line(title, style, false) + "\n\n");
      out += render_table(t, style, markdown);
      out += (markdown ? "\n" : "") + fit_items(packages, style);
      if (best)
        out += (markdown ? "\n" : "") +
               note(fmt::format("best moment: {} (expected net {}: the best package there, "
                                "weighed by the chance that the moment comes at all)",
                                timing_name(best->result.timing),
                                fixed(arrives(*best) * best->result.best.front().ev.worth, 3)),
                    style, markdown);
    }
    i = j;
  }
  return out;
}

} // namespace relief
