// relief discover (issue 19 item 1): PRIM finds a box planted in the draws, drops inputs that do
// not matter, and finds no box where there is none.
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
}
