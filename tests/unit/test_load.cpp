#include <doctest/doctest.h>

#include "fixtures.hpp"

using namespace relief;
using relief::test::diagnostics_of;
using relief::test::scenario;

TEST_SUITE("load")
{
  TEST_CASE("every field of a scenario, with positions")
  {
    Scenario s = scenario(
        "relief: 1\nname: Deal\ndescription: text\ntiming: after-war\n"
        "context: {war: ceasefire, lukashenka_in_power: false, delay_months: 3}\n"
        "credibility: 0.6\n"
        "offer:\n  - measure: m1\n    scope: 0.5\n    reversible: true\n    conditional: false\n"
        "    effects: {rep: 3}\n"
        "asks:\n  - item: a1\n    amount: 40\n    credibility: 0.7\n"
        "weights: {rep: 2}\n");
    CHECK(s.name == "Deal");
    CHECK(s.description == "text");
    CHECK(s.timing == Timing::after_war);
    CHECK(s.war == War::ceasefire);
    CHECK(s.lukashenka_in_power == false);
    CHECK(s.delay_months->mean == 3);
    CHECK(s.credibility->mean == 0.6);
    REQUIRE(s.offer.size() == 1);
    CHECK(s.offer[0].scope.mean == 0.5);
    CHECK(s.offer[0].scope.pos.str() == "input:9:12");
    CHECK(s.offer[0].reversible);
    CHECK(s.offer[0].effects[2]->mean == 3);
    CHECK(s.offer[0].pos.str() == "input:8:14");
    REQUIRE(s.asks.size() == 1);
    CHECK(s.asks[0].amount.mean == 40);
    CHECK(s.asks[0].credibility->pos.str() == "input:16:18");
    CHECK(s.weights[2]->mean == 2);
  }

  TEST_CASE("brackets in comments, quotes, block scalars and plain text are not nesting")
  {
    // the scan that bounds flow nesting before yaml-cpp must never count these as levels
    const std::string many(100, '[');
    Scenario s = scenario("relief: 1\n# " + many + "\nname: '" + many + "'\ndescription: |\n  " +
                          many + "\n    " + many + "\n\n  " + many + "\ntiming: now  # " + many +
                          "\nweights: {rep: 2}  # {{{{\n");
    CHECK(s.name == many);
    CHECK(s.description == many + "\n  " + many + "\n\n" + many);
    Scenario plain = scenario("relief: 1\nname: a" + many + "\ndescription: \"" + many + "\"\n");
    CHECK(plain.name == "a" + many);
  }

  TEST_CASE("a line of only tabs is blank, as YAML says (yaml-cpp 0.7 refuses it)")
  {
    Scenario s = scenario("relief: 1\n\t\nname: \"tab\"\n \t \ntiming: after-war\n");
    CHECK(s.name == "tab");
    CHECK(s.timing == Timing::after_war);
  }

  TEST_CASE("flow nesting past the limit is refused before the parser builds it")
  {
    LoadedFile f = load_scenarios_from_string("relief: 1\nweights: " + std::string(4'000'000, '['),
                                              "input", test::small_model());
    REQUIRE(f.diagnostics.size() == 1);
    CHECK(f.diagnostics[0].pos.str() == "input:2:74");
    CHECK(f.diagnostics[0].message == "nesting too deep: more than 64 levels");
  }

  TEST_CASE("several documents per file; unnamed ones are named after the file")
  {
    LoadedFile f = load_scenarios_from_string("relief: 1\nname: A\n---\nrelief: 1\n",
                                              "dir/deals.yaml", test::small_model());
    REQUIRE(f.scenarios.size() == 2);
    CHECK(f.scenarios[0].name == "A");
    CHECK(f.scenarios[1].name == "deals#2");
    CHECK(f.scenarios[1].document == 2);
    CHECK(f.scenarios[1].pos.line == 4);
  }

  TEST_CASE("distributions of SPEC 2.3 and their means")
  {
    auto mean_of = [](const std::string& v) {
      return scenario("relief: 1\ncredibility: " + v + "\n").credibility->mean;
    };
    CHECK(mean_of("{uniform: [0.2, 0.6]}") == doctest::Approx(0.4));
    CHECK(mean_of("{triangular: [0.1, 0.2, 0.6]}") == doctest::Approx(0.3));
    CHECK(mean_of("{normal: [0.5, 0.1]}") == doctest::Approx(0.5));
    CHECK(mean_of("{beta: [2, 6]}") == doctest::Approx(0.25));
    CHECK(mean_of("{lognormal: [-1, 0.5]}") == doctest::Approx(0.4168620197)); // exp(-1 + 0.125)
    // range [0.2, 0.8]: lognormal with mu = ln(0.4), sigma = ln(4) / (2 * 1.6448536): mean 0.4 *
    // exp(sigma^2 / 2)
    CHECK(mean_of("{range: [0.2, 0.8]}") == doctest::Approx(0.4371406640));
    CHECK(mean_of("{range: [-0.2, 0.8]}") ==
          doctest::Approx(0.3)); // normal when an end is not positive
  }

  TEST_CASE("diagnostics: exact text")
  {
    SUBCASE("unknown key with a suggestion")
    {
      CHECK(diagnostics_of("relief: 1\ncredibilty: 0.5\n") ==
            "input:2:1: error: unknown key 'credibilty' in the scenario (did you mean "
            "'credibility'?)\n"
            "credibilty: 0.5\n^\n");
    }
    SUBCASE("duplicate key")
    {
      CHECK(diagnostics_of("relief: 1\nname: a\nname: b\n") ==
            "input:3:1: error: duplicate key 'name' in the scenario\nname: b\n^\n");
    }
    SUBCASE("unknown measure")
    {
      CHECK(diagnostics_of("relief: 1\noffer: [{measure: m3}]\n") ==
            "input:2:19: error: unknown measure 'm3' (did you mean 'm1'?)\noffer: [{measure: m3}]\n"
            "                  ^\n");
    }
    SUBCASE("out of range, with the range")
    {
      CHECK(diagnostics_of("relief: 1\ncredibility: 1.2\n") ==
            "input:2:14: error: credibility 1.2 is out of range: must be [0, 1]\ncredibility: 1.2\n"
            "             ^\n");
    }
    SUBCASE("NaN and infinity")
    {
      CHECK(
          diagnostics_of("relief: 1\ncredibility: .nan\n") ==
          "input:2:14: error: credibility must be a finite number, got '.nan'\ncredibility: .nan\n"
          "             ^\n");
      CHECK(diagnostics_of("relief: 1\ncontext: {delay_months: -.inf}\n").find("got '-.inf'") !=
            std::string::npos);
    }
    SUBCASE("wrong type")
    {
      CHECK(diagnostics_of("relief: 1\noffer: {measure: m1}\n") ==
            "input:2:8: error: offer must be a list, got a map\noffer: {measure: m1}\n       ^\n");
    }
    SUBCASE("overflow")
    {
      CHECK(diagnostics_of("relief: 1\nasks: [{item: a1, amount: 1e999}]\n") ==
            "input:2:27: error: amount '1e999' is too large to represent\n"
            "asks: [{item: a1, amount: 1e999}]\n                          ^\n");
    }
    SUBCASE("the same measure twice")
    {
      CHECK(diagnostics_of("relief: 1\noffer:\n  - measure: m1\n  - measure: m1\n") ==
            "input:4:14: error: measure 'm1' is offered twice\n  - measure: m1\n             ^\n");
    }
    SUBCASE("amount above max_amount is a warning and the scenario still loads")
    {
      LoadedFile f = load_scenarios_from_string("relief: 1\nasks: [{item: a1, amount: 150}]\n",
                                                "input", test::small_model());
      CHECK(f.scenarios.size() == 1);
      REQUIRE(f.diagnostics.size() == 1);
      CHECK(render_diagnostic(f.diagnostics[0]) ==
            "input:2:27: warning: amount 150 is above the maximum of 100 people for 'a1': clamped "
            "to 100\n"
            "asks: [{item: a1, amount: 150}]\n                          ^\n");
    }
    SUBCASE("missing and unsupported version")
    {
      CHECK(diagnostics_of("name: x\n") == "input:1:1: error: missing format version: a scenario "
                                           "starts with 'relief: 1'\nname: x\n^\n");
      CHECK(diagnostics_of("relief: 2\n") == "input:1:9: error: unsupported format version '2': "
                                             "this relief reads version 1\nrelief: 2\n"
                                             "        ^\n");
    }
    SUBCASE("empty file")
    {
      CHECK(diagnostics_of("# only a comment\n") ==
            "input:1:1: error: file is empty: expected a scenario starting with 'relief: 1'\n# "
            "only a comment\n^\n");
    }
    SUBCASE("all problems of a file, in order")
    {
      CHECK(diagnostics_of("relief: 1\ntiming: soon\ncredibility: x\n") ==
            "input:2:9: error: unknown timing 'soon' (expected one of: now, after-ceasefire, "
            "after-war, after-lukashenka)\n"
            "timing: soon\n        ^\n"
            "input:3:14: error: credibility must be a number, got 'x'\ncredibility: x\n            "
            " ^\n");
    }
    SUBCASE("unknown assumption path")
    {
      CHECK(diagnostics_of("relief: 1\nassumptions: {half_life_month: 3}\n") ==
            "input:2:15: error: unknown model path 'half_life_month' (did you mean "
            "'half_life_months'?)\n"
            "assumptions: {half_life_month: 3}\n              ^\n");
    }
    SUBCASE("weights that sum to zero")
    {
      CHECK(diagnostics_of("relief: 1\nweights: {sov: 0, pri: 0, rep: 0}\n") ==
            "input:2:1: error: weights sum to 0 under perspective 'balanced': nothing to weigh\n"
            "weights: {sov: 0, pri: 0, rep: 0}\n^\n");
    }
  }
}
