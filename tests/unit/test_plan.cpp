#include <algorithm>
#include <cmath>
#include <doctest/doctest.h>
#include <random>
#include <stdexcept>

#include "fixtures.hpp"
#include "plan.hpp"
#include "probe.hpp"

using namespace relief;

TEST_SUITE("plan")
{
  TEST_CASE("run's trace: a criterion's parts sum to its weighted score, clamp and arrival in")
  {
    // pri: 100 x 0.2 = 20 points, cut to 10 by the clamp; after-war weighs all by its arrival
    Scenario s = test::scenario("relief: 1\ntiming: after-war\n"
                                "asks: [{item: a1, amount: 100, credibility: 1, "
                                "effects: {pri: 0.2}}]\noffer: [{measure: m1, scope: 0.5}]\n");
    for (PlanValue value : {PlanValue::conditional, PlanValue::expected}) {
      const Plan plan = compile(s, 0, PlanNames::none, value);
      std::vector<double> x = plan.means();
      Evaluation ev;
      std::vector<Contribution> trace;
      run(plan, x.data(), ev, &trace);
      std::vector<double> sum(ev.criteria.size(), 0.0);
      int clamps = 0;
      for (const Contribution& t : trace) {
        sum[t.criterion] += t.weighted;
        clamps += t.adjustment == Adjustment::clamp ? 1 : 0;
      }
      CHECK(clamps == 1);
      for (std::size_t c = 0; c < sum.size(); ++c)
        CHECK_MESSAGE(sum[c] == doctest::Approx(ev.criteria[c].weighted).epsilon(1e-12), c);
    }
  }

  TEST_CASE("PATH: every kind of input has one PATH; its aliases find the same number")
  {
    Scenario s = test::scenario("relief: 1\ncredibility: 0.8\noffer: [{measure: m1, scope: 0.5}]\n"
                                "asks: [{item: a1, amount: 50}]\n");
    Probe probe(compile(s, 0, PlanNames::all));
    const Plan& plan = probe.plan();
    auto check = [&](const std::string& path, const std::string& printed, double expected) {
      const std::int32_t slot = input_slot(plan, s, path);
      CHECK_MESSAGE(plan.path(slot) == printed, path);
      CHECK_MESSAGE(probe.mean(slot) == doctest::Approx(expected), path);
    };
    check("credibility", "credibility", 0.8);
    check("model.timings.now.delay_months", "model.timings.now.delay_months", 0);
    check("context.delay_months", "model.timings.now.delay_months", 0); // the scenario's key
    check("offer.m1.scope", "offer.m1.scope", 0.5);
    check("offer.m1.effects.rep", "offer.m1.effects.rep", 2);
    check("model.measures.m1.effects.sov", "offer.m1.effects.sov", 4); // the model's spelling
    check("offer.m1.effects.pri", "offer.m1.effects.pri", 0);          // 0, but it can be varied
    check("asks.a1.amount", "asks.a1.amount", 50);
    check("asks.a1.credibility", "credibility", 0.8); // the ask reads the deal's credibility
    check("asks.a1.effects.pri", "asks.a1.effects.pri", 0.1);
    check("weights.rep", "weights.rep", 1);
    check("model.perspectives.balanced.weights.rep", "weights.rep", 1);
    check("model.half_life_months", "model.half_life_months", 12);
    check("model.context.war.ongoing.rep", "model.context.war.ongoing.rep", 1.5);
    check("model.asks.a1.max_amount", "model.asks.a1.max_amount", 100);
    // one name each: no PATH is printed twice
    std::vector<std::string> names = plan.paths;
    std::sort(names.begin(), names.end());
    CHECK(std::adjacent_find(names.begin(), names.end()) == names.end());
  }

  TEST_CASE("PATH: a probe changes one number, as hand-worked, and leaves the plan as it was")
  {
    Scenario s = test::scenario("relief: 1\noffer: [{measure: m1, scope: 0.5}]\n");
    Probe probe(compile(s, 0, PlanNames::all));
    // model.context.war.ongoing.rep 1.5 -> 2: K = 4, costs = 0.25 * 1 * 4 = 1; net = 1 - 1 = 0.
    const std::int32_t k = input_slot(probe.plan(), s, "model.context.war.ongoing.rep");
    CHECK(probe.at(k, 2).net == doctest::Approx(0));
    CHECK(probe.base().net == doctest::Approx(0.25));
    CHECK(probe.base().net == evaluate(s, 0).net);
  }

  TEST_CASE("PATH: an unknown path says what exists")
  {
    Scenario s = test::scenario("relief: 1\nasks: [{item: a1, amount: 50}]\n");
    const Plan plan = compile(s, 0, PlanNames::all);
    CHECK_THROWS_WITH_AS(
        input_slot(plan, s, "asks.a1.amont"),
        "no numeric input 'asks.a1.amont' in scenario 'input' (did you mean 'asks.a1.amount'?)",
        std::invalid_argument);
    CHECK_THROWS_WITH_AS(
        input_slot(plan, s, "name"),
        "no numeric input 'name' in scenario 'input'; `relief explain --paths FILE` lists them",
        std::invalid_argument);
    CHECK_THROWS_WITH_AS(input_slot(plan, s, "model.context.war.ended.rep"),
                         "model.context.war.ended.rep is a number of the model that scenario "
                         "'input' does not read (or one it sets itself): varying it changes "
                         "nothing",
                         std::invalid_argument);
  }

  TEST_CASE("pin: an input held at a value is a point of the plan, wherever it was uncertain")
  {
    Scenario s = test::scenario("relief: 1\ncredibility: {beta: [6, 4]}\n"
                                "asks: [{item: a1, amount: {uniform: [40, 60]}}]\n");
    Plan plan = compile(s, 0, PlanNames::paths);
    REQUIRE(plan.uncertain.size() == 2);
    const std::int32_t amount = plan.find("asks.a1.amount");
    plan.pin(amount, 55);
    CHECK(plan.uncertain.size() == 1);
    CHECK(plan.means()[static_cast<std::size_t>(amount)] == 55);
    CHECK(plan.slots[static_cast<std::size_t>(amount)].value->pos.line == 3); // still its place
    CHECK(s.asks[0].amount.mean == 50);                                       // s is untouched
  }

  TEST_CASE("default range: the valid range, finite, an open bound a little inside")
  {
    Scenario s = test::scenario("relief: 1\nasks: [{item: a1, amount: 50}]\n");
    const Plan plan = compile(s, 0, PlanNames::all);
    CHECK(default_range(plan, plan.find("asks.a1.amount")) == std::pair{0.0, 100.0});
    CHECK(default_range(plan, plan.find("credibility")) == std::pair{0.0, 1.0});
    // max_amount is > 0 without an upper bound: 10 x its value, from a thousandth of that
    CHECK(default_range(plan, plan.find("model.asks.a1.max_amount")) == std::pair{1.0, 1000.0});
  }

  TEST_CASE("run_block: every sample bit-identical to run() on the same slot values")
  {
    // every preset under every belief set and perspective, as written and as strategies at each
    // moment, with each uncertain slot (then every input slot, so that what the block evaluator
    // computes once when it is constant is met varying) drawn from a wide spread around its mean
    // (clamped to its range), so that clamps, refusals, value functions and signs of every kind are
    // met
    std::mt19937_64 rng(2026);
    std::size_t compared = 0, nans = 0;
    for (const Scenario& s : test::believed_presets())
      for (std::size_t p = 0; p < s.model->perspectives.size(); ++p)
        for (PlanValue value : {PlanValue::conditional, PlanValue::expected})
          for (bool every_slot : {false, true}) {
            const Plan plan = compile(s, p, PlanNames::none, value);
            const std::vector<double> means = plan.means();
            // the uncertain slots, or every input slot (weights, rates, maxima that vary too)
            std::vector<std::int32_t> varying = plan.uncertain;
            if (every_slot) {
              varying.clear();
              for (std::size_t k = 0; k < plan.slots.size(); ++k)
                varying.push_back(static_cast<std::int32_t>(k));
            }
            constexpr std::size_t n = 300; // more than one sub-block of 256
            std::vector<std::vector<double>> columns(varying.size(), std::vector<double>(n));
            std::vector<const double*> pointers;
            for (std::size_t u = 0; u < varying.size(); ++u) {
              const auto slot = static_cast<std::size_t>(varying[u]);
              const Range& range = plan.slots[slot].range;
              std::normal_distribution<double> spread(means[slot],
                                                      0.5 * (1 + std::abs(means[slot])));
              // an open lower bound (a half-life > 0) kept well clear of it
              const double lo =
                  range.lo_open ? range.lo + 0.05 * (1 + std::abs(means[slot])) : range.lo;
              for (double& v : columns[u])
                v = std::clamp(spread(rng), lo, std::max(lo, range.hi));
              if (plan.arrival == varying[u]) // a moment comes or not
                for (double& v : columns[u])
                  v = v > means[slot] ? 1 : 0;
              pointers.push_back(columns[u].data());
            }
            BlockOutput out;
            run_block(plan, means, varying, pointers, n, out);
            // equal to the last bit; a value outside what a model would write (a half-life of 0)
            // may give NaN, which must then be NaN in both
            auto same = [](double a, double b) {
              return a == b || (std::isnan(a) && std::isnan(b));
            };
            std::vector<double> x = means;
            Evaluation ev;
            for (std::size_t i = 0; i < n; ++i) {
              for (std::size_t u = 0; u < varying.size(); ++u)
                x[static_cast<std::size_t>(varying[u])] = columns[u][i];
              run(plan, x.data(), ev);
              REQUIRE(same(out.net[i], ev.net)); // exactly: the same operations in the same order
              REQUIRE(same(out.benefits[i], ev.benefits));
              REQUIRE(same(out.costs[i], ev.costs));
              REQUIRE(same(out.worth[i], ev.worth));
              REQUIRE(out.verdict[i] == ev.verdict);
              REQUIRE((out.acceptable[i] != 0) == ev.acceptable);
              for (std::size_t c = 0; c < ev.criteria.size(); ++c)
                REQUIRE(same(out.weighted[c][i], ev.criteria[c].weighted));
              nans += std::isnan(ev.net) ? 1 : 0;
              ++compared;
            }
          }
    CHECK(compared == 153'600);  // 8 presets x 4 belief sets x 4 perspectives x 2 x 2 x 300
    CHECK(nans < compared / 20); // the comparison is of numbers, not of NaNs
  }
}
