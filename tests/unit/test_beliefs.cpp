// Offsets (SPEC 3 step 5), value functions (step 6) and belief sets (SPEC 2.2), worked by hand on
// the small model with what each adds.
#include <cmath>
#include <doctest/doctest.h>

#include "analysis/explain.hpp"
#include "evaluate.hpp"
#include "fixtures.hpp"

using namespace relief;

namespace {

// The small model with a share ask a2 that cancels a1's offset of 0.5, sov concave with k = 1,
// and one belief set.
const std::string k_extra =
    R"(  a2: {unit: share of arrests stopped, max_amount: 1, effects: {pri: 1}}
offsets:
  - {ask: a1, share: 0.5, cancelled_by: a2, rationale: refilled}
beliefs:
  sceptic:
    label: Sceptic
    rationale: relief buys less, releases are refilled more
    assumptions: {measures.m1.effects.sov: 2, offsets.a1.share: 0.9, model.margin: 0.2}
)";

std::shared_ptr<const Model> extended(bool concave = true)
{
  std::string text = test::k_small_model;
  const std::string asks =
      "  a1: {unit: people, max_amount: 100, effects: {pri: 0.1, rep: -0.01}}\n";
  text.replace(text.find(asks), asks.size(), asks + k_extra.substr(0, k_extra.find("offsets:")));
  if (concave)
    text.replace(text.find("rationale: sovereignty}"), 23,
                 "rationale: sovereignty, value: {concave: 1}}");
  text += k_extra.substr(k_extra.find("offsets:"));
  ModelLoad load = load_model_from_string(text, "extended.yaml");
  for (const auto& d : load.diagnostics)
    FAIL_CHECK(render_diagnostic(d));
  REQUIRE(load.model);
  return load.model;
}

std::string model_errors(const std::string& tail)
{
  ModelLoad load = load_model_from_string(test::k_small_model + tail, "m.yaml");
  std::string out;
  for (const auto& d : load.diagnostics)
    out += render_diagnostic(d);
  return out;
}

} // namespace

TEST_SUITE("beliefs and semantics")
{
  TEST_CASE("the hostage bank: a release is worth 1 - o (1 - p_b x_b) of itself")
  {
    auto m = extended(false);
    // weights 2:1:1 -> pri weight 0.25. 50 released at credibility 1: 50 x 0.1 = 5 points, of
    // which half are refilled when arrests go on: 2.5
    Scenario alone =
        test::scenario("relief: 1\nasks: [{item: a1, amount: 50, credibility: 1}]\n", m);
    CHECK(evaluate(alone, 0).criteria[1].score == doctest::Approx(2.5));
    // a halt of 0.6 at credibility 0.5 is expected to stop 0.3 of arrests: 1 - 0.5 x 0.7 = 0.65
    // of the release kept (3.25), plus the halt's own 0.5 x 0.6 x 1 = 0.3 points
    Scenario halted = test::scenario("relief: 1\nasks: [{item: a1, amount: 50, credibility: 1}, "
                                     "{item: a2, amount: 0.6, credibility: 0.5}]\n",
                                     m);
    CHECK(evaluate(halted, 0).criteria[1].score == doctest::Approx(3.25 + 0.3));
    // the offset applies to every criterion of the ask: rep -0.01 x 50 x 0.65
    CHECK(evaluate(halted, 0).criteria[2].score == doctest::Approx(-0.5 * 0.65));
    // in any order: the cancelling ask listed first reads the same
    Scenario first = test::scenario("relief: 1\nasks: [{item: a2, amount: 0.6, credibility: 0.5}, "
                                    "{item: a1, amount: 50, credibility: 1}]\n",
                                    m);
    CHECK(evaluate(first, 0).net == evaluate(halted, 0).net);
    // explain says where the share kept comes from
    const Explanation e = explain(halted, 0);
    bool said = false;
    for (const ExplainRow& r : e.rows)
      if (r.item == "a1" && r.criterion == 1) {
        CHECK(r.share == doctest::Approx(0.65));
        CHECK(r.share_source == "offset extended.yaml:33:22, unless a2 input:2:67");
        said = true;
      }
    CHECK(said);
  }

  TEST_CASE("a concave value function: v(x) = 10 (1 - e^(-kx/10)) / (1 - e^(-k)), odd")
  {
    // worked by hand: k = 1, x = 5: 10 (1 - e^-0.5) / (1 - e^-1) = 3.934693 / 0.632121
    CHECK(concave_value(5, 1) == doctest::Approx(6.224593312018546).epsilon(1e-14));
    CHECK(concave_value(-5, 1) == doctest::Approx(-6.224593312018546).epsilon(1e-14));
    // it keeps 0 and +-10, and the order of scores; each further point is worth less
    for (double k : {0.01, 0.5, 1.0, 3.0, 50.0}) {
      CHECK(concave_value(0, k) == 0);
      CHECK(concave_value(10, k) == doctest::Approx(10).epsilon(1e-12));
      CHECK(concave_value(-10, k) == doctest::Approx(-10).epsilon(1e-12));
      if (k > 3)
        continue; // saturated to the last bit well before 10
      double previous = -HUGE_VAL, step = HUGE_VAL;
      for (double x = 0; x <= 10; x += 0.5) {
        const double v = concave_value(x, k);
        CHECK(v > previous);
        CHECK(v >= x); // never below the linear score where it is positive
        if (x > 0) {
          CHECK(v - previous <= step + 1e-12);
          step = v - previous;
        }
        previous = v;
      }
    }
    // in an evaluation: sov raw 0.5 x 4 = 2 becomes 10 (1 - e^-0.2) / (1 - e^-1) = 2.867896;
    // explain adds the difference as a row of its own, so the rows still sum to the score
    auto m = extended(true);
    Scenario s = test::scenario("relief: 1\noffer: [{measure: m1, scope: 0.5}]\n", m);
    const Evaluation ev = evaluate(s, 0);
    const double v = 10 * (1 - std::exp(-0.2)) / (1 - std::exp(-1.0));
    CHECK(ev.criteria[0].linear == 2);
    CHECK(ev.criteria[0].score == doctest::Approx(v).epsilon(1e-14));
    const Explanation e = explain(s, 0);
    double sum = 0;
    bool adjusted = false;
    for (const ExplainRow& r : e.rows)
      if (r.criterion == 0) {
        sum += r.value;
        if (r.item_kind == "value") {
          adjusted = true;
          CHECK(r.value == doctest::Approx(0.5 * (v - 2)));
          CHECK(r.effect_source == "concave 1 extended.yaml:3:84");
        }
      }
    CHECK(adjusted);
    CHECK(sum == doctest::Approx(ev.criteria[0].weighted));
  }

  TEST_CASE("a belief set sets model numbers; a scenario's assumptions still win")
  {
    auto m = extended(false);
    REQUIRE(m->belief_ids() == std::vector<std::string>{"central", "sceptic"});
    auto sceptic = with_belief(m, 0);
    CHECK(sceptic->belief == "sceptic");
    CHECK(m->belief == "central");
    CHECK(sceptic->measures[0].effects[0].mean == 2);
    CHECK(sceptic->offsets[0].share.mean == 0.9);
    CHECK(sceptic->margin.mean == 0.2);
    CHECK(with_belief(m, std::string::npos) == m); // central: the model itself
    const std::string text = "relief: 1\noffer: [{measure: m1, scope: 0.5}]\n";
    // sov 0.5 x 2 = 1 (decays, delay 0), rep 0.5 x 2 = 1 x K 3: benefits 0.5, costs 0.75
    CHECK(evaluate(test::scenario(text, sceptic), 0).net == doctest::Approx(0.5 - 0.75));
    Scenario own = test::scenario(text + "assumptions: {measures.m1.effects.sov: 4}\n", sceptic);
    CHECK(evaluate(own, 0).net == doctest::Approx(1 - 0.75));
  }

  TEST_CASE("belief sets are checked like assumptions; central and all are reserved")
  {
    CHECK(model_errors("beliefs:\n  x:\n    rationale: r\n    assumptions: {half_life: 3}\n") ==
          "m.yaml:34:19: error: unknown model path 'half_life' (did you mean "
          "'half_life_months'?)\n    assumptions: {half_life: 3}\n                  ^\n");
    CHECK(model_errors("beliefs:\n  central: {rationale: r}\n") ==
          "m.yaml:32:3: error: 'central' cannot name a belief set: central is the model as "
          "written\n  central: {rationale: r}\n  ^\n");
    CHECK(model_errors("beliefs:\n  x: {label: X}\n") ==
          "m.yaml:32:3: error: belief set 'x' has no rationale\n  x: {label: X}\n  ^\n");
    CHECK(model_errors("beliefs:\n  x:\n    rationale: r\n    assumptions: {margin: -1}\n") ==
          "m.yaml:34:27: error: assumption 'margin' -1 is out of range: must be [0, 10]\n"
          "    assumptions: {margin: -1}\n                          ^\n");
  }

  TEST_CASE("offsets are checked: a share cancels them, one per ask, not their own")
  {
    CHECK(
        model_errors("offsets:\n  - {ask: a1, share: 0.5, cancelled_by: a1}\n") ==
        "m.yaml:32:41: error: an offset is cancelled by a share (the expected share of the ask "
        "delivered), and 'a1' counts people\n"
        "  - {ask: a1, share: 0.5, cancelled_by: a1}\n                                        ^\n");
    // a share out of range is said once, not also as a missing key
    CHECK(model_errors("offsets:\n  - {ask: a1, share: 2, cancelled_by: a1}\n") ==
          "m.yaml:32:22: error: offset share 2 is out of range: must be [0, 1]\n"
          "  - {ask: a1, share: 2, cancelled_by: a1}\n                     ^\n"
          "m.yaml:32:39: error: an offset is cancelled by a share (the expected share of the ask "
          "delivered), and 'a1' counts people\n"
          "  - {ask: a1, share: 2, cancelled_by: a1}\n                                      ^\n");
    CHECK(model_errors("offsets:\n  - {ask: a1, share: 0.5}\n") ==
          "m.yaml:32:5: error: an offset needs ask, share and cancelled_by\n"
          "  - {ask: a1, share: 0.5}\n    ^\n");
  }

  TEST_CASE("the measure aviation was split: an error names its successors everywhere")
  {
    const std::string said =
        "the measure 'aviation' was split in two: 'aircraft-parts' (Belavia may buy and service "
        "aircraft and parts: a high circumvention risk) and 'airspace' (the 2021 ban on "
        "Belarusian carriers lifted: people-to-people links); offer either or both";
    LoadedFile f =
        load_scenarios_from_string("relief: 1\noffer: [{measure: aviation}]\n"
                                   "assumptions: {measures.aviation.effects.loopholes: 1}\n",
                                   "input", default_model());
    REQUIRE(f.diagnostics.size() == 2);
    CHECK(f.diagnostics[0].message == said);
    CHECK(f.diagnostics[0].pos.line == 2);
    CHECK(f.diagnostics[1].message == said);
    CHECK(f.diagnostics[1].pos.line == 3);
    CHECK(model_errors("").empty());
    std::string text = test::k_small_model;
    text.replace(text.find("  m2:"), 5, "  aviation:");
    ModelLoad load = load_model_from_string(text, "m.yaml");
    REQUIRE(!load.diagnostics.empty());
    CHECK(load.diagnostics[0].message == said);
  }
}

TEST_SUITE("beliefs and semantics")
{
  TEST_CASE("two offsets read their own cancelling asks, whatever order the scenario lists them")
  {
    // a1 is half undone unless a2; a3 is undone by 0.4 unless a4; asked in two orders
    std::string text = test::k_small_model;
    const std::string asks =
        "  a1: {unit: people, max_amount: 100, effects: {pri: 0.1, rep: -0.01}}\n";
    text.replace(text.find(asks), asks.size(),
                 asks + "  a2: {unit: share stopped, max_amount: 1, effects: {pri: 1}}\n"
                        "  a3: {unit: share given, max_amount: 1, effects: {pri: 2}}\n"
                        "  a4: {unit: share kept, max_amount: 1, effects: {rep: -1}}\n");
    text += "offsets:\n  - {ask: a1, share: 0.5, cancelled_by: a2}\n"
            "  - {ask: a3, share: 0.4, cancelled_by: a4}\n";
    ModelLoad load = load_model_from_string(text, "two.yaml");
    REQUIRE(load.model);
    const std::string head = "relief: 1\ncredibility: 1\n";
    Scenario one = test::scenario(head + "asks: [{item: a3, amount: 1}, {item: a1, amount: 50}, "
                                         "{item: a2, amount: 0.2}, {item: a4, amount: 0.5}]\n",
                                  load.model);
    Scenario two = test::scenario(head + "asks: [{item: a1, amount: 50}, {item: a4, amount: 0.5}, "
                                         "{item: a3, amount: 1}, {item: a2, amount: 0.2}]\n",
                                  load.model);
    // pri: a1 50 x 0.1 x (1 - 0.5 x 0.8) = 3, a2 0.2, a3 2 x (1 - 0.4 x 0.5) = 1.6
    CHECK(evaluate(one, 0).criteria[1].score == doctest::Approx(3 + 0.2 + 1.6));
    CHECK(evaluate(two, 0).criteria[1].score == doctest::Approx(3 + 0.2 + 1.6));
    CHECK(evaluate(one, 0).net == doctest::Approx(evaluate(two, 0).net).epsilon(1e-15));
  }
}
