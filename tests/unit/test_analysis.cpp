#include <algorithm>
#include <cmath>
#include <doctest/doctest.h>
#include <filesystem>
#include <stdexcept>

#include "analysis/breakeven.hpp"
#include "analysis/compare.hpp"
#include "analysis/explain.hpp"
#include "analysis/sensitivity.hpp"
#include "analysis/timing.hpp"
#include "fixtures.hpp"
#include "probe.hpp"
#include "render/report_common.hpp"

using namespace relief;

namespace {
using test::preset;
using test::presets;

} // namespace

TEST_SUITE("analysis")
{
  TEST_CASE("breakeven: the hand-worked crossing, re-evaluated to zero")
  {
    // net = 0.25 * amount * 0.1 * p - 0.25 * (1 ... ) ; with m1 at scope 0.5: benefits 1 + 0.25 *
    // 0.05 * x * 0.5, costs 0.25 * 3 * (1 - 0.01 * 0.5 * x): net(x) = 0.25 - ... easier: vary m1's
    // scope with no asks. net(s) = 0.5 * 4s - 0.25 * 3 * 2s = 2s - 1.5s = 0.5s: zero only at s = 0.
    // With rep effect 4: net(s) = 2s - 0.25 * 3 * 4s = -s; add an ask giving pri 2.5 (0.25 * 2.5 =
    // 0.625): net = 0.625 - s.
    Scenario s =
        test::scenario("relief: 1\noffer: [{measure: m1, scope: 0.5, effects: {rep: 4}}]\n"
                       "asks: [{item: a1, amount: 25, credibility: 1, effects: {rep: 0}}]\n");
    Breakeven b = breakeven(s, 0, varied_input(s, 0, "offer.m1.scope"), 0, 1);
    // net = 0.625 - s crosses +0.1 (the margin) at 0.525, zero at 0.625 and -0.1 at 0.725
    REQUIRE(b.crossings.size() == 3);
    CHECK(b.crossings[1].value == doctest::Approx(0.625).epsilon(1e-9));
    CHECK(b.crossings[1].level == 0);
    CHECK_FALSE(b.crossings[1].benefits_above); // benefits outweigh below 0.625
    CHECK(b.crossings[0].value == doctest::Approx(0.525).epsilon(1e-9));
    CHECK(b.crossings[0].level == doctest::Approx(0.1));
    CHECK(verdicts_around(b.crossings[0]) ==
          std::pair{Verdict::benefits_outweigh, Verdict::balanced});
    CHECK(b.crossings[2].value == doctest::Approx(0.725).epsilon(1e-9));
    CHECK(b.crossings[2].level == doctest::Approx(-0.1));
    CHECK(verdicts_around(b.crossings[2]) == std::pair{Verdict::balanced, Verdict::costs_outweigh});
    CHECK(b.net_from == doctest::Approx(0.625));
    CHECK(b.net_to == doctest::Approx(-0.375));
  }

  TEST_CASE(
      "breakeven: every reported crossing of every preset re-evaluates to net within the tolerance")
  {
    int crossings = 0;
    for (const Scenario& s : presets())
      for (const std::string& path : compile(s, 0, PlanNames::all).paths) {
        if (path.starts_with("model."))
          continue;
        const VariedInput input = varied_input(s, 0, path);
        Breakeven b = breakeven(s, 0, input, input.from, input.to, 50, 1e-9);
        bool zero = false;
        Probe probe(compile(s, 0, PlanNames::all)); // a fresh plan, at each crossing
        const std::int32_t slot = probe.plan().find(path);
        for (const Crossing& c : b.crossings) {
          const Evaluation& ev = probe.at(slot, c.value);
          CHECK_MESSAGE(std::abs(ev.net - c.level) <= 1e-9,
                        s.name << " " << path << " at " << c.value);
          if (c.level != 0) { // the verdict differs on the two sides of a margin crossing
            auto [below, above] = verdicts_around(c);
            CHECK(below != above);
          }
          zero = zero || c.level == 0;
          ++crossings;
        }
        if (!zero)
          CHECK_MESSAGE((b.net_from > 0) == (b.net_to > 0), s.name << " " << path);
      }
    CHECK(crossings > 10);
  }

  TEST_CASE("breakeven: no crossing reports net at both ends")
  {
    Scenario s = preset("pragmatic-engagement");
    Breakeven b = breakeven(s, 0, varied_input(s, 0, "asks.prisoners.amount"), 0, 1150);
    CHECK(b.crossings.empty());
    CHECK(b.net_from > 0);
    CHECK(b.net_to > b.net_from);
  }

  TEST_CASE("explain: the rows sum to eval's totals")
  {
    for (const Scenario& s : presets())
      for (std::size_t p = 0; p < s.model->perspectives.size(); ++p) {
        Explanation e = explain(s, p);
        Evaluation ev = evaluate(s, p);
        double benefits = 0, costs = 0;
        for (const ExplainRow& r : e.rows)
          (s.model->criteria[r.criterion].kind == Kind::benefit ? benefits : costs) += r.value;
        CHECK_MESSAGE(benefits == doctest::Approx(ev.benefits).epsilon(1e-12), s.name);
        CHECK_MESSAGE(costs == doctest::Approx(ev.costs).epsilon(1e-12), s.name);
        CHECK(e.eval.net == ev.net);
      }
  }

  TEST_CASE("explain: a saturated criterion gets a clamp row, and the sums still hold")
  {
    Scenario s = test::scenario(
        "relief: 1\nasks: [{item: a1, amount: 100, credibility: 1, effects: {pri: 0.2}}]\n");
    Explanation e = explain(s, 0);
    REQUIRE(e.rows.size() == 3); // pri from a1, the clamp, rep from a1
    CHECK(e.rows[0].value == doctest::Approx(0.25 * 20));
    CHECK(e.rows[1].item_kind == "clamp");
    CHECK(e.rows[1].value == doctest::Approx(0.25 * -10));
    CHECK(e.rows[0].value + e.rows[1].value == doctest::Approx(e.eval.benefits));
  }

  TEST_CASE("explain: factors and sources of one contribution")
  {
    Scenario s = test::scenario(
        "relief: 1\ncredibility: 0.8\noffer: [{measure: m1, scope: 0.5, reversible: true}]\n");
    Explanation e = explain(s, 0);
    REQUIRE(e.rows.size() == 2);
    const ExplainRow& cost = e.rows[1];
    CHECK(cost.item == "m1");
    CHECK(cost.amount == 0.5);
    CHECK(cost.effect == 2);
    CHECK(cost.share == doctest::Approx(0.9));
    CHECK(cost.multiplier == doctest::Approx(3));
    CHECK(cost.value == doctest::Approx(0.25 * 0.5 * 2 * 0.9 * 3));
    CHECK(cost.amount_source == "input:3:30");
    CHECK(cost.effect_source == "small.yaml:10:31");
    CHECK(cost.credibility_source.empty()); // p_deal enters this cost through g
    CHECK(cost.share_source == "credibility input:2:14, snapback small.yaml:28:20");
    CHECK(cost.multiplied);
    CHECK(cost.multiplier_source == "war small.yaml:16:20, Lukashenka small.yaml:19:17");
    CHECK(cost.time_source.empty()); // rep is a `once` criterion
    CHECK(cost.weight_source == "small.yaml:7:45");
    const ExplainRow& benefit = e.rows[0];
    CHECK_FALSE(benefit.multiplied);
    CHECK(benefit.multiplier_source.empty());
    CHECK(benefit.time_source == "decays (small.yaml:3:35), delay small.yaml:22:64, half-life "
                                 "small.yaml:26:19");
  }

  TEST_CASE("explain: a negative cost score is multiplied as a positive one, and says by what")
  {
    // a1's reputation effect is negative: the cost score of rep is -0.25, and K_c = 3 applies
    // (SPEC 3 step 8): the cost avoided weighs 0.25 * -0.25 * 3
    Scenario s = test::scenario("relief: 1\ncredibility: 1\nasks: [{item: a1, amount: 25}]\n");
    Explanation e = explain(s, 0);
    REQUIRE(e.rows.size() == 2);
    CHECK(e.rows[1].item == "a1");
    CHECK(e.eval.criteria[2].score == doctest::Approx(-0.25));
    CHECK(e.rows[1].multiplier == doctest::Approx(3));
    CHECK(e.rows[1].multiplied);
    CHECK(e.rows[1].value == doctest::Approx(0.25 * -0.25 * 3));
    CHECK(e.rows[1].multiplier_source == "war small.yaml:16:20, Lukashenka small.yaml:19:17");
  }

  TEST_CASE("timing: costs fall and decaying benefits shrink from now to after Lukashenka")
  {
    Scenario s = test::scenario(
        "relief: 1\ncontext: {delay_months: 3}\noffer: [{measure: m1, scope: 0.5}]\n");
    TimingResult t = timing(s, 0);
    CHECK(t.at[0].eval.net == doctest::Approx(0.25)); // the context override is set aside
    CHECK(t.at[2].eval.net == doctest::Approx(0));    // worked in test_evaluate
    CHECK(t.at[3].eval.net == doctest::Approx(0.125));
    CHECK(t.best == Timing::now);
    auto sweep = delay_sweep(s, 0, 0, 24, 12);
    REQUIRE(sweep.size() == 3);
    CHECK(sweep[1].eval.criteria[0].score == doctest::Approx(1));
    CHECK(sweep[2].eval.criteria[0].score == doctest::Approx(0.5));
  }

  TEST_CASE("timing: flows, arrival and the price of waiting, worked by hand")
  {
    // The small model with prisoners as a flow over a 48-month horizon, and uncertain moments.
    std::string text = test::k_small_model;
    auto replace = [&](const std::string& from, const std::string& to) {
      auto at = text.find(from);
      REQUIRE(at != std::string::npos);
      text.replace(at, from.size(), to);
    };
    replace("pri: {kind: benefit,", "pri: {kind: benefit, over_time: flow,");
    replace("delay_months: 12}", "delay_months: 12, arrives: 0.5}");
    replace("delay_months: 24}", "delay_months: 24, arrives: 0.25}");
    replace("half_life_months: 12", "half_life_months: 12\nhorizon_months: 48");
    ModelLoad load = load_model_from_string(text, "flow.yaml");
    REQUIRE(load.diagnostics.empty());
    Scenario s = test::scenario("relief: 1\noffer: [{measure: m1, scope: 0.5}, {measure: m2}]\n",
                                load.model);
    // weights 2:1:1 -> 0.5, 0.25, 0.25; sov raw 2, pri raw 1, rep raw 1
    TimingResult t = timing(s, 0);
    // now: sov 2, pri 1 (F(0) = 1), rep 1 x K 3: benefits 1.25, costs 0.75
    CHECK(t.at[0].eval.net == doctest::Approx(0.5));
    CHECK(t.at[0].expected == doctest::Approx(0.5));
    // after-war, 12 months: sov 2 x D(12) = 1, pri 1 x F(12) = 0.75, rep 1 x K 2
    CHECK(t.at[2].eval.criteria[1].time == 0.75);
    CHECK(t.at[2].eval.benefits == doctest::Approx(0.6875));
    CHECK(t.at[2].eval.costs == doctest::Approx(0.5));
    CHECK(t.at[2].eval.net == doctest::Approx(0.1875));
    CHECK(t.at[2].expected == doctest::Approx(0.09375));               // x arrives 0.5
    CHECK(t.at[2].forgone[2] == doctest::Approx(1 - 0.5 * 0.5));       // decays
    CHECK(t.at[2].forgone[1] == doctest::Approx(0.25 - 0.5 * 0.1875)); // flow
    CHECK(t.at[2].forgone[0] == 0);                                    // once
    CHECK(t.at[2].saved == doctest::Approx(0.75 - 0.5 * 0.5));
    CHECK(*t.at[2].tie_arrives == doctest::Approx(0.5 / 0.1875));
    // after-lukashenka, 24 months: sov 2 x 0.25, pri 1 x 0.5, rep 1 x K 0.5
    CHECK(t.at[3].eval.net == doctest::Approx(0.375 - 0.125));
    CHECK(t.at[3].expected == doctest::Approx(0.0625));
    CHECK(*t.at[3].tie_arrives == doctest::Approx(2));
    CHECK(t.best == Timing::now);
    CHECK(t.indistinguishable.empty());
    for (const Strategy& st : t.at) // expected = now's - lost + saved
      CHECK(st.expected == doctest::Approx(t.at[0].expected - st.forgone[0] - st.forgone[1] -
                                           st.forgone[2] + st.saved));

    // A conditional offer's flow benefit starts verification_months (6) later: x (1 - 6/48).
    Scenario c = test::scenario(
        "relief: 1\ncredibility: 0.5\noffer: [{measure: m2, conditional: true}]\n", load.model);
    CHECK(evaluate(c, 0).criteria[1].score == doctest::Approx(0.5 * 0.875));
    c.delay_months = point(12); // and the delay's F(12) on top: the product of the two
    CHECK(evaluate(c, 0).criteria[1].score == doctest::Approx(0.5 * 0.875 * 0.75));
    c.delay_months = point(60); // past the horizon, nothing of a flow is left
    CHECK(evaluate(c, 0).criteria[1].score == 0);

    // Within the margin (0.1), the runner-up cannot be told apart from the best.
    Scenario tight = s;
    tight.model = [&] {
      auto m = std::make_shared<Model>(*load.model);
      m->timings[2].arrives = point(1);
      m->timings[0].arrives = point(0.3); // now: 0.15, after-war 0.1875
      return m;
    }();
    TimingResult close = timing(tight, 0);
    CHECK(close.best == Timing::after_war);
    CHECK(close.indistinguishable == std::vector<Timing>{Timing::now});
  }

  TEST_CASE("timing: expected net is linear in arrives")
  {
    for (Scenario s : test::presets())
      for (std::size_t p = 0; p < default_model()->perspectives.size(); ++p) {
        auto with = [&](double a) {
          auto m = std::make_shared<Model>(*default_model());
          m->timings[3].arrives = point(a);
          s.model = m;
          return timing(s, p).at[3];
        };
        const Strategy zero = with(0), half = with(0.5), one = with(1);
        CHECK(zero.expected == 0);
        CHECK(half.expected == doctest::Approx((zero.expected + one.expected) / 2).epsilon(1e-12));
        CHECK(one.expected == doctest::Approx(one.eval.net).epsilon(1e-15));
        if (one.tie_arrives) { // at the tie, waiting is worth exactly engaging now
          const Strategy tie = with(std::clamp(*one.tie_arrives, 0.0, 1.0));
          if (*one.tie_arrives >= 0 && *one.tie_arrives <= 1)
            CHECK(tie.expected == doctest::Approx(timing(s, p).at[0].expected).epsilon(1e-12));
        }
      }
  }

  TEST_CASE("sensitivity: sorted by swing, each swing recomputed independently")
  {
    Scenario s = preset("pragmatic-engagement");
    Sensitivity sens = sensitivity(s, 0, 0.2);
    REQUIRE(sens.rows.size() > 20);
    for (std::size_t i = 1; i < sens.rows.size(); ++i)
      CHECK(sens.rows[i - 1].swing >= sens.rows[i].swing);
    // each row again from a plan of its own: its slot set by hand in the means, run once per end
    const Plan plan = compile(s, 0, PlanNames::all);
    auto net_with = [&](std::int32_t slot, double v) {
      std::vector<double> x = plan.means();
      x[static_cast<std::size_t>(slot)] = v;
      Evaluation ev;
      run(plan, x.data(), ev);
      return ev.net;
    };
    for (const SensitivityRow& row : sens.rows) {
      const std::int32_t slot = plan.find(row.path);
      REQUIRE(slot >= 0);
      const PlanSlot& input = plan.slots[static_cast<std::size_t>(slot)];
      const double base = input.value->mean;
      const bool uncertain = input.value->uncertain(); // swung over its p10..p90
      double lo = std::clamp(uncertain ? distribution_quantile(*input.value, 0.1) : base * 0.8,
                             input.range.lo, input.range.hi);
      double hi = std::clamp(uncertain ? distribution_quantile(*input.value, 0.9) : base * 1.2,
                             input.range.lo, input.range.hi);
      CHECK(row.uncertain == uncertain);
      const double swing = std::abs(net_with(slot, hi) - net_with(slot, lo));
      CHECK_MESSAGE(row.swing == doctest::Approx(swing), row.path);
    }
  }

  TEST_CASE("sensitivity: one row per number, under its one PATH")
  {
    // the ask has no credibility of its own: it reads the deal's, one belief, one bar
    Scenario s = test::scenario("relief: 1\ncredibility: 0.8\nasks: [{item: a1, amount: 50}]\n"
                                "offer: [{measure: m1, scope: 0.5}]\n");
    Sensitivity sens = sensitivity(s, 0, 0.2);
    std::vector<std::string> paths;
    for (const SensitivityRow& row : sens.rows)
      paths.push_back(row.path);
    CHECK(std::count(paths.begin(), paths.end(), "credibility") == 1);
    CHECK(std::count(paths.begin(), paths.end(), "asks.a1.credibility") == 0);
    std::sort(paths.begin(), paths.end());
    CHECK(std::adjacent_find(paths.begin(), paths.end()) == paths.end());
    // +-20% of a point value is computed as a person would: 0.8 x 1.2 is 0.96
    auto row = std::find_if(sens.rows.begin(), sens.rows.end(),
                            [](const auto& r) { return r.path == "credibility"; });
    REQUIRE(row != sens.rows.end());
    CHECK(row->high == 0.96);
    CHECK(row->low == 0.64);
  }

  TEST_CASE(
      "sensitivity: distributions swing over p10..p90; flips are marked; weight intervals hold")
  {
    Scenario s = test::scenario("relief: 1\noffer: [{measure: m1, scope: {uniform: [0, 1]}}]\n");
    Sensitivity sens = sensitivity(s, 0, 0.2);
    auto row = std::find_if(sens.rows.begin(), sens.rows.end(),
                            [](const auto& r) { return r.path == "offer.m1.scope"; });
    REQUIRE(row != sens.rows.end());
    CHECK(row->uncertain);
    CHECK(row->low == doctest::Approx(0.1));
    CHECK(row->high == doctest::Approx(0.9));
    // net = 0.5 * scope: 0.05 (balanced) at p10, 0.45 at p90; base 0.25 benefits-outweigh: flips.
    CHECK(row->flips);
    for (const WeightInterval& w : sens.weights) {
      // the weight set in the scenario itself, evaluated from scratch
      auto verdict_at = [&](double weight) {
        Scenario changed = s;
        changed.weights.resize(s.model->criteria.size());
        const auto c = static_cast<std::size_t>(
            std::find_if(s.model->criteria.begin(), s.model->criteria.end(),
                         [&](const Criterion& x) { return x.id == w.criterion; }) -
            s.model->criteria.begin());
        changed.weights[c] = point(weight);
        return evaluate(changed, 0).verdict;
      };
      if (w.lo)
        CHECK(verdict_at(*w.lo + 1e-6) == sens.base.verdict);
      if (w.hi) {
        CHECK(verdict_at(*w.hi - 1e-6) == sens.base.verdict);
        CHECK(verdict_at(*w.hi + 1e-6) != sens.base.verdict);
      }
    }
  }

  TEST_CASE("quantiles of each distribution")
  {
    auto q = [](DistKind k, std::array<double, 3> p, double at) {
      Value v;
      v.dist = Distribution{k, p};
      v.mean = distribution_mean(v.dist);
      return distribution_quantile(v, at);
    };
    CHECK(q(DistKind::uniform, {2, 4, 0}, 0.1) == doctest::Approx(2.2));
    CHECK(q(DistKind::normal, {0, 1, 0}, 0.9) == doctest::Approx(1.2815515655446004));
    CHECK(q(DistKind::lognormal, {0, 1, 0}, 0.1) == doctest::Approx(std::exp(-1.2815515655446004)));
    CHECK(q(DistKind::triangular, {0, 0, 1}, 0.19) == doctest::Approx(1 - std::sqrt(0.81)));
    CHECK(q(DistKind::beta, {1, 1, 0}, 0.3) == doctest::Approx(0.3));     // beta(1,1) is uniform
    CHECK(q(DistKind::beta, {2, 1, 0}, 0.25) == doctest::Approx(0.5));    // CDF x^2
    CHECK(q(DistKind::range, {1, 100, 0}, 0.95) == doctest::Approx(100)); // a 90% interval
    CHECK(q(DistKind::range, {-1, 1, 0}, 0.05) == doctest::Approx(-1));
  }

  TEST_CASE("compare: ranked by net within each perspective, each scenario named once")
  {
    Scenario a = test::scenario("relief: 1\nname: a\noffer: [{measure: m1, scope: 0.1}]\n");
    Scenario b = test::scenario("relief: 1\nname: b\noffer: [{measure: m1, scope: 0.9}]\n");
    Comparison c;
    for (const Scenario* s : {&a, &b})
      for (std::size_t p : {1, 0}) // perspectives in the order first added: other, balanced
        c.add(*s, p, evaluate(*s, p));
    REQUIRE(c.scenarios.size() == 2);
    REQUIRE(c.perspectives == std::vector<std::string>{"other", "balanced"});
    rank_rows(c);
    REQUIRE(c.rows.size() == 4);
    // m1 nets -2 x scope under `other` (benefits scope, costs 2 x scope x 0.5 x K 3) and
    // 0.5 x scope under balanced (2 x scope against 2 x scope x 0.25 x 3): a leads under
    // `other`, b under balanced
    CHECK(c.rows[0].perspective == 0);
    CHECK(c.rows[0].scenario == 0);
    CHECK(c.rows[0].rank == 1);
    CHECK(c.rows[0].net == doctest::Approx(-0.2));
    CHECK(c.rows[1].scenario == 1);
    CHECK(c.rows[1].rank == 2);
    CHECK(c.rows[1].net == doctest::Approx(-1.8));
    CHECK(c.rows[2].perspective == 1);
    CHECK(c.rows[2].scenario == 1);
    CHECK(c.rows[2].rank == 1);
    CHECK(c.rows[2].net == doctest::Approx(0.45));
    CHECK(c.rows[3].rank == 2);
  }

  TEST_CASE("short ids: the file's stem, #N for a document, directories only to tell apart")
  {
    CHECK(short_ids({{"scenarios/potash-2025.yaml", 1}, {"v.yaml", 2}, {"-", 1}}) ==
          std::vector<std::string>{"potash-2025", "v#2", "-"});
    CHECK(short_ids({{"a/x/v.yaml", 1}, {"b/x/v.yaml", 3}, {"c/w.yaml", 1}}) ==
          std::vector<std::string>{"a/x/v", "b/x/v#3", "w"});
    CHECK(short_ids({{"d/v.yaml", 1}, {"d/v.yml", 1}, {"d/v.yaml", 2}}) ==
          std::vector<std::string>{"d/v.yaml", "d/v.yml", "d/v.yaml#2"});
  }
}
