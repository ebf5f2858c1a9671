// relief grid (issue 19 item 2): every cell is the evaluation `relief eval` makes of the scenario
// with the two inputs set to the cell's values; -n gives each cell the P(net > 0) that simulate
// gives that scenario (the same draws); the frontiers are interpolated between grid points.
#include <doctest/doctest.h>

#include "analysis/grid.hpp"
#include "analysis/simulate.hpp"
#include "fixtures.hpp"

using namespace relief;

TEST_SUITE("grid")
{
  TEST_CASE("each cell is eval of the scenario set to its values; P(net > 0) is simulate's")
  {
    const Scenario s = test::preset("pragmatic-engagement");
    std::size_t prisoners = 0;
    while (s.model->asks[s.asks[prisoners].ask].id != "prisoners")
      ++prisoners;
    GridAxis a, b;
    a.input = varied_input(s, 2, "asks.prisoners.amount");
    a.values = grid_values(0, 1150, 6);
    b.input = varied_input(s, 2, "credibility");
    b.values = grid_values(0.2, 1, 5);
    Grid g = grid(s, 2, a, b);
    grid_draws(s, 2, g, 600, 7);
    CHECK(g.evaluations == 30);
    for (std::size_t i = 0; i < a.values.size(); ++i)
      for (std::size_t j = 0; j < b.values.size(); ++j) {
        Scenario at = s;
        at.asks[prisoners].amount = point(a.values[i]);
        at.credibility = point(b.values[j]);
        const Evaluation ev = evaluate(at, 2);
        CHECK(g.at(i, j).net == ev.net);
        CHECK(g.at(i, j).verdict == ev.verdict);
        CHECK(g.at(i, j).regime_surplus == ev.regime_surplus);
        SimulateOptions so;
        so.samples = 600;
        so.seed = 7;
        so.threads = 1;
        const Simulation sim = simulate({SimItem{{&at, 2}}}, so);
        CHECK(*g.at(i, j).p_positive == sim.results[0].p_net_positive);
      }
  }

  TEST_CASE("the values and the frontiers between grid points")
  {
    CHECK(grid_values(0, 1, 5) == std::vector<double>{0, 0.25, 0.5, 0.75, 1});
    CHECK(grid_values(3, 3, 5) == std::vector<double>{3});
    const Scenario s = test::preset("potash-2025");
    GridAxis a, b;
    a.input = varied_input(s, 0, "asks.prisoners.amount");
    a.values = grid_values(0, 1150, 12);
    b.input = varied_input(s, 0, "credibility");
    b.values = grid_values(0, 1, 6);
    const Grid g = grid(s, 0, a, b);
    REQUIRE(g.frontiers.size() == 4); // net = 0, +-margin, U = 0
    for (const GridFrontier& f : g.frontiers)
      for (const auto& [x, y] : f.points) {
        // each point lies on an edge of the grid: one coordinate is a grid value
        const bool on_a = std::find(a.values.begin(), a.values.end(), x) != a.values.end();
        const bool on_b = std::find(b.values.begin(), b.values.end(), y) != b.values.end();
        CHECK((on_a || on_b));
      }
  }
}
