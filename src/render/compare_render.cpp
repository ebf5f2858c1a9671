#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/columns.hpp"

namespace relief {
namespace {

// What the tables of one comparison share: each scenario's id and its name as shown.
struct Names {
  std::vector<std::string> ids;
  std::vector<std::string> shown;
};

// One ranked row with the comparison it belongs to and the names its tables show.
struct Ranked {
  const Comparison* c;
  const CompareRow* r;
  const Names* names; // none in CSV and JSON
  const ComparedScenario& scenario() const { return c->scenarios[r->scenario]; }
};

const Columns<Ranked>& ranked_columns()
{
  using R = const Ranked&;
  static const Columns<Ranked> columns = {
      // "#" in a table, as design's and explain's: three cells fewer, so that it fits 80 columns
      {"rank", "#", [](R x) { return count(x.r->rank); }},
      {"", "id", [](R x) { return text(x.names->ids[x.r->scenario]); }, Align::left},
      {"scenario", "scenario",
       [](R x) {
         return Field{x.scenario().name, x.names ? x.names->shown[x.r->scenario] : ""};
       },
       Align::left, Fit::shorten_or_omit},
      {"file", "", [](R x) { return text(x.scenario().file); }},
      {"document", "", [](R x) { return count(x.scenario().document); }},
      {"perspective", "", [](R x) { return text(x.c->perspectives[x.r->perspective]); }},
      {"beliefs", "", [](R x) { return text(x.c->beliefs[x.r->belief]); }},
      {"benefits", "benefits", [](R x) { return number(x.r->benefits, 3); }},
      {"costs", "costs", [](R x) { return number(x.r->costs, 3); }},
      {"net", "net", [](R x) { return number(x.r->net, 3); }},
      {"ratio", "", [](R x) { return maybe(x.r->ratio, 2, "none"); }}, // CSV and JSON only
      {"verdict", "verdict", [](R x) { return text(verdict_name(x.r->verdict)); }, Align::left},
      // U and the regime's answer in CSV and JSON (eval and explain give U in words); the table
      // marks a package the regime refuses with ! beside its worth, 0
      {"regime_surplus", "", [](R x) { return maybe(x.r->regime_surplus, 3, "-"); }},
      {"acceptable", "", [](R x) { return flag(x.r->acceptable, ""); }},
      {"worth", "worth",
       [](R x) {
         return Field{x.r->worth, fixed(x.r->worth, 3) + (x.r->acceptable ? " " : "!")};
       }},
      // a package for a later moment is ranked by arrives x worth and marked ~ (conditional)
      {"timing", "", [](R x) { return text(timing_name(x.r->timing)); }},
      {"arrives", "", [](R x) { return plain(x.r->arrives); }},
      {"expected_net", "expected",
       [](R x) {
         return Field{x.r->expected_net,
                      fixed(x.r->expected_net, 3) + (x.r->conditional() ? "~" : " ")};
       }},
  };
  return columns;
}

// With --in: the net as an amount of the ask (in_ask, net_in, and net_in_beyond where even the
// ask's maximum is worth less).
void add_in_columns(Columns<Ranked>& c)
{
  using R = const Ranked&;
  c.push_back({"in_ask", "", [](R x) { return text(x.c->in_ask); }});
  c.push_back({"net_in", "as ask", [](R x) -> Field {
                 if (!x.r->in)
                   return Field{nullptr, "none"};
                 const Equivalent& e = *x.r->in;
                 const double signed_amount = (e.negative ? -1 : 1) * e.amount;
                 return Field{signed_amount,
                              (e.negative ? "-" : "") + std::string(e.beyond ? ">" : "") +
                                  (e.amount >= 10 ? fmt::format("{:.0f}", e.amount)
                                                  : fmt::format("{:.3g}", e.amount))};
               }});
  c.push_back({"net_in_beyond", "", [](R x) { return flag(x.r->in && x.r->in->beyond, ""); }});
}

// With -n: the draws' answers (samples and seed in CSV and JSON, under the table in words).
void add_simulated_columns(Columns<Ranked>& c)
{
  using R = const Ranked&;
  c.push_back({"samples", "", [](R x) { return count(static_cast<long long>(*x.c->samples)); }});
  c.push_back({"seed", "", [](R x) { return count(static_cast<long long>(*x.c->seed)); }});
  c.push_back({"p_net_positive", "P(net>0)", [](R x) { return maybe(x.r->p_net_positive, 3); }});
  c.push_back({"p_first", "P(first)", [](R x) { return maybe(x.r->p_first, 3); }});
  c.push_back({"p_accept", "P(accept)", [](R x) { return maybe(x.r->p_accept, 3); }});
}

const Columns<Ranked>& columns_of(const Comparison& c)
{
  static const std::array<Columns<Ranked>, 4> variants = [] {
    std::array<Columns<Ranked>, 4> v;
    for (std::size_t k = 0; k < 4; ++k) {
      v[k] = ranked_columns();
      if (k & 1)
        add_in_columns(v[k]);
      if (k & 2)
        add_simulated_columns(v[k]);
    }
    return v;
  }();
  return variants[(c.in_ask.empty() ? 0 : 1) + (c.samples ? 2 : 0)];
}

TextTable ranking_of(const Comparison& c, std::size_t cell, const Names& names)
{
  std::vector<Ranked> rows;
  for (const CompareRow& r : c.rows)
    if (c.cell_of(r) == cell)
      rows.push_back({&c, &r, &names});
  TextTable t = text_table(columns_of(c), rows);
  // the expected worth only where it differs from the worth: a package for a later moment
  if (std::none_of(rows.begin(), rows.end(), [](const Ranked& x) { return x.r->conditional(); }))
    t = without_column(t, "expected");
  return t;
}

// Rows: scenarios in the first perspective's rank order; columns: each perspective's net and
// verdict under one belief set.
TextTable matrix_of(const Comparison& c, std::size_t belief, const Names& names)
{
  TextTable t;
  t.header = {"id", "scenario"};
  t.align = {Align::left, Align::left};
  t.fit = {Fit::keep, Fit::shorten_or_omit};
  for (const auto& p : c.perspectives) {
    t.header.push_back(p.substr(0, p.find('-')));
    t.align.push_back(Align::right);
  }
  t.header.push_back("backed");
  t.align.push_back(Align::right);
  const std::size_t np = c.perspectives.size();
  for (const auto& cells : c.matrix(belief)) {
    const std::size_t scenario = cells.front()->scenario; // the first perspective's row
    std::vector<std::string> line = {names.ids[scenario], names.shown[scenario]};
    int backed = 0;
    for (const CompareRow* r : cells) {
      // a package the regime refuses is marked: it is worth 0 whatever its net
      line.push_back(
          r ? fixed(r->net, 3) + " " + verdict_mark(r->verdict) + (r->acceptable ? " " : "!") : "");
      backed += r && r->verdict == Verdict::benefits_outweigh && r->acceptable ? 1 : 0;
    }
    line.push_back(fmt::format("{}/{}", backed, np));
    t.rows.push_back(std::move(line));
  }
  return t;
}

// Return the ids and the names as shown: whole; each table cuts them only as far as it must to
// fit the terminal (Fit::shorten_or_omit: cut, then left out beside the ids), and a table that
// cannot fit even so becomes records with whole names.
Names names_of(const Comparison& c, bool markdown)
{
  std::vector<std::pair<std::string, int>> files;
  for (const ComparedScenario& s : c.scenarios)
    files.emplace_back(s.file, s.document);
  Names names{short_ids(files), {}};
  for (const ComparedScenario& s : c.scenarios)
    names.shown.push_back(markdown ? s.name : printable(s.name));
  return names;
}

// One line per package over every cell: how many back it, its worst net, its largest regret.
TextTable robustness_of(const Comparison& c, const Names& names)
{
  TextTable t;
  t.header = {"id", "scenario", "backed", "worst worth", "in", "max regret", "in"};
  t.align = {Align::left, Align::left,  Align::right, Align::right,
             Align::left, Align::right, Align::left};
  t.fit = {Fit::keep, Fit::shorten_or_omit, Fit::keep, Fit::keep, Fit::wrap, Fit::keep, Fit::wrap};
  std::vector<Robustness> all = c.robustness();
  // most backed first, then the smallest largest regret
  std::stable_sort(all.begin(), all.end(), [](const Robustness& a, const Robustness& b) {
    return a.backed != b.backed ? a.backed > b.backed : a.max_regret < b.max_regret;
  });
  for (const Robustness& x : all)
    t.rows.push_back({names.ids[x.scenario], names.shown[x.scenario],
                      fmt::format("{}/{}", x.backed, x.cells), fixed(x.worst_net, 3),
                      c.cell_name(x.worst_cell), fixed(x.max_regret, 3),
                      c.cell_name(x.regret_cell)});
  return t;
}

std::string means_line(const Comparison& c, const TableStyle& style, bool markdown)
{
  // scenarios (under the first perspective) that read distributions at their means
  std::size_t uncertain = 0;
  for (const CompareRow& r : c.rows)
    if (r.perspective == 0 && r.belief == 0 && r.uncertain_inputs > 0)
      ++uncertain;
  if (uncertain == 0 || style.quiet)
    return "";
  return (markdown ? "\n" : "") +
         note(fmt::format("note: {} scenario{} read{} distributions at their means; see "
                          "`relief simulate`",
                          uncertain, uncertain == 1 ? "" : "s", uncertain == 1 ? "s" : ""),
              style, markdown);
}

} // namespace

const std::string_view k_matrix_legend =
    "+ benefits outweigh, = balanced, - costs outweigh; ! the regime refuses it (worth 0); backed: "
    "benefits outweigh and the regime accepts; rows in the order of the first perspective";

const std::string_view k_robustness_legend =
    "backed: cells (belief set x perspective) where benefits outweigh and the regime accepts; "
    "worth: net if the regime accepts, 0 if it refuses; regret: how far the worth falls below the "
    "best package's in a cell";

TextTable ranking_table(const Comparison& c, std::size_t cell, bool markdown)
{
  return ranking_of(c, cell, names_of(c, markdown));
}

TextTable matrix_table(const Comparison& c, std::size_t belief, bool markdown)
{
  return matrix_of(c, belief, names_of(c, markdown));
}

TextTable robustness_table(const Comparison& c, bool markdown)
{
  return robustness_of(c, names_of(c, markdown));
}

void write_compare(const Comparison& c, OutputFormat format, const TableStyle& style,
                   const std::function<void(std::string_view)>& out)
{
  if (format == OutputFormat::csv) {
    out(csv_row(keys_of(columns_of(c))));
    std::vector<std::string> fields;
    for (const CompareRow& r : c.rows) {
      fields.clear();
      append_csv(columns_of(c), Ranked{&c, &r, nullptr}, fields);
      out(csv_row(fields));
    }
    return;
  }
  if (format == OutputFormat::json) {
    JsonResultsWriter json(json_document("compare"));
    for (const CompareRow& r : c.rows)
      out(json.add(json_row(columns_of(c), Ranked{&c, &r, nullptr})));
    out(json.finish());
    return;
  }
  const bool markdown = format == OutputFormat::markdown;
  const Names names = names_of(c, markdown);
  TableStyle table_style = style; // the columns left out to fit: said under the first table
  auto table = [&](const TextTable& t) { out(render_one_of_tables(t, table_style, markdown)); };
  // in Markdown a line that opens with "+" or "-" would be a list item: the marks are named
  const std::string matrix_legend =
      markdown ? note("marks: " + std::string(k_matrix_legend), style, true)
               : note(std::string(k_matrix_legend), style, false);
  auto heading = [&](const std::string& title, bool first) {
    out(markdown ? fmt::format("{}## {}\n\n", first ? "" : "\n", title)
                 : fmt::format("{}{}\n", first ? "" : "\n", paint(title, k_bold, style)));
  };
  if (c.beliefs.size() > 1) {
    // a matrix (or a ranking) per belief set, then each package across every cell
    for (std::size_t b = 0; b < c.beliefs.size(); ++b) {
      if (c.perspectives.size() > 1) {
        heading(fmt::format("Net by perspective, beliefs {}", c.beliefs[b]), b == 0);
        table(matrix_of(c, b, names));
      } else {
        heading(fmt::format("Ranking under {}", c.cell_name(b)), b == 0);
        table(ranking_of(c, b, names));
      }
    }
    if (c.perspectives.size() > 1) {
      out(markdown ? "\n" : "");
      out(matrix_legend);
    }
    heading("Across belief sets and perspectives", false);
    table(robustness_of(c, names));
    out(markdown ? "\n" : "");
    out(note(std::string(k_robustness_legend), style, false));
  } else if (c.perspectives.size() > 1) {
    heading("Net by perspective", true);
    table(matrix_of(c, 0, names));
    out(markdown ? "\n" : "");
    out(matrix_legend);
    for (std::size_t p = 0; p < c.perspectives.size(); ++p) {
      heading(fmt::format("Ranking under {}", c.perspectives[p]), false);
      table(ranking_of(c, p, names));
    }
  } else {
    const std::string title = fmt::format("Ranking by worth under {}",
                                          c.perspectives.empty() ? "" : c.perspectives.front());
    out(markdown ? "## " + title + "\n\n" : paint(title, k_bold, style) + "\n");
    table(ranking_of(c, 0, names));
  }
  if (std::any_of(c.rows.begin(), c.rows.end(), [](const CompareRow& r) { return !r.acceptable; }))
    out(note("worth: net if the regime accepts the package, 0 if it refuses (marked !); the "
             "ranking sorts by it",
             style, markdown));
  if (std::any_of(c.rows.begin(), c.rows.end(),
                  [](const CompareRow& r) { return r.conditional(); }))
    out(note("expected: worth times the chance that the package's moment comes (arrives); ~ marks "
             "a package for a later moment, which engages only if that moment comes; the ranking "
             "sorts by it",
             style, markdown));
  if (!c.in_ask.empty())
    out(note(fmt::format("as ask: the amount of {} that, asked alone and delivered for sure, is "
                         "worth as much as the net (negative: costs as much; >: more than its "
                         "maximum)",
                         c.in_ask),
             style, markdown));
  if (c.samples && !style.quiet)
    out(note(
        fmt::format("P(net>0), P(first), P(accept): over {} draws (seed {}) of every uncertain "
                    "input, the same draws for every package of a ranking; P(first): the "
                    "share of draws in which its net is the highest of the ranking",
                    *c.samples, *c.seed),
        style, markdown));
  out(means_line(c, style, markdown));
}

std::string render_compare(const Comparison& c, OutputFormat format, const TableStyle& style)
{
  std::string text;
  write_compare(c, format, style, [&](std::string_view piece) { text += piece; });
  return text;
}

} // namespace relief
