#include "render/report_render.hpp"

#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/eval_render.hpp"
#include "render/markdown_html.hpp"
#include "render/report_common.hpp"
#include "render/simulate_render.hpp"
#include "render/svg.hpp"

namespace relief {
namespace {

constexpr std::size_t k_tornado_bars = 10; // the most influential inputs drawn

// One piece of the report, in order.
struct Block {
  enum class Kind { title, heading, subheading, paragraph, table, figure, markdown, contents } kind;
  std::string text; // heading or paragraph text; a figure's title; Markdown (a command's own)
  TextTable table;  // table, or the numbers behind a figure (none: the Markdown after it has them)
  std::string svg;  // figure
  std::string name; // figure: the asset's file name; heading: its anchor
};

Block heading(Block::Kind k, std::string text, std::string anchor = {})
{
  return Block{k, std::move(text), {}, {}, std::move(anchor)};
}

Block paragraph(std::string text)
{
  return Block{Block::Kind::paragraph, std::move(text), {}, {}, {}};
}

// A command's own Markdown for one case (its heading left out: the report's sections name the
// case), its headings under the report's subsection.
Block fragment(const std::string& markdown)
{
  return Block{Block::Kind::markdown, demote_headings(markdown, 1), {}, {}, {}};
}

TableStyle fragment_style()
{
  TableStyle style;
  style.headings = false;
  return style;
}

template <class T> std::vector<Answer<T>> one(const Answer<Analyses>& r, T result)
{
  return {Answer<T>{{r.scenario, r.perspective}, std::move(result)}};
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
    // what the criterion does to net: a cost below zero raises it, a benefit below zero lowers it
    const double effect = cost ? -x.weighted : x.weighted;
    bars.push_back(Bar{fmt::format("{} ({})", m.criteria[c].id, kind_name(m.criteria[c].kind)),
                       std::min(0.0, effect), std::max(0.0, effect),
                       effect < 0 ? k_cost_colour : k_benefit_colour,
                       effect == 0 ? std::string("0") : fmt::format("{:+.3f}", effect)});
  }
  TextTable t = criteria_table(r, ev);
  const std::string title = "Benefits and costs by criterion";
  const std::string desc = fmt::format(
      "What each criterion does to net (its weighted score, with a cost's sign turned): what "
      "raises net to the right of 0 in green, what lowers it to the left in red, so a cost below "
      "zero is drawn as a gain. Benefits {}, costs {}, net {} ({}).",
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
  const std::string title = "When to engage";
  const std::string desc = fmt::format(
      "Expected net (arrives × net) of engaging now, after the war and after Lukashenka; the "
      "best is {} ({}).",
      k_timing_names[static_cast<std::size_t>(timing.best)],
      fixed(timing.at[static_cast<std::size_t>(timing.best)].expected, 3));
  // the numbers are in timing's own tables after it
  out.push_back(Block{Block::Kind::figure,
                      title,
                      {},
                      svg_bars(title, desc, bars),
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
  for (const HistogramBin& b : x.histogram)
    bins.push_back({b.from, b.to, b.share});
  const std::string title = "Distribution of net";
  const std::string desc = fmt::format(
      "Histogram of net over the samples drawn; P(net > 0) = {} ± {}; mean {}, 5th to 95th "
      "percentile {} to {}.",
      fixed(x.p_net_positive, 4), fixed(x.p_net_positive_se, 4), fixed(x.net.mean, 3),
      fixed(x.net.q[0], 3), fixed(x.net.q[4], 3));
  // the numbers are in the simulation's own tables after it
  out.push_back(Block{Block::Kind::figure,
                      title,
                      {},
                      svg_histogram(title, desc, bins),
                      fmt::format("s{}-histogram.svg", index)});
}

// The grid of the first ask against credibility as a heat map, with its frontiers as points.
void grid_figure(const Answer<Analyses>& r, std::size_t index, std::vector<Block>& out)
{
  const Grid& g = *r.result.grid;
  static constexpr std::array<std::string_view, 5> fills = {"#c62828", "#ef9a9a", "#eeeeee",
                                                            "#a5d6a7", "#2e7d32"};
  HeatMap map;
  map.x = g.a.values;
  map.y = g.b.values;
  for (const GridCell& c : g.cells) {
    map.fill.push_back(fills[static_cast<std::size_t>(grid_net_level(g, c.net))]);
    map.marked.push_back(c.acceptable ? 0 : 1);
  }
  map.x_label = g.a.input.path;
  map.y_label = g.b.input.path;
  const std::string half = fixed(grid_half(g), 3);
  map.legend = {{fills[4], "net ≥ " + half},
                {fills[3], "benefits outweigh"},
                {fills[2], "balanced"},
                {fills[1], "costs outweigh"},
                {fills[0], "net ≤ −" + half}};
  const bool refused =
      std::any_of(g.cells.begin(), g.cells.end(), [](const GridCell& c) { return !c.acceptable; });
  for (const GridFrontier& f : g.frontiers)
    if (f.what == "net = 0")
      map.points.push_back({"net = 0", k_neutral_colour, f.points});
    else if (f.what == "U = 0")
      map.points.push_back({"the regime's U = 0", "#6a1b9a", f.points});
  const std::string title = fmt::format("{} × {}", g.a.input.path, g.b.input.path);
  const std::string desc = fmt::format(
      "Net over {} values of {} (across) and {} of {} (up), shaded by verdict (margin {}){}; "
      "blue points: where net crosses 0 between grid points{}.",
      g.a.values.size(), g.a.input.path, g.b.values.size(), g.b.input.path, readable(g.margin),
      refused ? "; a cross: the regime refuses" : "",
      refused ? "; purple: where the regime's surplus crosses 0" : "");
  out.push_back(Block{Block::Kind::figure,
                      title,
                      {},
                      svg_heat_map(title, desc, map),
                      fmt::format("s{}-grid.svg", index)});
}

// PRIM's peeling trajectory: coverage against density, the chosen box marked.
void discovery_figure(const Answer<Analyses>& r, std::size_t index, std::vector<Block>& out)
{
  const Discovery& d = *r.result.discovery;
  std::vector<std::pair<double, double>> points;
  for (const PrimBox& b : d.prim.trajectory)
    points.emplace_back(b.coverage, b.density);
  const std::string title = "Where benefits outweigh: PRIM's peeling trajectory";
  const std::string desc = fmt::format(
      "Each box PRIM peels, by its coverage (the share of the draws where benefits outweigh that "
      "it keeps) and its density (the share of its draws where they do); {} of all draws to start "
      "with; the chosen box, in green, keeps {} at a density of {}.",
      pct(d.prim.base), pct(d.prim.box.coverage), pct(d.prim.box.density));
  out.push_back(
      Block{Block::Kind::figure,
            title,
            {},
            svg_trajectory(title, desc, points, d.prim.chosen, std::min(d.prim.base, 0.999),
                           "coverage", "density", "chosen box"),
            fmt::format("s{}-discover.svg", index)});
}

// A case's one-line answer: its net and verdict as written and its best moment, and with -n its
// chances; number: its section's.
std::vector<std::string> answer_row(const Answer<Analyses>& r, const std::string& number,
                                    bool beliefs, bool simulated)
{
  const Scenario& s = *r.scenario;
  const Analyses& a = r.result;
  const Strategy& best = a.timing.at[static_cast<std::size_t>(a.timing.best)];
  std::vector<std::string> row{number, s.name, r.perspective_id()};
  if (beliefs)
    row.push_back(s.model->belief);
  row.push_back(fixed(a.eval.net, 3));
  row.push_back(verdict_word(a.eval.verdict));
  row.push_back(a.eval.regime_surplus ? (a.eval.acceptable ? "accepts" : "refuses") : "-");
  row.push_back(std::string(k_timing_names[static_cast<std::size_t>(a.timing.best)]) +
                (a.timing.indistinguishable.empty() ? "" : " ~"));
  row.push_back(fixed(best.expected, 3));
  if (simulated) {
    row.push_back(a.simulation ? fixed(a.simulation->p_net_positive, 3) : "-");
    row.push_back(a.simulation && a.simulation->p_accept ? fixed(*a.simulation->p_accept, 3) : "-");
  }
  return row;
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
  out.push_back(paragraph(made));
  out.push_back(Block{Block::Kind::contents, "Contents", {}, {}, {}});

  const Comparison& c = d.comparison;
  const bool simulated = std::any_of(d.sections.begin(), d.sections.end(),
                                     [](const auto& r) { return r.result.simulation.has_value(); });
  const bool beliefs = c.beliefs.size() > 1;
  std::vector<std::string> numbers;
  for (std::size_t i = 0; i < d.sections.size(); ++i)
    numbers.push_back(fmt::format("{}", i + 1));
  if (!d.sections.empty()) {
    out.push_back(heading(Block::Kind::heading, "The answers at a glance", "answers"));
    TextTable t;
    t.header = {"#", "scenario", "perspective"};
    if (beliefs)
      t.header.emplace_back("beliefs");
    for (const char* h : {"net", "verdict", "regime", "best moment", "expected net"})
      t.header.emplace_back(h);
    if (simulated)
      for (const char* h : {"P(net > 0)", "P(accept)"})
        t.header.emplace_back(h);
    for (const std::string& h : t.header) {
      const bool number = h == "#" || h == "net" || h == "expected net" || h.starts_with("P(");
      t.align.push_back(number ? Align::right : Align::left);
      t.fit.push_back(h == "scenario" ? Fit::wrap : Fit::keep);
    }
    for (std::size_t i = 0; i < d.sections.size(); ++i)
      t.rows.push_back(answer_row(d.sections[i], numbers[i], beliefs, simulated));
    out.push_back(Block{Block::Kind::table, "", std::move(t), {}, {}});
    out.push_back(paragraph(
        "#: the section of the case below; net and verdict: the package as written, at its own "
        "moment; regime: whether Minsk "
        "accepts it (where the model has its side); best moment: the timing with the highest "
        "expected net (arrives × net, 0 where the regime refuses), ~ when another is within the "
        "margin of it" +
        std::string(simulated ? "; P(net > 0) and P(accept): over the samples drawn (- where the "
                                "case has no distribution)"
                              : "") +
        "."));
  }
  if (c.perspectives.size() > 1) {
    for (std::size_t b = 0; b < c.beliefs.size(); ++b) {
      out.push_back(heading(Block::Kind::heading,
                            c.beliefs.size() > 1
                                ? fmt::format("Net by perspective, beliefs {}", c.beliefs[b])
                                : std::string("Net by perspective"),
                            fmt::format("matrix{}", b + 1)));
      out.push_back(Block{Block::Kind::table, "", matrix_table(c, b, true), {}, {}});
    }
    out.push_back(paragraph("Marks: " + std::string(k_matrix_legend) + "."));
  }
  if (c.cells() > 1) {
    out.push_back(heading(Block::Kind::heading, "Across belief sets and perspectives", "robust"));
    out.push_back(Block{Block::Kind::table, "", robustness_table(c, true), {}, {}});
    out.push_back(paragraph(std::string(k_robustness_legend) + "."));
  }
  for (std::size_t cell = 0; cell < c.cells(); ++cell) {
    out.push_back(heading(Block::Kind::heading, fmt::format("Ranking under {}", c.cell_name(cell)),
                          fmt::format("rank{}", cell + 1)));
    out.push_back(Block{Block::Kind::table, "", ranking_table(c, cell, true), {}, {}});
  }
  std::vector<SimReport> simulated_cases;
  for (const Answer<Analyses>& r : d.sections)
    if (r.result.simulation)
      simulated_cases.push_back({{r.scenario, r.perspective}, &*r.result.simulation});
  if (simulated_cases.size() > 1) {
    out.push_back(heading(Block::Kind::heading,
                          "Paired comparison: the same draws for every scenario", "paired"));
    out.push_back(Block{Block::Kind::table, "", paired_table(simulated_cases), {}, {}});
    out.push_back(paragraph("P(first): the share of the draws in which the row's package has the "
                            "highest net of all; beats #k: the share in which its net is higher "
                            "than that of #k, on the same draws (common random numbers)."));
  }
  if (!d.weight_spaces.empty()) {
    out.push_back(heading(Block::Kind::heading, "Whose weights favour which package", "weights"));
    out.push_back(
        fragment(render_weight_space(d.weight_spaces, OutputFormat::markdown, fragment_style())));
  }

  const TableStyle style = fragment_style();
  for (std::size_t i = 0; i < d.sections.size(); ++i) {
    const Answer<Analyses>& r = d.sections[i];
    const Analyses& a = r.result;
    const Scenario& s = *r.scenario;
    out.push_back(heading(
        Block::Kind::heading,
        fmt::format("{}. {} — {}{}", numbers[i], s.name, s.model->perspectives[r.perspective].id,
                    s.model->belief == k_central_belief ? std::string()
                                                        : ", beliefs " + s.model->belief),
        "s" + numbers[i]));
    std::string context = fmt::format("{}; {}; credibility {}. Net {}: {}.", shown_file(s),
                                      describe_context(s, a.eval.context), fixed(a.eval.p_deal, 2),
                                      fixed(a.eval.net, 3), verdict_word(a.eval.verdict));
    if (a.eval.regime_surplus)
      context +=
          fmt::format(" The regime {} it (its surplus U = {}).",
                      a.eval.acceptable ? "accepts" : "refuses", fixed(*a.eval.regime_surplus, 3));
    out.push_back(paragraph(context));
    out.push_back(heading(Block::Kind::subheading, "What makes up net"));
    criteria_figure(r, i + 1, out);
    tornado_figure(r, i + 1, out);

    out.push_back(heading(Block::Kind::subheading, "When to engage"));
    timing_figure(r, i + 1, out);
    out.push_back(fragment(render_timing(one(r, a.timing), OutputFormat::markdown, style)));
    if (a.timing_simulation) {
      out.push_back(paragraph(
          fmt::format("Under uncertainty ({} samples, seed {}):", a.timing_simulation->sim.samples,
                      a.timing_simulation->sim.seed)));
      out.push_back(fragment(
          render_timing_simulation(one(r, *a.timing_simulation), OutputFormat::markdown, style)));
    }

    if (!a.asks.empty())
      out.push_back(heading(Block::Kind::subheading, "What the asks are worth"));
    ask_figures(r, i + 1, out);
    if (a.bargain) {
      out.push_back(heading(Block::Kind::subheading,
                            fmt::format("The zone of agreement along {}", a.bargain->path)));
      out.push_back(fragment(render_bargain(one(r, *a.bargain), OutputFormat::markdown, style)));
    }
    if (a.grid) {
      out.push_back(
          heading(Block::Kind::subheading,
                  fmt::format("{} against {}", a.grid->a.input.path, a.grid->b.input.path)));
      grid_figure(r, i + 1, out);
      out.push_back(fragment(render_grid(one(r, *a.grid), OutputFormat::markdown, style)));
    }

    if (d.samples) {
      out.push_back(heading(Block::Kind::subheading, "Under uncertainty"));
      if (!a.simulation)
        out.push_back(paragraph("Every input of this case is a point value: there is nothing to "
                                "simulate, and its net is the one above in every draw."));
    }
    if (a.simulation) {
      simulation_figure(r, i + 1, out);
      const SimReport report{{r.scenario, r.perspective}, &*a.simulation};
      Simulation sim; // what the renderer reads besides the result
      sim.samples = *d.samples;
      sim.seed = *d.seed;
      out.push_back(fragment(render_simulation(sim, {report}, OutputFormat::markdown, style)));
    }
    if (a.discovery) {
      out.push_back(heading(Block::Kind::subheading, "Under which conditions benefits outweigh"));
      discovery_figure(r, i + 1, out);
      out.push_back(fragment(render_discover(one(r, *a.discovery), OutputFormat::markdown, style)));
    }
  }
  return out;
}

std::string html_table(const TextTable& t)
{
  if (t.header.empty())
    return "";
  std::string out = "<div class=\"scroll\"><table>\n<thead><tr>";
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
  return out + "</tbody>\n</table></div>\n";
}

// The sections the contents list: every heading with an anchor.
std::vector<const Block*> sections_of(const std::vector<Block>& blocks)
{
  std::vector<const Block*> out;
  for (const Block& b : blocks)
    if (b.kind == Block::Kind::heading && !b.name.empty())
      out.push_back(&b);
  return out;
}

constexpr std::string_view k_style = R"(
body { font-family: sans-serif; max-width: 1100px; margin: 1.5em auto; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; margin-top: 2em; }
h3 { font-size: 1.08em; margin-top: 1.5em; } h4 { font-size: 1em; }
nav ol { columns: 2; column-gap: 2em; padding-left: 2em; font-size: 0.9em; }
nav li { break-inside: avoid; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: 0.85em; margin: 0.5em 0; }
th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; white-space: nowrap; }
th { white-space: normal; vertical-align: bottom; }
td.t { white-space: normal; min-width: 11em; }
td.n, td[align="right"] { text-align: right; font-variant-numeric: tabular-nums; }
figure { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-start; margin: 1em 0; }
figure svg { flex: none; max-width: 100%; height: auto; }
figcaption.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.md table { display: block; overflow-x: auto; max-width: 100%; }
.md li { margin: 0.15em 0; }
.md td:not([align]) { white-space: normal; min-width: 8em; }
@page { size: A4; margin: 15mm; }
@media print { body { max-width: none; margin: 0; } figure, table { break-inside: avoid; }
  nav ol { columns: 1; } }
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
  const std::vector<Block> blocks = blocks_of(data);
  for (const Block& b : blocks) {
    switch (b.kind) {
    case Block::Kind::title:
      out += "<h1>" + xml_escape(b.text) + "</h1>\n";
      break;
    case Block::Kind::heading:
      out += (b.name.empty() ? "<h2>" : "<h2 id=\"" + xml_escape(b.name) + "\">") +
             xml_escape(b.text) + "</h2>\n";
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
    case Block::Kind::markdown:
      out += "<div class=\"md\">\n" + markdown_to_html(b.text) + "</div>\n";
      break;
    case Block::Kind::contents:
      out += "<nav aria-label=\"Contents\">\n<h2>" + xml_escape(b.text) + "</h2>\n<ol>\n";
      for (const Block* h : sections_of(blocks))
        out += fmt::format("<li><a href=\"#{}\">{}</a></li>\n", xml_escape(h->name),
                           xml_escape(h->text));
      out += "</ol>\n</nav>\n";
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
  const std::vector<Block> blocks = blocks_of(data);
  for (const Block& b : blocks) {
    switch (b.kind) {
    case Block::Kind::title:
      out += "# " + b.text + "\n\n";
      break;
    case Block::Kind::heading:
      // an anchor of its own: renderers make different ones from the heading's text
      out += (b.name.empty() ? "" : "<a id=\"" + b.name + "\"></a>\n\n") + "## " + b.text + "\n\n";
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
    case Block::Kind::markdown:
      out += b.text + (b.text.ends_with("\n\n") ? "" : "\n");
      break;
    case Block::Kind::contents: {
      out += "## " + b.text + "\n\n";
      std::size_t k = 0;
      for (const Block* h : sections_of(blocks))
        out += fmt::format("{}. [{}](#{})\n", ++k, h->text, h->name);
      out += "\n";
      break;
    }
    case Block::Kind::figure:
      out += fmt::format("#### {}\n\n![{}]({}/{})\n\n", b.text, b.text, assets_link, b.name);
      if (!b.table.header.empty())
        out += render_markdown(b.table) + "\n";
      assets.push_back(Asset{b.name, b.svg});
      break;
    }
  }
  return out;
}

} // namespace relief
