// relief grid: the two-way grid as a heat map on a terminal (Unicode shades, ASCII with --ascii),
// a table of nets in Markdown, long-form CSV and JSON.
#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/columns.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

struct Cell {
  const Grid* g;
  std::size_t i, j;
  const GridCell& c() const { return g->at(i, j); }
};

const Columns<Cell>& grid_columns()
{
  using C = const Cell&;
  static const Columns<Cell> columns = {
      {"a_path", "", [](C x) { return text(x.g->a.input.path); }},
      {"a", "", [](C x) { return plain(x.g->a.values[x.i]); }},
      {"b_path", "", [](C x) { return text(x.g->b.input.path); }},
      {"b", "", [](C x) { return plain(x.g->b.values[x.j]); }},
      {"net", "", [](C x) { return number(x.c().net, 3); }},
      {"verdict", "", [](C x) { return text(verdict_name(x.c().verdict)); }},
      {"regime_surplus", "", [](C x) { return maybe(x.c().regime_surplus, 3); }},
      {"acceptable", "", [](C x) { return flag(x.c().acceptable, ""); }},
      {"p_net_positive", "", [](C x) { return maybe(x.c().p_positive, 4, ""); }},
      {"p_net_positive_se", "", [](C x) { return maybe(x.c().p_positive_se, 4, ""); }},
  };
  return columns;
}

std::vector<Cell> cells_of(const Answer<Grid>& a)
{
  std::vector<Cell> out;
  for (std::size_t i = 0; i < a.result.a.values.size(); ++i)
    for (std::size_t j = 0; j < a.result.b.values.size(); ++j)
      out.push_back({&a.result, i, j});
  return out;
}

std::string_view net_shade(const Grid& g, double net, bool unicode)
{
  const int level = grid_net_level(g, net);
  static constexpr std::string_view u[] = {"·", "░", "▒", "▓", "█"};
  static constexpr std::string_view a[] = {".", "-", "=", "+", "#"};
  return unicode ? u[level] : a[level];
}

std::string_view p_shade(double p, bool unicode)
{
  const int level = p >= 0.95 ? 4 : p >= 0.8 ? 3 : p >= 0.5 ? 2 : p >= 0.2 ? 1 : 0;
  static constexpr std::string_view u[] = {"·", "░", "▒", "▓", "█"};
  static constexpr std::string_view a[] = {".", "-", "=", "+", "#"};
  return unicode ? u[level] : a[level];
}

// The heat map: b down (largest on top), a across; each cell a shade and, where the regime
// refuses, a mark.
std::string heat_map(const Grid& g, const TableStyle& style, bool probability)
{
  const std::size_t na = g.a.values.size(), nb = g.b.values.size();
  std::vector<std::string> labels;
  std::size_t label_width = 0;
  for (double v : g.b.values) {
    labels.push_back(readable(v));
    label_width = std::max(label_width, labels.back().size());
  }
  const std::string refused = style.unicode ? "×" : "x";
  std::string out = fmt::format("  {}\n", g.b.input.path);
  for (std::size_t j = nb; j-- > 0;) {
    out += fmt::format("  {:>{}} {} ", labels[j], label_width, style.unicode ? "│" : "|");
    for (std::size_t i = 0; i < na; ++i) {
      const GridCell& c = g.at(i, j);
      out += probability ? p_shade(c.p_positive.value_or(0), style.unicode)
                         : net_shade(g, c.net, style.unicode);
      out += c.acceptable ? " " : refused;
    }
    out += "\n";
  }
  std::string rule;
  for (std::size_t k = 0; k < 2 * na; ++k)
    rule += style.unicode ? "─" : "-";
  out += fmt::format("  {:>{}} {}{}\n", "", label_width, style.unicode ? "└" : "+", rule);
  // the a axis: its first, middle and last values under their columns
  std::string axis(2 * na + 2, ' ');
  auto place = [&](std::size_t i) {
    const std::string v = readable(g.a.values[i]);
    const std::size_t at = std::min(2 * i, axis.size() > v.size() ? axis.size() - v.size() : 0);
    if (axis.substr(at, v.size()).find_first_not_of(' ') == std::string::npos)
      axis.replace(at, v.size(), v);
  };
  place(0);
  if (na > 2)
    place(na / 2);
  if (na > 1)
    place(na - 1);
  drop_trailing_spaces(axis);
  out += fmt::format("  {:>{}}  {}   {}\n", "", label_width, axis, g.a.input.path);
  return out;
}

std::string legend(const Grid& g, const TableStyle& style, bool probability)
{
  const bool u = style.unicode;
  const double half = grid_half(g);
  std::string out =
      probability
          ? fmt::format("{} P(net > 0) >= 0.95, {} >= 0.8, {} >= 0.5, {} >= 0.2, {} below",
                        u ? "█" : "#", u ? "▓" : "+", u ? "▒" : "=", u ? "░" : "-", u ? "·" : ".")
          : fmt::format(
                "{} net >= {}, {} benefits outweigh (net > margin {}), {} balanced, {} costs "
                "outweigh, {} net <= -{}",
                u ? "█" : "#", fixed(half, 3), u ? "▓" : "+", readable(g.margin), u ? "▒" : "=",
                u ? "░" : "-", u ? "·" : ".", fixed(half, 3));
  if (std::any_of(g.cells.begin(), g.cells.end(), [](const GridCell& c) { return !c.acceptable; }))
    out += fmt::format("; {} the regime refuses (U < 0)", u ? "×" : "x");
  return out;
}

// "net = 0 between grid points: (229, 0.7), (240, 0.6), ..." (at most 12 points).
std::string frontier_sentence(const GridFrontier& f)
{
  if (f.points.empty())
    return fmt::format("{}: nowhere on the grid", f.what);
  std::string pts;
  const std::size_t shown = std::min<std::size_t>(f.points.size(), 12);
  for (std::size_t k = 0; k < shown; ++k)
    pts += fmt::format("{}({}, {})", k ? ", " : "", readable(f.points[k].first),
                       readable(f.points[k].second));
  return fmt::format("{} between grid points: {}{}", f.what, pts,
                     f.points.size() > shown
                         ? fmt::format(", ... ({} points, all in CSV and JSON)", f.points.size())
                         : "");
}

Json frontier_json(const GridFrontier& f)
{
  Json points = Json::array();
  for (const auto& [a, b] : f.points)
    points.push_back({{"a", a}, {"b", b}});
  return {{"what", f.what}, {"level", f.level}, {"points", points}};
}

} // namespace

double grid_half(const Grid& g)
{
  double largest = 0;
  for (const GridCell& c : g.cells)
    largest = std::max(largest, std::abs(c.net));
  return std::max(largest / 2, g.margin);
}

int grid_net_level(const Grid& g, double net)
{
  const double half = grid_half(g);
  return net > g.margin ? (net >= half ? 4 : 3) : net >= -g.margin ? 2 : net > -half ? 1 : 0;
}

std::string render_grid(const std::vector<Answer<Grid>>& reports, OutputFormat format,
                        const TableStyle& style)
{
  auto json_of = [](const Answer<Grid>& r, Json& one) {
    const Grid& g = r.result;
    for (const GridAxis* axis : {&g.a, &g.b})
      one[axis == &g.a ? "a" : "b"] = {{"path", axis->input.path}, {"values", axis->values}};
    one["margin"] = g.margin;
    if (g.samples) {
      one["samples"] = g.samples;
      one["seed"] = g.seed;
    }
    one["cells"] = Json::array();
    for (const Cell& c : cells_of(r)) {
      Json cell = json_row(grid_columns(), c);
      for (const char* k : {"a_path", "b_path"})
        cell.erase(k);
      one["cells"].push_back(std::move(cell));
    }
    one["frontiers"] = Json::array();
    for (const GridFrontier& f : g.frontiers)
      one["frontiers"].push_back(frontier_json(f));
  };
  auto text_of = [&style](const Answer<Grid>& r, bool markdown) {
    const Grid& g = r.result;
    std::string out;
    out += fit_items(fmt::format("{}net over {} (across, {} values from {} to {}) and {} (down, {} "
                                 "values from {} to {}); {} evaluations\n",
                                 markdown ? "- " : "  ", g.a.input.path, g.a.values.size(),
                                 readable(g.a.values.front()), readable(g.a.values.back()),
                                 g.b.input.path, g.b.values.size(), readable(g.b.values.front()),
                                 readable(g.b.values.back()), g.evaluations),
                     style);
    if (markdown) {
      // a table of nets: b down (largest first), a across; + = - the verdict, ! refused
      TextTable t;
      t.header.push_back(g.b.input.path + " \\ " + g.a.input.path);
      t.align.push_back(Align::left);
      t.fit.push_back(Fit::keep);
      for (double v : g.a.values) {
        t.header.push_back(readable(v));
        t.align.push_back(Align::right);
        t.fit.push_back(Fit::keep);
      }
      for (std::size_t j = g.b.values.size(); j-- > 0;) {
        std::vector<std::string> row{readable(g.b.values[j])};
        for (std::size_t i = 0; i < g.a.values.size(); ++i) {
          const GridCell& c = g.at(i, j);
          row.push_back(fixed(c.net, 3) + " " + verdict_mark(c.verdict) +
                        (c.acceptable ? "" : "!") +
                        (c.p_positive ? " " + fixed(*c.p_positive, 2) : ""));
        }
        t.rows.push_back(std::move(row));
      }
      out += "\n" + render_table(t, style, true) + "\n";
      if (!style.quiet)
        out += note("marks: + benefits outweigh, = balanced, - costs outweigh; ! the regime "
                    "refuses; with -n, P(net > 0) after the mark",
                    style, true);
    } else {
      out += "\n" + heat_map(g, style, false);
      if (!style.quiet)
        out += note(legend(g, style, false), style, false);
      if (g.samples) {
        out += fmt::format("\n  P(net > 0) over {} draws (seed {}), the same draws in every cell\n",
                           g.samples, g.seed);
        out += heat_map(g, style, true);
        if (!style.quiet)
          out += note(legend(g, style, true), style, false);
      }
    }
    std::string sentences;
    for (const GridFrontier& f : g.frontiers)
      sentences += (markdown ? "- " : "  ") + frontier_sentence(f) + "\n";
    out += (markdown ? "\n" : "") + fit_items(sentences, style);
    return out;
  };
  return render_cases<Grid>(reports, format, style, "grid", cells_of, grid_columns(), json_of,
                            text_of);
}

} // namespace relief
