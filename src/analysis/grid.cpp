#include "analysis/grid.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/draws.hpp"
#include "analysis/simulate.hpp"
#include "analysis/statistics.hpp"
#include "probe.hpp"

namespace relief {

std::vector<double> grid_values(double from, double to, int steps)
{
  if (from == to || steps < 2)
    return {from};
  std::vector<double> out;
  for (int i = 0; i < steps; ++i) // the ends exactly, the rest evenly between them
    out.push_back(i == steps - 1 ? to : from + (to - from) * i / (steps - 1));
  return out;
}

namespace {

// The crossings of f through level along every edge between neighbouring grid points.
GridFrontier trace(const Grid& g, std::string what, double level,
                   const std::function<double(const GridCell&)>& f)
{
  GridFrontier out;
  out.what = std::move(what);
  out.level = level;
  const std::size_t na = g.a.values.size(), nb = g.b.values.size();
  auto cross = [&](double x0, double f0, double x1, double f1) {
    return x0 + (x1 - x0) * (level - f0) / (f1 - f0);
  };
  for (std::size_t i = 0; i < na; ++i)
    for (std::size_t j = 0; j < nb; ++j) {
      const double v = f(g.at(i, j)) - level;
      if (v == 0) {
        out.points.emplace_back(g.a.values[i], g.b.values[j]);
        continue;
      }
      if (i + 1 < na) { // along a, at b_j
        const double w = f(g.at(i + 1, j)) - level;
        if (w != 0 && (v < 0) != (w < 0))
          out.points.emplace_back(cross(g.a.values[i], v + level, g.a.values[i + 1], w + level),
                                  g.b.values[j]);
      }
      if (j + 1 < nb) { // along b, at a_i
        const double w = f(g.at(i, j + 1)) - level;
        if (w != 0 && (v < 0) != (w < 0))
          out.points.emplace_back(g.a.values[i],
                                  cross(g.b.values[j], v + level, g.b.values[j + 1], w + level));
      }
    }
  std::sort(out.points.begin(), out.points.end());
  return out;
}

} // namespace

Grid grid(const Scenario& s, std::size_t perspective, const GridAxis& a, const GridAxis& b)
{
  Plan plan = compile(s, perspective, PlanNames::all);
  const std::int32_t sa = input_slot(plan, s, a.input.path);
  const std::int32_t sb = input_slot(plan, s, b.input.path);
  Grid g;
  g.a = a;
  g.b = b;
  const std::vector<double> means = plan.means();
  std::vector<double> x = means;
  g.margin = means[static_cast<std::size_t>(plan.margin)];
  Evaluation ev;
  for (double va : a.values)
    for (double vb : b.values) {
      std::copy(means.begin(), means.end(), x.begin()); // run() writes the derived slots
      x[static_cast<std::size_t>(sa)] = va;
      x[static_cast<std::size_t>(sb)] = vb;
      run(plan, x.data(), ev);
      ++g.evaluations;
      g.cells.push_back({ev.net, ev.verdict, ev.regime_surplus, ev.acceptable, {}, {}});
    }
  auto net = [](const GridCell& c) { return c.net; };
  g.frontiers.push_back(trace(g, "net = 0", 0, net));
  g.frontiers.push_back(trace(g, "net = margin", g.margin, net));
  g.frontiers.push_back(trace(g, "net = -margin", -g.margin, net));
  if (g.cells.front().regime_surplus && !s.asks.empty())
    g.frontiers.push_back(
        trace(g, "U = 0", 0, [](const GridCell& c) { return c.regime_surplus.value_or(0); }));
  return g;
}

void grid_draws(const Scenario& s, std::size_t perspective, Grid& g, std::uint64_t n,
                std::uint64_t seed)
{
  Plan plan = compile(s, perspective, PlanNames::all);
  const std::int32_t sa = input_slot(plan, s, g.a.input.path);
  const std::int32_t sb = input_slot(plan, s, g.b.input.path);
  plan.pin(sa, g.a.input.current); // the two inputs are set by the grid, not drawn
  plan.pin(sb, g.b.input.current);
  std::vector<std::uint64_t> positive(g.cells.size(), 0);
  // each block of draws at every cell: the two inputs as columns that hold the cell's values
  std::vector<std::int32_t> varying = plan.uncertain;
  varying.push_back(sa);
  varying.push_back(sb);
  const std::vector<double> means = plan.means();
  std::vector<double> column_a(k_block), column_b(k_block);
  BlockOutput out;
  std::vector<const double*> columns;
  for_each_block(s, plan, n, seed, [&](const std::vector<const double*>& draws, std::size_t count) {
    columns = draws;
    columns.push_back(column_a.data());
    columns.push_back(column_b.data());
    std::size_t k = 0;
    for (double va : g.a.values) {
      std::fill_n(column_a.begin(), count, va);
      for (double vb : g.b.values) {
        std::fill_n(column_b.begin(), count, vb);
        run_block(plan, means, varying, columns, count, out);
        positive[k++] += static_cast<std::uint64_t>(
            std::count_if(out.net.begin(), out.net.begin() + static_cast<std::ptrdiff_t>(count),
                          [](double net) { return net > 0; }));
      }
    }
  });
  g.samples = n;
  g.seed = seed;
  const double dn = static_cast<double>(std::max<std::uint64_t>(n, 1));
  for (std::size_t k = 0; k < g.cells.size(); ++k) {
    const double p = static_cast<double>(positive[k]) / dn;
    g.cells[k].p_positive = p;
    g.cells[k].p_positive_se = share_se(p, n);
  }
}

} // namespace relief
