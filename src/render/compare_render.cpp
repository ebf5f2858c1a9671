#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

std::string verdict_mark(Verdict v)
{
  return v == Verdict::benefits_outweigh ? "+" : v == Verdict::costs_outweigh ? "-" : "=";
}

// What the tables of one comparison share: each scenario's id and its name as shown.
struct Names {
  std::vector<std::string> ids;
  std::vector<std::string> shown;
};

TextTable ranking_table(const Comparison& c, std::size_t perspective, const Names& names)
{
  TextTable t;
  t.header = {"rank", "id", "scenario", "benefits", "costs", "net", "ratio", "verdict"};
  t.align = {Align::right, Align::left,  Align::left,  Align::right,
             Align::right, Align::right, Align::right, Align::left};
  t.fit = {Fit::keep, Fit::keep, Fit::shorten};
  for (const CompareRow& r : c.rows)
    if (r.perspective == perspective)
      t.rows.push_back({std::to_string(r.rank), names.ids[r.scenario], names.shown[r.scenario],
                        fixed(r.benefits, 3), fixed(r.costs, 3), fixed(r.net, 3),
                        r.ratio ? fixed(*r.ratio, 2) : "none",
                        std::string(verdict_name(r.verdict))});
  return t;
}

// Rows: scenarios in the first perspective's rank order; columns: each perspective's net and
// verdict.
TextTable matrix_table(const Comparison& c, const Names& names)
{
  TextTable t;
  t.header = {"id", "scenario"};
  t.align = {Align::left, Align::left};
  t.fit = {Fit::keep, Fit::shorten};
  for (const auto& p : c.perspectives) {
    t.header.push_back(p.substr(0, p.find('-')));
    t.align.push_back(Align::right);
  }
  t.header.push_back("backed");
  t.align.push_back(Align::right);
  const std::size_t np = c.perspectives.size();
  for (const auto& cells : c.matrix()) {
    const std::size_t scenario = cells.front()->scenario; // the first perspective's row
    std::vector<std::string> line = {names.ids[scenario], names.shown[scenario]};
    int backed = 0;
    for (const CompareRow* r : cells) {
      line.push_back(r ? fixed(r->net, 3) + " " + verdict_mark(r->verdict) : "");
      backed += r && r->verdict == Verdict::benefits_outweigh ? 1 : 0;
    }
    line.push_back(fmt::format("{}/{}", backed, np));
    t.rows.push_back(std::move(line));
  }
  return t;
}

// Return the ids and the names as shown: whole; each table cuts them only as far as it must to
// fit the terminal (Fit::shorten), and a table that cannot fit becomes records with whole names.
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

std::string means_line(const Comparison& c, const TableStyle& style, bool markdown)
{
  // scenarios (under the first perspective) that read distributions at their means
  std::size_t uncertain = 0;
  for (const CompareRow& r : c.rows)
    if (r.perspective == 0 && r.uncertain_inputs > 0)
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

void write_compare(const Comparison& c, OutputFormat format, const TableStyle& style,
                   const std::function<void(std::string_view)>& out)
{
  auto shown_file = [&](const CompareRow& r) {
    const ComparedScenario& s = c.scenarios[r.scenario];
    return s.document > 1 ? fmt::format("{}#{}", s.file, s.document) : s.file;
  };
  if (format == OutputFormat::csv) {
    out(csv_row({"rank", "scenario", "file", "perspective", "benefits", "costs", "net", "ratio",
                 "verdict"}));
    for (const CompareRow& r : c.rows)
      out(csv_row({std::to_string(r.rank), c.scenarios[r.scenario].name, shown_file(r),
                   c.perspectives[r.perspective], exact(r.benefits), exact(r.costs), exact(r.net),
                   exact_or_empty(r.ratio), std::string(verdict_name(r.verdict))}));
    return;
  }
  if (format == OutputFormat::json) {
    JsonResultsWriter json(json_document("compare"));
    for (const CompareRow& r : c.rows)
      out(json.add({{"rank", r.rank},
                    {"scenario", c.scenarios[r.scenario].name},
                    {"file", shown_file(r)},
                    {"perspective", c.perspectives[r.perspective]},
                    {"benefits", r.benefits},
                    {"costs", r.costs},
                    {"net", r.net},
                    {"ratio", json_optional(r.ratio)},
                    {"verdict", verdict_name(r.verdict)}}));
    out(json.finish());
    return;
  }
  const bool markdown = format == OutputFormat::markdown;
  const Names names = names_of(c, markdown);
  auto table = [&](const TextTable& t) {
    out(markdown ? render_markdown(t) : render_text(t, style));
  };
  if (c.perspectives.size() > 1) {
    out(markdown ? "## Net by perspective\n\n" : paint("Net by perspective", 1, style) + "\n");
    table(matrix_table(c, names));
    out(markdown ? "\n" : "");
    out(note("+ benefits outweigh, = balanced, - costs outweigh; rows in the order of the first "
             "perspective",
             style, false));
    for (std::size_t p = 0; p < c.perspectives.size(); ++p) {
      const std::string title = fmt::format("Ranking under {}", c.perspectives[p]);
      out(markdown ? fmt::format("\n## {}\n\n", title)
                   : fmt::format("\n{}\n", paint(title, 1, style)));
      table(ranking_table(c, p, names));
    }
  } else {
    const std::string title = fmt::format("Ranking by net under {}",
                                          c.perspectives.empty() ? "" : c.perspectives.front());
    out(markdown ? "## " + title + "\n\n" : paint(title, 1, style) + "\n");
    table(ranking_table(c, 0, names));
  }
  out(means_line(c, style, markdown));
}

std::string render_compare(const Comparison& c, OutputFormat format, const TableStyle& style)
{
  std::string text;
  write_compare(c, format, style, [&](std::string_view piece) { text += piece; });
  return text;
}

} // namespace relief
