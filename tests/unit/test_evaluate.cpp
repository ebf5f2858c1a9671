#include <doctest/doctest.h>

#include "evaluate.hpp"
#include "fixtures.hpp"

using namespace relief;
using relief::test::scenario;

namespace {
Evaluation eval_of(const std::string& text, std::size_t perspective = 0)
{
  return evaluate(scenario(text), perspective);
}
const std::string head = "relief: 1\n";
} // namespace

TEST_SUITE("evaluate")
{
  TEST_CASE("discounting: e^(-rt) with r = ln(1 + rate) / 12, and the discounted flow")
  {
    CHECK(discount(0, 0.25) == 1);
    CHECK(discount(12, 0) == 1);
    CHECK(discount(12, 0.25) == doctest::Approx(0.8).epsilon(1e-15)); // a year at 25%
    CHECK(discount(24, 0.25) == doctest::Approx(0.64).epsilon(1e-15));
    CHECK(flow(0, 120, 0.1) == 1);
    CHECK(flow(120, 120, 0.1) == 0);
    CHECK(flow(30, 120, 0) == 0.75); // rate 0: 1 - t/H
    // (1.1^-5 - 1.1^-10) / (1 - 1.1^-10), worked out by hand: 0.235378 / 0.614457
    CHECK(flow(60, 120, 0.1) == doctest::Approx(0.38306691029722145).epsilon(1e-13));
    CHECK(flow(60, 120, 1e-12) == doctest::Approx(0.5).epsilon(1e-9)); // small rates tend to 1-t/H
  }

  TEST_CASE("a discount rate weighs every criterion's score at the delay, once ones included")
  {
    // delay 12 at 25% a year: e^(-rt) = 0.8. sov (decays): 0.5*4 = 2, times D(12) = 0.5 and 0.8:
    // 0.8; rep (once): 0.5*2 = 1, times 0.8. benefits = 0.5*0.8 = 0.4; costs = 0.25*0.8*3 = 0.6.
    Evaluation ev = eval_of(head + "assumptions: {discount_rate: 0.25}\n"
                                   "context: {delay_months: 12}\n"
                                   "offer: [{measure: m1, scope: 0.5}]\n");
    CHECK(ev.criteria[0].time == doctest::Approx(0.4));
    CHECK(ev.criteria[0].score == doctest::Approx(0.8));
    CHECK(ev.criteria[2].time == doctest::Approx(0.8));
    CHECK(ev.criteria[2].score == doctest::Approx(0.8));
    CHECK(ev.benefits == doctest::Approx(0.4));
    CHECK(ev.costs == doctest::Approx(0.6));
    CHECK(ev.net == doctest::Approx(-0.2));
  }

  TEST_CASE("decay halves every half-life")
  {
    CHECK(decay(0, 12) == 1.0);
    CHECK(decay(12, 12) == doctest::Approx(0.5).epsilon(1e-15));
    CHECK(decay(24, 12) == doctest::Approx(0.25).epsilon(1e-15));
    CHECK(decay(6, 12) == doctest::Approx(0.7071067811865476).epsilon(1e-15));
  }

  TEST_CASE("a plain offer: scope times effect, cost multiplier from the context")
  {
    // sov = 0.5*4 = 2; rep = 0.5*2 = 1 with K = 1.5 (war ongoing) * 2 (in power) = 3.
    // Weights 2:1:1 -> 0.5, 0.25, 0.25. benefits = 0.5*2 = 1; costs = 0.25*1*3 = 0.75.
    Evaluation ev = eval_of(head + "offer: [{measure: m1, scope: 0.5}]\n");
    CHECK(ev.criteria[0].score == doctest::Approx(2));
    CHECK(ev.criteria[2].score == doctest::Approx(1));
    CHECK(ev.criteria[2].multiplier == doctest::Approx(3));
    CHECK(ev.criteria[0].weight == doctest::Approx(0.5));
    CHECK(ev.criteria[1].weight == doctest::Approx(0.25));
    CHECK(ev.weight_sum == doctest::Approx(4));
    CHECK(ev.benefits == doctest::Approx(1.0));
    CHECK(ev.costs == doctest::Approx(0.75));
    CHECK(ev.net == doctest::Approx(0.25));
    REQUIRE(ev.ratio);
    CHECK(*ev.ratio == doctest::Approx(4.0 / 3.0));
    CHECK(ev.verdict == Verdict::benefits_outweigh);
  }

  TEST_CASE("a conditional offer: benefits times p_deal and D(verification), costs times p_deal")
  {
    // sov = 0.5*4*0.8*0.5^(6/12) = 1.1313708; rep = 0.5*2*0.8 = 0.8.
    // benefits = 0.5*1.1313708 = 0.5656854; costs = 0.25*0.8*3 = 0.6; net = -0.0343146: balanced.
    Evaluation ev =
        eval_of(head + "credibility: 0.8\noffer: [{measure: m1, scope: 0.5, conditional: true}]\n");
    CHECK(ev.criteria[0].score == doctest::Approx(1.131370849898476));
    CHECK(ev.criteria[2].score == doctest::Approx(0.8));
    CHECK(ev.benefits == doctest::Approx(0.565685424949238));
    CHECK(ev.costs == doctest::Approx(0.6));
    CHECK(ev.net == doctest::Approx(-0.034314575050762));
    CHECK(ev.verdict == Verdict::balanced);
  }

  TEST_CASE("a reversible offer: benefits and costs times p + (1-p)(1-snapback_recovery)")
  {
    // g = 0.8 + 0.2*0.5 = 0.9 on both sides (SPEC 3 step 4: snapback takes the benefits with the
    // costs): sov = 0.5*4*0.9 = 1.8, benefits = 0.5*1.8 = 0.9; rep = 0.5*2*0.9 = 0.9,
    // costs = 0.25*0.9*3 = 0.675; net = 0.225.
    Evaluation ev =
        eval_of(head + "credibility: 0.8\noffer: [{measure: m1, scope: 0.5, reversible: true}]\n");
    CHECK(ev.criteria[0].score == doctest::Approx(1.8));
    CHECK(ev.benefits == doctest::Approx(0.9));
    CHECK(ev.criteria[2].score == doctest::Approx(0.9));
    CHECK(ev.costs == doctest::Approx(0.675));
    CHECK(ev.net == doctest::Approx(0.225));
    // Conditional wins over reversible: g = p = 0.8; rep = 0.8; costs = 0.25*0.8*3 = 0.6.
    Evaluation both = eval_of(head + "credibility: 0.8\noffer: [{measure: m1, scope: 0.5, "
                                     "reversible: true, conditional: true}]\n");
    CHECK(both.criteria[2].score == doctest::Approx(0.8));
    CHECK(both.costs == doctest::Approx(0.6));
  }

  TEST_CASE("an ask: p_a * amount * effect per unit, with the ask's own credibility first")
  {
    // pri = 0.6*50*0.1 = 3; rep = 1 - 0.6*50*0.01 = 0.7.
    // benefits = 0.5*2 + 0.25*3 = 1.75; costs = 0.25*0.7*3 = 0.525; net = 1.225.
    Evaluation ev = eval_of(head + "credibility: 0.8\noffer: [{measure: m1, scope: 0.5}]\n"
                                   "asks: [{item: a1, amount: 50, credibility: 0.6}]\n");
    CHECK(ev.criteria[1].score == doctest::Approx(3));
    CHECK(ev.criteria[2].score == doctest::Approx(0.7));
    CHECK(ev.net == doctest::Approx(1.225));
    SUBCASE("the scenario's credibility when the ask has none")
    {
      Evaluation e2 = eval_of(head + "credibility: 0.8\nasks: [{item: a1, amount: 50}]\n");
      CHECK(e2.criteria[1].score == doctest::Approx(4)); // 0.8*50*0.1
    }
    SUBCASE("the model's default credibility when the scenario has none")
    {
      Evaluation e3 = eval_of(head + "asks: [{item: a1, amount: 50}]\n");
      CHECK(e3.p_deal == doctest::Approx(0.5));
      CHECK(e3.criteria[1].score == doctest::Approx(2.5)); // 0.5*50*0.1
    }
  }

  TEST_CASE("an amount above max_amount counts as max_amount")
  {
    Evaluation ev = eval_of(head + "asks: [{item: a1, amount: 150, credibility: 0.6}]\n");
    CHECK(ev.criteria[1].score == doctest::Approx(6)); // 0.6*100*0.1
  }

  TEST_CASE("timings set war, ruler and delay; decay applies to positive decaying scores")
  {
    // after-war: D(12) = 0.5 so sov = 1; K = 1 (ended, no multiplier) * 2 = 2.
    // benefits = 0.5; costs = 0.25*1*2 = 0.5; net 0.
    Evaluation aw = eval_of(head + "timing: after-war\noffer: [{measure: m1, scope: 0.5}]\n");
    CHECK(aw.context.war == War::ended);
    CHECK(aw.context.delay_months == 12);
    CHECK(aw.criteria[0].score == doctest::Approx(1));
    CHECK(aw.criteria[2].multiplier == doctest::Approx(2));
    CHECK(aw.net == doctest::Approx(0).epsilon(1e-12));
    CHECK(aw.verdict == Verdict::balanced);
    // after-lukashenka: D(24) = 0.25 so sov = 0.5; K = 0.5; benefits 0.25, costs 0.125.
    Evaluation al =
        eval_of(head + "timing: after-lukashenka\noffer: [{measure: m1, scope: 0.5}]\n");
    CHECK(al.criteria[0].score == doctest::Approx(0.5));
    CHECK(al.costs == doctest::Approx(0.125));
    CHECK(al.net == doctest::Approx(0.125));
    SUBCASE("context overrides the timing")
    {
      Evaluation ev =
          eval_of(head + "timing: after-war\ncontext: {war: ceasefire, delay_months: 0}\n"
                         "offer: [{measure: m1, scope: 0.5}]\n");
      CHECK(ev.context.war == War::ceasefire);
      CHECK(ev.criteria[0].score == doctest::Approx(2));
      CHECK(ev.criteria[2].multiplier == doctest::Approx(2.4)); // 1.2 * 2
    }
  }

  TEST_CASE("a negative cost score is multiplied too, a negative decaying benefit does not decay")
  {
    // SPEC 3 step 8: K_c = 1.5 * 2 = 3 applies to rep's -1 as to a positive score, so the cost
    // avoided weighs 0.25 * -1 * 3 = -0.75
    Evaluation ev =
        eval_of(head + "context: {delay_months: 12}\n"
                       "offer: [{measure: m1, scope: 0.5, effects: {sov: -4, rep: -2}}]\n");
    CHECK(ev.criteria[0].score == doctest::Approx(-2));
    CHECK(ev.criteria[2].score == doctest::Approx(-1));
    CHECK(ev.criteria[2].multiplier == doctest::Approx(3));
    CHECK(ev.criteria[2].multiplied);
    CHECK(ev.criteria[2].weighted == doctest::Approx(-0.75));
    CHECK(ev.costs == doctest::Approx(-0.75));
    CHECK_FALSE(ev.ratio);
  }

  TEST_CASE("scores are clamped to [-10, 10]")
  {
    Evaluation ev =
        eval_of(head + "asks: [{item: a1, amount: 100, credibility: 1, effects: {pri: 0.2}}]\n");
    CHECK(ev.criteria[1].raw == doctest::Approx(20));
    CHECK(ev.criteria[1].score == 10);
    CHECK(ev.criteria[1].clamped);
    CHECK_FALSE(ev.criteria[0].clamped);
  }

  TEST_CASE("weights: the perspective's, overridden by the scenario's, normalised to sum 1")
  {
    Evaluation ev = eval_of(head + "weights: {rep: 2}\noffer: [{measure: m1, scope: 0.5}]\n");
    CHECK(ev.weight_sum == doctest::Approx(5));
    CHECK(ev.criteria[0].weight == doctest::Approx(0.4));
    CHECK(ev.criteria[1].weight == doctest::Approx(0.2));
    CHECK(ev.criteria[2].weight == doctest::Approx(0.4));
    Evaluation other = eval_of(head + "offer: [{measure: m1, scope: 0.5}]\n", 1);
    CHECK(other.criteria[2].weight == doctest::Approx(0.5)); // 1:1:2
  }

  TEST_CASE("verdict thresholds are the margin, exclusive")
  {
    // net = 0.25 * (2*a) ... use a measure on pri only: pri = s, benefits = 0.25*s.
    CHECK(eval_of(head + "offer: [{measure: m2, scope: 0.4}]\n").verdict ==
          Verdict::balanced); // 0.1
    CHECK(eval_of(head + "offer: [{measure: m2, scope: 0.44}]\n").verdict ==
          Verdict::benefits_outweigh); // 0.11
    CHECK(eval_of(head + "offer: [{measure: m2, scope: 0.44, effects: {pri: -1}}]\n").verdict ==
          Verdict::costs_outweigh);
  }

  TEST_CASE("assumptions override the model for this scenario only")
  {
    Evaluation ev =
        eval_of(head + "assumptions: {measures.m1.effects.sov: 2, half_life_months: 6}\n"
                       "context: {delay_months: 6}\noffer: [{measure: m1, scope: 0.5}]\n");
    CHECK(ev.criteria[0].score == doctest::Approx(0.5)); // 0.5*2*0.5
    CHECK(test::small_model()->measures[0].effects[0].mean == 4);
  }

  TEST_CASE("distributions evaluate at their mean")
  {
    Evaluation ev = eval_of(head + "offer: [{measure: m1, scope: {uniform: [0.25, 0.75]}}]\n");
    CHECK(ev.criteria[0].score == doctest::Approx(2));
  }
}
