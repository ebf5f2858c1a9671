#include "render/report_render.hpp"

#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/eval_render.hpp"
#include "render/report_common.hpp"
#include "render/simulate_render.hpp"
#include "render/svg.hpp"

namespace relief {
namespace {

constexpr std::size_t k_tornado_bars = 10; // the most influential inputs drawn

// One piece of the report, in order.
struct Block {
  enum class Kind { title, heading, subheading, paragraph, table, figure } kind;
  std::string text; // heading or paragraph text; a figure's title
  TextTable table;  // table, or the numbers behind a figure
  std::string svg;  // figure
  std::string name; // figure: the asset's file name
};

Block heading(Block::Kind k, std::string text)
{
  return Block{k, std::move(text), {}, {}, {}};
}

TextTable table_of(std::vector<std::string> header, std::vector<Align> align)
{
  TextTable t;
  t.header = std::move(header);
  t.align = std::move(align);
  return t;
}

std::string verdict_word(Verdict v)
{
  return std::string(verdict_name(v));
}

void criteria_figure(const Answer<Analyses>& r, std::size_t index, std::vector<Block>& out)
{
  const Model& m = *r.scenario->model;
  const Evaluation& ev = r.result.eval;
  std::vector<Bar> bars;
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    const CriterionResult& x = ev.criteria[c];
    const bool cost = m.criteria[c].kind == Kind::cost;
    const double shown = cost ? -x.weighted : x.weighted;
    bars.push_back(Bar{m.criteria[c].id, std::min(0.0, shown), std::max(0.0, shown),
                       cost ? k_cost_colour : k_benefit_colour, fixed(x.weighted, 3)});
  }
  TextTable t = criteria_table(r, ev);
  const std::string title = "Benefits and costs by criterion";
  const std::string desc = fmt::format(
      "Weighted score of each criterion: benefits to the right in green, costs to the left in "
      "red. Benefits {}, costs {}, net {} ({}).",
      fixed(ev.benefits, 3), fixed(ev.costs, 3), fixed(ev.net, 3), verdict_word(ev.verdict));
  out.push_back(Block{Block::Kind::figure, title, std::move(t), svg_bars(title, desc, bars),
                      fmt::format("s{}-criteria.svg", index)});
}

void tornado_figure(const Answer<Analyses>& r, std::size_t index, std::vector<Block>& out)
{
  const Sensitivity& s = r.result.sensitivity;
  std::vector<Bar> bars;
  for (const SensitivityRow& x : s.rows) {
    if (x.swing == 0 || bars.size() == k_tornado_bars)
      continue;
    bars.push_back(Bar{x.path, std::min(x.net_low, x.net_high), std::max(x.net_low, x.net_high),
                       x.flips ? k_cost_colour : k_neutral_colour, fixed(x.swing, 3)});
  }
  TextTable t = tornado_table(s, true); // the bars' rows, in the same order
  if (t.rows.size() > k_tornado_bars)
    t.rows.resize(k_tornado_bars);
  const std::string title = "What moves net (tornado)";
  const std::string desc = fmt::format(
      "Net as each of the {} most influential inputs moves from low to high (point values by "
      "±{}%, distributions over p10..p90), around the base net {}; red bars change the verdict.",
      bars.size(), exact(s.swing * 100), fixed(s.base.net, 3));
  out.push_back(Block{Block::Kind::figure, title, std::move(t),
                      svg_bars(title, desc, bars, s.base.net),
                      fmt::format("s{}-tornado.svg", index)});
}

void timing_figure(const Answer<Analyses>& r, std::size_t index, std::vector<Block>& out)
{
  const TimingResult& timing = r.result.timing;
  std::vector<Bar> bars;
  for (std::size_t i = 0; i < k_timings; ++i) {
    const Strategy& st = timing.at[i];
    bars.push_back(Bar{std::string(k_timing_names[i]), std::min(0.0, st.expected),
                       std::max(0.0, st.expected),
                       st.expected >= 0 ? k_benefit_colour : k_cost_colour, fixed(st.expected, 3)});
  }
  TextTable t = moments_table(timing, true);
  const std::string title = "When to engage";
  const std::string desc = fmt::format(
      "Expected net (arrives × net) of engaging now, after the war and after Lukashenka; the "
      "best is {} ({}).",
      k_timing_names[static_cast<std::size_t>(timing.best)],
      fixed(timing.at[static_cast<std::size_t>(timing.best)].expected, 3));
  out.push_back(Block{Block::Kind::figure, title, std::move(t), svg_bars(title, desc, bars),
                      fmt::format("s{}-timing.svg", index)});
}

void ask_figures(const Answer<Analyses>& r, std::size_t index, std::vector<Block>& out)
{
  for (std::size_t k = 0; k < r.result.asks.size(); ++k) {
    const Breakeven& b = r.result.asks[k].breakeven;
    std::vector<double> marks;
    TextTable t = table_of({"at", "net", "where"}, {Align::right, Align::right, Align::left});
    for (const Crossing& c : b.crossings) {
      marks.push_back(c.value);
      std::string where;
      if (c.level == 0)
        where = fmt::format("net crosses 0: benefits outweigh costs {} it",
                            c.benefits_above ? "above" : "below");
      else {
        auto [below, above] = verdicts_around(c);
        where =
            fmt::format("verdict: {} below, {} above", verdict_word(below), verdict_word(above));
      }
      t.rows.push_back({fmt::format("{:.6g}", c.value), fixed(c.net, 3), where});
    }
    if (b.crossings.empty())
      t.rows.push_back(
          {"", "",
           fmt::format("net stays {} over [{}, {}]", b.net_from > 0 ? "positive" : "negative",
                       exact(b.from), exact(b.to))});
    const std::string title = fmt::format("Break-even: {}", b.path);
    const std::string desc =
        fmt::format("Net as {} goes from {} to {} (now {:.6g}); {}.", b.path, exact(b.from),
                    exact(b.to), b.current,
                    b.crossings.empty() ? "net does not cross zero or the margin"
                                        : fmt::format("{} crossing{} marked", b.crossings.size(),
                                                      b.crossings.size() == 1 ? "" : "s"));
    out.push_back(Block{Block::Kind::figure, title, std::move(t),
                        svg_line(title, desc, r.result.asks[k].points, b.path, marks),
                        fmt::format("s{}-ask{}.svg", index, k + 1)});
  }
}

void simulation_figure(const Answer<Analyses>& r, std::size_t index, std::vector<Block>& out)
{
  const SimResult& x = *r.result.simulation;
  std::vector<std::array<double, 3>> bins;
  TextTable t =
      table_of({"net from", "net to", "share"}, {Align::right, Align::right, Align::right});
  for (const HistogramBin& b : x.histogram) {
    bins.push_back({b.from, b.to, b.share});
    t.rows.push_back({fixed(b.from, 3), fixed(b.to, 3), pct(b.share)});
  }
  const std::string title = "Distribution of net";
  const std::string desc = fmt::format(
      "Histogram of net over the samples drawn; P(net > 0) = {} ± {}; mean {}, 5th to 95th "
      "percentile {} to {}.",
      fixed(x.p_net_positive, 4), fixed(x.p_net_positive_se, 4), fixed(x.net.mean, 3),
      fixed(x.net.q[0], 3), fixed(x.net.q[4], 3));
  std::string text = desc;
  if (x.p_accept) // the regime's side: how often it takes the package, and what that leaves
    text += fmt::format(" P(the regime accepts) = {} ± {}; mean worth to the EU {} (net when it "
                        "accepts, 0 when it refuses).",
                        fixed(*x.p_accept, 4), fixed(*x.p_accept_se, 4), fixed(x.worth_mean, 3));
  out.push_back(Block{Block::Kind::paragraph, text, {}, {}, {}});
  out.push_back(Block{Block::Kind::figure, title, std::move(t), svg_histogram(title, desc, bins),
                      fmt::format("s{}-histogram.svg", index)});
}

std::vector<Block> blocks_of(const ReportData& d)
{
  std::vector<Block> out;
  out.push_back(heading(Block::Kind::title, "relief report"));
  std::string files;
  for (const auto& f : d.files)
    files += (files.empty() ? "" : ", ") + f;
  std::string made = fmt::format("Produced by relief {} with the model {} ({}) from {}.", d.version,
                                 d.model_name, d.model_hash, files);
  if (d.samples)
    made += fmt::format(" Simulated with {} samples, seed {}.", *d.samples, *d.seed);
  if (!d.date.empty())
    made += fmt::format(" Dated {}.", d.date);
  out.push_back(Block{Block::Kind::paragraph, made, {}, {}, {}});

  const Comparison& c = d.comparison;
  if (c.perspectives.size() > 1) {
    for (std::size_t b = 0; b < c.beliefs.size(); ++b) {
      out.push_back(heading(Block::Kind::heading,
                            c.beliefs.size() > 1
                                ? fmt::format("Net by perspective, beliefs {}", c.beliefs[b])
                                : std::string("Net by perspective")));
      out.push_back(Block{Block::Kind::table, "", matrix_table(c, b, true), {}, {}});
    }
    out.push_back(
        Block{Block::Kind::paragraph, "Marks: " + std::string(k_matrix_legend) + ".", {}, {}, {}});
  }
  if (c.cells() > 1) {
    out.push_back(heading(Block::Kind::heading, "Across belief sets and perspectives"));
    out.push_back(Block{Block::Kind::table, "", robustness_table(c, true), {}, {}});
    out.push_back(
        Block{Block::Kind::paragraph, std::string(k_robustness_legend) + ".", {}, {}, {}});
  }
  for (std::size_t cell = 0; cell < c.cells(); ++cell) {
    out.push_back(
        heading(Block::Kind::heading, fmt::format("Ranking under {}", c.cell_name(cell))));
    out.push_back(Block{Block::Kind::table, "", ranking_table(c, cell, true), {}, {}});
  }
  for (std::size_t i = 0; i < d.sections.size(); ++i) {
    const Answer<Analyses>& r = d.sections[i];
    const Scenario& s = *r.scenario;
    out.push_back(
        heading(Block::Kind::heading,
                fmt::format("{} — {}{}", s.name, s.model->perspectives[r.perspective].id,
                            s.model->belief == k_central_belief ? std::string()
                                                                : ", beliefs " + s.model->belief)));
    out.push_back(Block{Block::Kind::paragraph,
                        fmt::format("{}; {}; credibility {}. Net {}: {}.", shown_file(s),
                                    describe_context(s, r.result.eval.context),
                                    fixed(r.result.eval.p_deal, 2), fixed(r.result.eval.net, 3),
                                    verdict_word(r.result.eval.verdict)),
                        {},
                        {},
                        {}});
    criteria_figure(r, i + 1, out);
    tornado_figure(r, i + 1, out);
    timing_figure(r, i + 1, out);
    ask_figures(r, i + 1, out);
    if (r.result.simulation)
      simulation_figure(r, i + 1, out);
  }
  return out;
}

std::string html_table(const TextTable& t)
{
  std::string out = "<table>\n<thead><tr>";
  for (const auto& h : t.header)
    out += "<th>" + xml_escape(h) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out += "<tr>";
    for (std::size_t i = 0; i < t.header.size(); ++i) {
      // numbers align right; names and sentences may wrap; ids and verdicts stay whole
      const bool text = (i < t.fit.size() && t.fit[i] != Fit::keep) || t.header[i] == "where";
      const bool number = i < t.align.size() && t.align[i] == Align::right;
      out += fmt::format("<td{}>{}</td>",
                         number ? " class=\"n\""
                         : text ? " class=\"t\""
                                : "",
                         xml_escape(i < row.size() ? row[i] : ""));
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

constexpr std::string_view k_style = R"(
body { font-family: sans-serif; max-width: 980px; margin: 1.5em auto; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; margin-top: 2em; }
table { border-collapse: collapse; font-size: 0.85em; margin: 0.5em 0; }
th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; white-space: nowrap; }
td.t { white-space: normal; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
figure { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-start; margin: 1em 0; }
figure svg { flex: none; max-width: 100%; height: auto; }
figcaption.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@page { size: A4; margin: 15mm; }
@media print { body { max-width: none; margin: 0; } figure, table { break-inside: avoid; } }
)";

} // namespace

std::string render_report_html(const ReportData& data)
{
  std::string out =
      fmt::format("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"relief {}\">\n<title>relief report</title>\n"
                  "<style>{}</style>\n</head>\n<body>\n",
                  xml_escape(data.version), k_style);
  for (const Block& b : blocks_of(data)) {
    switch (b.kind) {
    case Block::Kind::title:
      out += "<h1>" + xml_escape(b.text) + "</h1>\n";
      break;
    case Block::Kind::heading:
      out += "<h2>" + xml_escape(b.text) + "</h2>\n";
      break;
    case Block::Kind::subheading:
      out += "<h3>" + xml_escape(b.text) + "</h3>\n";
      break;
    case Block::Kind::paragraph:
      out += "<p>" + xml_escape(b.text) + "</p>\n";
      break;
    case Block::Kind::table:
      out += html_table(b.table);
      break;
    case Block::Kind::figure:
      // the chart's own title names it; the caption is for assistive technology
      out += "<figure>\n<figcaption class=\"sr\">" + xml_escape(b.text) + "</figcaption>\n" +
             b.svg + html_table(b.table) + "</figure>\n";
      break;
    }
  }
  return out + "</body>\n</html>\n";
}

std::string render_report_markdown(const ReportData& data, const std::string& assets_link,
                                   std::vector<Asset>& assets)
{
  std::string out;
  for (const Block& b : blocks_of(data)) {
    switch (b.kind) {
    case Block::Kind::title:
      out += "# " + b.text + "\n\n";
      break;
    case Block::Kind::heading:
      out += "## " + b.text + "\n\n";
      break;
    case Block::Kind::subheading:
      out += "### " + b.text + "\n\n";
      break;
    case Block::Kind::paragraph:
      out += b.text + "\n\n";
      break;
    case Block::Kind::table:
      out += render_markdown(b.table) + "\n";
      break;
    case Block::Kind::figure:
      out += fmt::format("### {}\n\n![{}]({}/{})\n\n", b.text, b.text, assets_link, b.name) +
             render_markdown(b.table) + "\n";
      assets.push_back(Asset{b.name, b.svg});
      break;
    }
  }
  return out;
}

} // namespace relief
