// compare --weights-space (SMAA, issue 19 item 3) against a brute force over the simplex of three
// criteria: the share of the weight triangle in which each package ranks first, and the mean
// weights there.
#include <doctest/doctest.h>

#include "analysis/weight_space.hpp"
#include "fixtures.hpp"

using namespace relief;

TEST_SUITE("weight space")
{
  TEST_CASE("rank acceptability and central weights match a brute force on three criteria")
  {
    // On the small model now (K_rep = 1.5 x 2 = 3), per unit weight of (sov, pri, rep):
    // A: m1 in full, sov 4, rep 2 -> (4, 0, -6); B: m2, pri 1 -> (0, 1, 0); C: 50 a1 delivered
    // for sure, pri 5, rep -0.5 -> (0, 5, 1.5). C beats B wherever pri or rep weighs anything;
    // A beats C where 4 w_sov > 5 w_pri + 7.5 w_rep.
    const auto model = test::small_model();
    std::vector<WeightedPackage> packages;
    for (const char* text : {"offer: [{measure: m1}]\n", "offer: [{measure: m2}]\n",
                             "credibility: 1\nasks: [{item: a1, amount: 50}]\n"})
      packages.push_back(
          weighted_package(test::scenario(std::string("relief: 1\n") + text, model), 0));
    CHECK(packages[0].v == std::vector<double>{4, 0, -6});
    CHECK(packages[1].v == std::vector<double>{0, 1, 0});
    CHECK(packages[2].v == std::vector<double>{0, 5, 1.5});

    // the brute force: every point of a fine triangular grid of the simplex
    const int n = 600;
    double points = 0, a_first = 0;
    std::array<double, 3> a_mean{};
    for (int i = 0; i <= n; ++i)
      for (int j = 0; i + j <= n; ++j) {
        const double w[3] = {double(i) / n, double(j) / n, double(n - i - j) / n};
        points += 1;
        if (4 * w[0] - 6 * w[2] > 5 * w[1] + 1.5 * w[2]) {
          a_first += 1;
          for (int c = 0; c < 3; ++c)
            a_mean[static_cast<std::size_t>(c)] += w[c];
        }
      }
    const double share = a_first / points;
    const WeightSpace ws = weight_space(*model, 0, packages, 200000, 11);
    CHECK(ws.drawn_from == "the simplex");
    // rows are sorted by rank acceptability: C first, then A, then B (never first)
    REQUIRE(ws.packages.size() == 3);
    const auto row = [&](double v0) {
      for (std::size_t i = 0; i < 3; ++i)
        if (ws.packages[i].v[0] == v0 && (v0 != 0 || ws.packages[i].v[1] == 5))
          return ws.rows[i];
      FAIL("no such package");
      return ws.rows[0];
    };
    const WeightSpaceRow a = row(4), c = row(0);
    CHECK(std::abs(a.rank_share[0] - share) < 0.005);
    CHECK(std::abs(c.rank_share[0] - (1 - share)) < 0.005);
    REQUIRE(a.central);
    for (std::size_t k = 0; k < 3; ++k)
      CHECK(std::abs((*a.central)[k] - a_mean[k] / a_first) < 0.005);
    // every rank is taken by one package in every draw
    for (std::size_t r = 0; r < 3; ++r) {
      double total = 0;
      for (const WeightSpaceRow& x : ws.rows)
        total += x.rank_share[r];
      CHECK(total == doctest::Approx(1));
    }
    const WeightSpaceRow& b = ws.rows.back();
    CHECK(b.rank_share[0] == 0);
    CHECK(!b.central);
  }
}
