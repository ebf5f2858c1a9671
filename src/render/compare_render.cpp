#include <fmt/format.h>
#include <map>

#include "render/analysis_render.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

std::vector<std::string> perspectives_of(const std::vector<CompareRow>& rows)
{
  std::vector<std::string> out;
  for (const auto& r : rows)
    if (std::find(out.begin(), out.end(), r.perspective) == out.end())
      out.push_back(r.perspective);
  return out;
}

std::string verdict_mark(Verdict v)
{
  return v == Verdict::benefits_outweigh ? "+" : v == Verdict::costs_outweigh ? "-" : "=";
}

TextTable ranking_table(const std::vector<CompareRow>& rows, bool narrow)
{
  TextTable t;
  t.header = {"rank", "scenario", "benefits", "costs", "net", "ratio", "verdict"};
  t.align = {Align::right, Align::left,  Align::right, Align::right,
             Align::right, Align::right, Align::left};
  for (const auto& r : rows)
    t.rows.push_back({std::to_string(r.rank),
                      narrow ? shorten(printable(r.scenario), 24) : r.scenario,
                      fixed(r.benefits, 3), fixed(r.costs, 3), fixed(r.net, 3),
                      r.ratio ? fixed(*r.ratio, 2) : "none", std::string(verdict_name(r.verdict))});
  return t;
}

// Rows: scenarios in the first perspective's rank order; columns: each perspective's net and
// verdict.
TextTable matrix_table(const std::vector<CompareRow>& rows,
                       const std::vector<std::string>& perspectives, bool narrow)
{
  TextTable t;
  t.header = {"scenario"};
  t.align = {Align::left};
  for (const auto& p : perspectives) {
    t.header.push_back(p.substr(0, p.find('-')));
    t.align.push_back(Align::right);
  }
  t.header.push_back("backed");
  t.align.push_back(Align::right);
  std::vector<std::string> order;
  std::map<std::pair<std::string, std::string>, const CompareRow*> cell;
  for (const auto& r : rows) {
    std::string key = r.file + "\n" + r.scenario;
    if (r.perspective == perspectives.front())
      order.push_back(key);
    cell[{key, r.perspective}] = &r;
  }
  for (const auto& key : order) {
    std::string name = key.substr(key.find('\n') + 1);
    std::vector<std::string> line = {narrow ? shorten(printable(name), 26) : name};
    int backed = 0;
    for (const auto& p : perspectives) {
      const CompareRow* r = cell[{key, p}];
      line.push_back(r ? fixed(r->net, 3) + " " + verdict_mark(r->verdict) : "");
      backed += r && r->verdict == Verdict::benefits_outweigh ? 1 : 0;
    }
    line.push_back(fmt::format("{}/{}", backed, perspectives.size()));
    t.rows.push_back(std::move(line));
  }
  return t;
}

} // namespace

std::string render_compare(const std::vector<CompareRow>& rows, OutputFormat format,
                           const TableStyle& style)
{
  if (format == OutputFormat::csv) {
    std::vector<std::vector<std::string>> out;
    for (const auto& r : rows)
      out.push_back({std::to_string(r.rank), r.scenario, r.file, r.perspective, exact(r.benefits),
                     exact(r.costs), exact(r.net), exact_or_empty(r.ratio),
                     std::string(verdict_name(r.verdict))});
    return csv_table(
        {"rank", "scenario", "file", "perspective", "benefits", "costs", "net", "ratio", "verdict"},
        out);
  }
  if (format == OutputFormat::json) {
    Json j = json_document("compare");
    j["results"] = Json::array();
    for (const auto& r : rows)
      j["results"].push_back({{"rank", r.rank},
                              {"scenario", r.scenario},
                              {"file", r.file},
                              {"perspective", r.perspective},
                              {"benefits", r.benefits},
                              {"costs", r.costs},
                              {"net", r.net},
                              {"ratio", json_optional(r.ratio)},
                              {"verdict", verdict_name(r.verdict)}});
    return dump(j);
  }
  bool markdown = format == OutputFormat::markdown;
  std::vector<std::string> perspectives = perspectives_of(rows);
  // scenarios (under the first perspective) that read distributions at their means
  std::size_t uncertain = 0;
  for (const auto& r : rows)
    if (!perspectives.empty() && r.perspective == perspectives[0] && r.uncertain_inputs > 0)
      ++uncertain;
  const std::string means =
      uncertain == 0 || style.quiet
          ? ""
          : (markdown ? "\n" : "") +
                note(fmt::format("note: {} scenario{} read{} distributions at their means; see "
                                 "`relief simulate`",
                                 uncertain, uncertain == 1 ? "" : "s", uncertain == 1 ? "s" : ""), style,
                     markdown);
  std::string out;
  if (perspectives.size() > 1) {
    out += markdown ? "## Net by perspective\n\n" : paint("Net by perspective", 1, style) + "\n";
    TextTable m = matrix_table(rows, perspectives, !markdown);
    out += markdown ? render_markdown(m) : render_text(m, style);
    out += markdown ? "\n" : "";
    out += "  + benefits outweigh, = balanced, - costs outweigh; rows in the order of the first "
           "perspective\n";
    for (const auto& p : perspectives) {
      std::vector<CompareRow> mine;
      for (const auto& r : rows)
        if (r.perspective == p)
          mine.push_back(r);
      out += markdown ? fmt::format("\n## Ranking under {}\n\n", p)
                      : fmt::format("\n{}\n", paint(fmt::format("Ranking under {}", p), 1, style));
      out += markdown ? render_markdown(ranking_table(mine, false))
                      : render_text(ranking_table(mine, true), style);
    }
    return out + means;
  }
  std::string title =
      fmt::format("Ranking by net under {}", perspectives.empty() ? "" : perspectives[0]);
  out += markdown ? "## " + title + "\n\n" : paint(title, 1, style) + "\n";
  out += markdown ? render_markdown(ranking_table(rows, false))
                  : render_text(ranking_table(rows, true), style);
  return out + means;
}

} // namespace relief
