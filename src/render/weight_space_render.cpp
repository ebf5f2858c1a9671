// compare --weights-space: each package's rank acceptability and central weight vector, described
// once for the table, CSV, JSON and Markdown.
#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/columns.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

struct Row {
  const WeightSpace* w;
  std::size_t i;
  const std::vector<std::string>* ids; // short ids (tables only)
  const WeightedPackage& p() const { return w->packages[i]; }
  const WeightSpaceRow& r() const { return w->rows[i]; }
};

std::string ordinal(std::size_t r)
{
  const std::size_t k = r + 1;
  const char* suffix = k % 10 == 1 && k % 100 != 11   ? "st"
                       : k % 10 == 2 && k % 100 != 12 ? "nd"
                       : k % 10 == 3 && k % 100 != 13 ? "rd"
                                                      : "th";
  return fmt::format("{}{}", k, suffix);
}

Json central_json(const Row& x)
{
  if (!x.r().central)
    return nullptr;
  Json j = Json::object();
  for (std::size_t c = 0; c < x.w->criteria.size(); ++c)
    j[x.w->criteria[c]] = (*x.r().central)[c];
  return j;
}

std::string central_text(const Row& x)
{
  if (!x.r().central)
    return "";
  std::string out;
  for (std::size_t c = 0; c < x.w->criteria.size(); ++c)
    out += fmt::format("{}{}:{}", c ? ";" : "", x.w->criteria[c], (*x.r().central)[c]);
  return out;
}

// The columns of CSV and JSON (tables are built below: their rank and weight columns vary).
const Columns<Row>& machine_columns()
{
  using R = const Row&;
  static const Columns<Row> columns = {
      {"scenario", "", [](R x) { return text(x.p().name); }},
      {"file", "", [](R x) { return text(x.p().file); }},
      {"document", "", [](R x) { return count(x.p().document); }},
      {"beliefs", "", [](R x) { return text(x.w->belief); }},
      {"samples", "", [](R x) { return count(static_cast<long long>(x.w->samples)); }},
      {"seed", "", [](R x) { return count(static_cast<long long>(x.w->seed)); }},
      {"drawn_from", "", [](R x) { return text(x.w->drawn_from); }},
      {"p_first", "", [](R x) { return plain(x.r().rank_share.front()); }},
      {"rank_acceptability", "",
       [](R x) {
         std::string joined;
         for (double s : x.r().rank_share)
           joined += fmt::format("{}{}", joined.empty() ? "" : ";", s);
         return Field{Json(x.r().rank_share), joined};
       }},
      {"central_weights", "",
       [](R x) {
         return Field{central_json(x), central_text(x)};
       }},
  };
  return columns;
}

} // namespace

std::string render_weight_space(const std::vector<WeightSpace>& spaces, OutputFormat format,
                                const TableStyle& style)
{
  const Columns<Row>& columns = machine_columns();
  if (format == OutputFormat::csv) {
    std::vector<std::vector<std::string>> rows;
    for (const WeightSpace& w : spaces)
      for (std::size_t i = 0; i < w.packages.size(); ++i) {
        rows.emplace_back();
        for (const auto& c : columns) {
          const Field f = c.field(Row{&w, i, nullptr});
          rows.back().push_back(f.value.is_array() || f.value.is_object() || f.value.is_null()
                                    ? f.text.value_or("")
                                    : csv_text(f.value));
        }
      }
    return csv_table(keys_of(columns), rows);
  }
  if (format == OutputFormat::json) {
    JsonResultsWriter json(json_document("compare"));
    std::string out;
    for (const WeightSpace& w : spaces)
      for (std::size_t i = 0; i < w.packages.size(); ++i)
        out += json.add(json_row(columns, Row{&w, i, nullptr}));
    return out + json.finish();
  }
  const bool markdown = format == OutputFormat::markdown;
  std::string out;
  TableStyle table_style = style; // the columns left out to fit: said under the first table
  for (const WeightSpace& w : spaces) {
    std::vector<std::pair<std::string, int>> files;
    for (const WeightedPackage& p : w.packages)
      files.emplace_back(p.file, p.document);
    const std::vector<std::string> ids = short_ids(files);
    const std::string beliefs =
        w.belief == k_central_belief ? "" : fmt::format(", beliefs {}", w.belief);
    const std::string title = fmt::format("Weight space: rank acceptability{}", beliefs);
    if (!out.empty())
      out += "\n";
    out += markdown ? "## " + title + "\n\n" : paint(title, k_bold, style) + "\n";
    // two tables, so that each fits a terminal: the ranks, then the central weights
    TextTable t;
    t.header = {"id", "scenario"};
    t.align = {Align::left, Align::left};
    t.fit = {Fit::keep, Fit::shorten_or_omit};
    const std::size_t ranks = std::min<std::size_t>(w.packages.size(), 5);
    for (std::size_t r = 0; r < ranks; ++r) {
      t.header.push_back(ordinal(r));
      t.align.push_back(Align::right);
      t.fit.push_back(Fit::keep);
    }
    TextTable central;
    central.header = {"id"};
    central.align = {Align::left};
    central.fit = {Fit::keep};
    for (const std::string& c : w.criteria) { // criteria by their first three letters
      central.header.push_back(c.substr(0, 3));
      central.align.push_back(Align::right);
      central.fit.push_back(Fit::keep);
    }
    for (std::size_t i = 0; i < w.packages.size(); ++i) {
      std::vector<std::string> row{ids[i],
                                   markdown ? w.packages[i].name : printable(w.packages[i].name)};
      for (std::size_t r = 0; r < ranks; ++r)
        row.push_back(fixed(w.rows[i].rank_share[r], 3));
      t.rows.push_back(std::move(row));
      if (!w.rows[i].central)
        continue; // never first: no central weights
      std::vector<std::string> weights{ids[i]};
      for (std::size_t c = 0; c < w.criteria.size(); ++c)
        weights.push_back(fixed((*w.rows[i].central)[c], 2));
      central.rows.push_back(std::move(weights));
    }
    out += render_one_of_tables(t, table_style, markdown);
    if (!style.quiet)
      out += (markdown ? "\n" : "") +
             note(fmt::format("the share of {} weight draws ({}, seed {}) in which each package "
                              "ranks 1st, 2nd, ... by expected worth (arrives x worth)",
                              w.samples, w.drawn_from, w.seed),
                  style, markdown);
    out += "\n" + (markdown ? std::string("### Central weights\n\n")
                            : paint("Central weights", k_bold, style) + "\n");
    out += render_table(central, style, markdown);
    if (!style.quiet)
      out += (markdown ? "\n" : "") +
             note("the mean weights of the draws in which each package ranks first (packages that "
                  "never do are left out)",
                  style, markdown);
  }
  return out;
}

} // namespace relief
