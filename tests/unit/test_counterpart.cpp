// The regime's side (SPEC 2.2 counterpart, 3 step 12): the calibration on the prices revealed in
// 2025, a surplus worked by hand, the properties of U, and the search for bargain's Nash point.
#include <cmath>
#include <doctest/doctest.h>

#include "analysis/bargain.hpp"
#include "evaluate.hpp"
#include "fixtures.hpp"

using namespace relief;

namespace {

// Return the evaluation at the means of the default model (central beliefs) of text, now.
Evaluation now(const std::string& text)
{
  return evaluate(test::scenario("relief: 1\n" + text, default_model()), 0);
}

std::string deal(const std::string& measure, double scope, int prisoners)
{
  return "offer: [{measure: " + measure + ", scope: " + std::to_string(scope) +
         "}]\nasks: [{item: prisoners, amount: " + std::to_string(prisoners) + "}]\n";
}

} // namespace

TEST_SUITE("counterpart")
{
  TEST_CASE(
      "calibration: the regime accepts the 2025 US deals and refuses them for 4x the prisoners")
  {
    // June 2025: 14 released for an envoy visit (a tenth of diplomatic normalisation); September:
    // 52 for Belavia's parts (aircraft-parts in full); December: 123 for the potash licence
    struct Deal {
      const char* measure;
      double scope;
      int released;
    };
    for (const Deal& d : {Deal{"diplomatic-normalisation", 0.1, 14}, Deal{"aircraft-parts", 1, 52},
                          Deal{"potash-licence", 1, 123}}) {
      INFO(d.measure);
      const Evaluation accepted = now(deal(d.measure, d.scope, d.released));
      REQUIRE(accepted.regime_surplus);
      CHECK(*accepted.regime_surplus >= 0);
      CHECK(accepted.acceptable);
      CHECK(accepted.worth == accepted.net);
      const Evaluation refused = now(deal(d.measure, d.scope, 4 * d.released));
      CHECK(*refused.regime_surplus < 0);
      CHECK(!refused.acceptable);
      CHECK(refused.worth == 0); // a refused proposal changes nothing
    }
  }

  TEST_CASE("U = sum of scope x value - sum of amount x cost - reservation, by hand")
  {
    // the default model's means: potash-licence 2.5 at scope 0.5, 100 prisoners at 0.01, a
    // migration halt of 0.5 at 1.0, reservation now 0.1: 1.25 - 1 - 0.5 - 0.1 = -0.35
    const Evaluation ev = now("offer: [{measure: potash-licence, scope: 0.5}]\n"
                              "asks: [{item: prisoners, amount: 100}, "
                              "{item: migration-halt, amount: 0.5}]\n");
    REQUIRE(ev.regime_surplus);
    CHECK(*ev.regime_surplus == doctest::Approx(1.25 - 1 - 0.5 - 0.1));
    CHECK(!ev.acceptable);
    // after Lukashenka the reservation is -0.2: 1.25 - 1 - 0.5 + 0.2 = -0.05, still refused;
    // without the halt, 0.45: accepted
    const Evaluation later = now("timing: after-lukashenka\noffer: [{measure: potash-licence, "
                                 "scope: 0.5}]\nasks: [{item: prisoners, amount: 100}]\n");
    CHECK(*later.regime_surplus == doctest::Approx(1.25 - 1 + 0.2));
    CHECK(later.acceptable);
    // a model without a counterpart refuses nothing and reports no surplus
    const Evaluation small = evaluate(test::scenario("relief: 1\noffer: [{measure: m1}]\n"), 0);
    CHECK(!small.regime_surplus);
    CHECK(small.acceptable);
    CHECK(small.worth == small.net);
  }

  TEST_CASE("Moscow's veto caps an ask's credibility: p_a x moscow_allows")
  {
    // military-limits: moscow_allows beta(2, 8), mean 0.2; at credibility 1 the ask delivers 0.2
    // of its effect: military 7 x 0.5 x 0.2 = 0.7 points
    const Evaluation ev = now("asks: [{item: military-limits, amount: 0.5, credibility: 1}]\n");
    CHECK(ev.criteria[4].score == doctest::Approx(0.7));
  }

  TEST_CASE("a larger ask never raises the regime's surplus, a larger offer of something it values "
            "never lowers it; at every moment, under every belief set")
  {
    const Model& m = *default_model();
    for (const Scenario& preset : test::believed_presets())
      for (std::size_t t = 0; t < k_timings; ++t) {
        Scenario s = preset;
        s.timing = static_cast<Timing>(t);
        for (AskItem& a : s.asks) {
          double previous = HUGE_VAL;
          for (double share : {0.0, 0.25, 0.5, 0.75, 1.0}) {
            a.amount = point(share * m.asks[a.ask].max_amount.mean);
            const double u = *evaluate(s, 0).regime_surplus;
            CHECK_MESSAGE(u <= previous + 1e-12, preset.name << " " << m.asks[a.ask].id);
            previous = u;
          }
        }
        for (OfferItem& o : s.offer) {
          if (s.model->counterpart.value[o.measure].mean < 0)
            continue; // aid to civil society, sanctions: the regime is worse off the more it gets
          double previous = -HUGE_VAL;
          for (double scope : {0.0, 0.25, 0.5, 0.75, 1.0}) {
            o.scope = point(scope);
            const double u = *evaluate(s, 0).regime_surplus;
            CHECK_MESSAGE(u >= previous - 1e-12, preset.name << " " << m.measures[o.measure].id);
            previous = u;
          }
        }
      }
  }
}

TEST_SUITE("counterpart")
{
  TEST_CASE("the counterpart is checked: every measure, ask and moment, each number once")
  {
    auto errors = [](const std::string& counterpart) {
      ModelLoad load = load_model_from_string(test::k_small_model + counterpart, "m.yaml");
      std::string out;
      for (const auto& d : load.diagnostics)
        out += d.message + "\n";
      return out;
    };
    const std::string rest = "  asks: {a1: {cost: 0.02}}\n  timings: {now: {reservation: 0}, "
                             "after-ceasefire: {reservation: 0}, after-war: {reservation: 0}, "
                             "after-lukashenka: {reservation: 0}}\n";
    CHECK(errors("counterpart:\n  rationale: r\n  measures: {m1: {value: 2}, m2: {value: 1}}\n" +
                 rest)
              .empty());
    // out of range: said once, not also as a missing value
    CHECK(errors("counterpart:\n  rationale: r\n  measures: {m1: {value: 20}, m2: {value: 1}}\n" +
                 rest) == "value 20 is out of range: must be [-10, 10]\n");
    CHECK(errors("counterpart:\n  rationale: r\n  measures: {m1: {value: 2}}\n" + rest) ==
          "the counterpart has no value for the measure 'm2'\n");
  }

  TEST_CASE("the Nash point's search: an end exactly where the product is largest there")
  {
    // a zone whose ends the scan's steps do not land on exactly: lo + (hi - lo) * 200 / 200 is
    // 0.9999999999999999 for these (the zone of migration-halt-2025 by credibility, after
    // Lukashenka), and the upper end must be 1 itself for bargain to say "the zone's upper end"
    const double lo = 0.10560386657714842, hi = 1;
    CHECK(argmax(lo, hi, [](double x) { return x; }) == hi);
    CHECK(argmax(lo, hi, [](double x) { return -x; }) == lo);
    // the product of the hand case (tests/cli/data/bargain.yaml) peaks inside, at 0.069 / 0.0026
    const double peak =
        argmax(24.615, 30, [](double x) { return (0.065 * x - 1.5) * (0.6 - 0.02 * x); });
    CHECK(peak == doctest::Approx(0.069 / 0.0026).epsilon(1e-9));
    CHECK(argmax(2, 2, [](double x) { return x; }) == 2);
  }
}
