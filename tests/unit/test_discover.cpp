// relief discover (issue 19 item 1): PRIM finds a box planted in the draws, drops inputs that do
// not matter, and finds no box where there is none.
#include <algorithm>
#include <cmath>
#include <doctest/doctest.h>
#include <random>

#include "analysis/discover.hpp"
#include "analysis/timing_simulate.hpp"
#include "fixtures.hpp"

using namespace relief;

namespace {

// Three inputs uniform on [0, 1]; the target holds where x0 > 0.6 and x1 < 0.3 (a box of 12% of
// the space), and, with noise, in a share of the draws elsewhere.
void planted(std::size_t n, double noise, std::vector<std::vector<double>>& x, std::vector<char>& y,
             bool box = true)
{
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> u(0, 1);
  x.assign(3, {});
  y.clear();
  for (std::size_t i = 0; i < n; ++i) {
    for (auto& column : x)
      column.push_back(u(rng));
    const bool in = box && x[0].back() > 0.6 && x[1].back() < 0.3;
    y.push_back(in || u(rng) < noise ? 1 : 0);
  }
}

} // namespace

TEST_SUITE("discover")
{
  TEST_CASE("PRIM finds a planted box on two inputs and leaves the third alone")
  {
    std::vector<std::vector<double>> x;
    std::vector<char> y;
    planted(20000, 0.02, x, y);
    PrimOptions o;
    o.min_coverage = 0.8;
    const PrimResult r = prim(x, y, o);
    REQUIRE(r.box.restrictions.size() == 2);
    for (const PrimRestriction& b : r.box.restrictions) {
      if (b.input == 0) {
        REQUIRE(b.lower);
        CHECK(*b.lower == doctest::Approx(0.6).epsilon(0.05));
        CHECK(!b.upper);
      } else {
        CHECK(b.input == 1);
        REQUIRE(b.upper);
        CHECK(*b.upper == doctest::Approx(0.3).epsilon(0.08));
        CHECK(!b.lower);
      }
    }
    CHECK(r.box.density > 0.9);
    CHECK(r.box.coverage > 0.8);
    // the trajectory starts with the whole space and only narrows it
    CHECK(r.trajectory.front().count == 20000);
    CHECK(r.trajectory.front().density == doctest::Approx(r.base));
    for (std::size_t k = 1; k < r.trajectory.size(); ++k)
      CHECK(r.trajectory[k].count <= r.trajectory[k - 1].count);
  }

  TEST_CASE(
      "PRIM on tied values: each box is its bounds' draws, each peel the densest by definition")
  {
    // values on a grid of hundredths (about 30 draws a value, as a discrete input has them); the
    // peel's cuts keep their ties, and the box's figures are recounted here over all draws
    std::vector<std::vector<double>> x;
    std::vector<char> y;
    planted(3000, 0.05, x, y);
    for (auto& column : x)
      for (double& v : column)
        v = std::floor(v * 100) / 100;
    const PrimResult r = prim(x, y);
    const auto total_hits = static_cast<std::size_t>(std::count(y.begin(), y.end(), 1));
    auto holds = [&](const PrimBox& b, std::size_t i) {
      for (const PrimRestriction& c : b.restrictions)
        if ((c.lower && x[c.input][i] < *c.lower) || (c.upper && x[c.input][i] > *c.upper))
          return false;
      return true;
    };
    REQUIRE(r.trajectory.size() > 3);
    // every peel removes draws, and peeling goes on until the box holds about min_mass of them
    for (std::size_t k = 1; k < r.trajectory.size(); ++k)
      CHECK(r.trajectory[k].count < r.trajectory[k - 1].count);
    INFO("last box: ", r.trajectory.back().count, " draws");
    CHECK(double(r.trajectory.back().count) < 0.06 * double(y.size()));
    for (const PrimBox& b : r.trajectory) {
      std::size_t count = 0, hits = 0;
      for (std::size_t i = 0; i < y.size(); ++i)
        if (holds(b, i)) {
          ++count;
          hits += y[i] ? 1 : 0;
        }
      CHECK(b.count == count);
      CHECK(b.density == doctest::Approx(double(hits) / double(count)));
      CHECK(b.coverage == doctest::Approx(double(hits) / double(total_hits)));
    }
    // the first peel, by definition: per input and side, the cut is the value at rank
    // floor(alpha n) from that end, the draws strictly beyond it leave, and the densest box that
    // is left wins (the first on ties: inputs in order, the lower side first)
    const std::size_t n = y.size(), peel = std::size_t(0.05 * double(n));
    double best = -1, best_cut = 0;
    std::size_t best_input = 0;
    bool best_lower = true;
    for (std::size_t d = 0; d < x.size(); ++d) {
      std::vector<double> v = x[d];
      std::sort(v.begin(), v.end());
      for (bool lower : {true, false}) {
        const double cut = lower ? v[peel] : v[n - 1 - peel];
        std::size_t kept = 0, hits = 0;
        for (std::size_t i = 0; i < n; ++i)
          if (lower ? x[d][i] >= cut : x[d][i] <= cut) {
            ++kept;
            hits += y[i] ? 1 : 0;
          }
        const double density = double(hits) / double(kept);
        if (kept < n && density > best) {
          best = density;
          best_cut = cut;
          best_input = d;
          best_lower = lower;
        }
      }
    }
    REQUIRE(r.trajectory[1].restrictions.size() == 1);
    const PrimRestriction& first = r.trajectory[1].restrictions[0];
    CHECK(first.input == best_input);
    CHECK((best_lower ? first.lower : first.upper) == best_cut);
    CHECK(r.trajectory[1].density == doctest::Approx(best));
  }

  TEST_CASE("with no box in the draws, every restriction is dropped as noise")
  {
    std::vector<std::vector<double>> x;
    std::vector<char> y;
    planted(20000, 0.3, x, y, false);
    const PrimResult r = prim(x, y);
    CHECK(r.box.restrictions.empty());
    CHECK(r.box.density == doctest::Approx(r.base));
    CHECK(!r.dropped.empty());
  }

  TEST_CASE("at most --max-inputs inputs are restricted")
  {
    std::vector<std::vector<double>> x;
    std::vector<char> y;
    planted(5000, 0.02, x, y);
    PrimOptions o;
    o.max_inputs = 1;
    const PrimResult r = prim(x, y, o);
    for (const PrimBox& b : r.trajectory)
      CHECK(b.restrictions.size() <= 1);
  }

  TEST_CASE("best=now counts the draws where now strictly beats every later moment")
  {
    // timing -n's P(best) for now splits ties (a package refused now and moments that do not
    // come are worth 0 alike); discover counts a draw only where now is strictly best
    const Scenario s = test::preset("potash-2025");
    const Discovery d = discover(s, 0, *parse_target("best=now"), 3000, 5);
    SimulateOptions so;
    so.samples = 3000;
    so.seed = 5;
    so.threads = 1;
    const TimingSimulation t = simulate_timing(s, 0, so);
    const double p_now = t.sim.results[0].p_first.value_or(0);
    CHECK(d.prim.base <= p_now + 1e-12);
    CHECK(d.prim.base > 0);
    // the four moments' inputs each once: the delays and arrivals of the later moments among them
    CHECK(std::count(d.paths.begin(), d.paths.end(), "model.timings.after-war.delay_months") == 1);
    CHECK(std::count(d.paths.begin(), d.paths.end(), "model.timings.after-war.arrives") == 1);
  }

  TEST_CASE("targets")
  {
    CHECK(parse_target("net>0.2")->threshold == 0.2);
    CHECK(parse_target("net<-1")->kind == DiscoverTarget::Kind::net_below);
    CHECK(parse_target("accepted")->kind == DiscoverTarget::Kind::accepted);
    CHECK(!parse_target("net>"));
    CHECK(parse_target("best=now")->kind == DiscoverTarget::Kind::best_now);
    CHECK(!parse_target("net>x"));
  }

  TEST_CASE("PRIM peels a categorical input one category at a time and keeps the planted ones")
  {
    // x0 uniform on [0, 1], x1 a category of four; the target holds where x0 > 0.5 and the
    // category is 1 or 3, and in 2% of the draws elsewhere
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<std::vector<double>> x(2);
    std::vector<char> y;
    for (int i = 0; i < 20000; ++i) {
      x[0].push_back(u(rng));
      x[1].push_back(static_cast<double>(i % 4));
      const bool in = x[0].back() > 0.5 && (i % 4 == 1 || i % 4 == 3);
      y.push_back(in || u(rng) < 0.02 ? 1 : 0);
    }
    PrimOptions o;
    o.min_coverage = 0.8;
    const PrimResult r = prim(x, y, o, {0, 4});
    REQUIRE(r.box.restrictions.size() == 2);
    for (const PrimRestriction& b : r.box.restrictions)
      if (b.input == 0) {
        REQUIRE(b.lower);
        CHECK(*b.lower == doctest::Approx(0.5).epsilon(0.06));
        CHECK(b.categories.empty());
      } else {
        CHECK(b.input == 1);
        CHECK(b.categories == std::vector<std::size_t>{1, 3});
        CHECK(!b.lower);
        CHECK(!b.upper);
      }
    CHECK(r.box.density > 0.9);
    // each categorical peel removes one whole category: a quarter of the draws
    for (std::size_t k = 1; k < r.trajectory.size(); ++k) {
      const auto removed = r.trajectory[k - 1].count - r.trajectory[k].count;
      const bool category =
          std::any_of(r.trajectory[k].restrictions.begin(), r.trajectory[k].restrictions.end(),
                      [&](const auto& b) { return b.input == 1; }) &&
          removed > 1000;
      CHECK((category ? removed >= 2000 : removed <= r.trajectory[k - 1].count / 20 + 1));
    }
  }

  TEST_CASE("discover with belief sets: the set is a categorical input over the pooled draws")
  {
    const std::string text = "relief: 1\nname: t\noffer: [{measure: m1, scope: 1}]\n";
    Scenario a = test::scenario(text);
    const Discovery single = discover(a, 0, *parse_target("benefits-outweigh"), 500, 3);
    const Discovery both =
        discover_beliefs({&a, &a}, 0, *parse_target("benefits-outweigh"), 500, 3);
    CHECK(both.prim.draws == 1000);
    CHECK(both.prim.hits == 2 * single.prim.hits); // the same scenario twice: the same draws
    CHECK(both.paths.back() == "beliefs");
    CHECK(both.beliefs.size() == 2);
    // a belief set that changes nothing is never kept as a restriction
    for (const PrimRestriction& r : both.prim.box.restrictions)
      CHECK(both.paths[r.input] != "beliefs");
  }
}
