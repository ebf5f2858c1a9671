#include <doctest/doctest.h>

#include "evaluate.hpp"
#include "load.hpp"

using namespace relief;

namespace {
Scenario only(const std::string& path)
{
  LoadedFile f = load_scenario_file(RELIEF_SOURCE_DIR "/tests/extends/" + path, default_model(),
                                    RELIEF_SOURCE_DIR "/tests/extends");
  for (const auto& d : f.diagnostics)
    FAIL_CHECK(render_diagnostic(d));
  REQUIRE(f.scenarios.size() == 1);
  return f.scenarios[0];
}

void check_same(const Evaluation& a, const Evaluation& b)
{
  REQUIRE(a.criteria.size() == b.criteria.size());
  for (std::size_t c = 0; c < a.criteria.size(); ++c)
    CHECK(a.criteria[c].score == b.criteria[c].score);
  CHECK(a.net == b.net);
  CHECK(a.context.delay_months == b.context.delay_months);
}
} // namespace

TEST_SUITE("compose")
{
  TEST_CASE("extends: maps merge key by key, items merge by id, remove drops one")
  {
    Scenario child = only("sub/child.yaml");
    Scenario flat = only("flat-child.yaml");
    CHECK(child.name == "Child");
    REQUIRE(child.offer.size() == 2);
    CHECK(default_model()->measures[child.offer[0].measure].id == "potash-transit");
    CHECK(child.offer[0].scope.mean == 0.8);
    CHECK(child.offer[0].effects[8]->mean == 2); // inherited override on loopholes
    CHECK(default_model()->measures[child.offer[1].measure].id == "banking");
    CHECK(child.credibility->mean == 0.6); // inherited
    CHECK(child.delay_months->mean == 12); // the child's
    CHECK(child.war == War::ongoing);      // inherited from the same map
    check_same(evaluate(child, 0), evaluate(flat, 0));
  }

  TEST_CASE("positions point into the file where each value is written")
  {
    Scenario child = only("sub/child.yaml");
    CHECK(child.offer[0].scope.pos.str().ends_with("tests/extends/sub/child.yaml:7:12"));
    CHECK(child.offer[0].effects[8]->pos.str().ends_with("tests/extends/base.yaml:9:26"));
    CHECK(child.credibility->pos.str().ends_with("tests/extends/base.yaml:3:14"));
  }

  TEST_CASE("weights and assumptions merge; an ask keeps its inherited amount")
  {
    Scenario s = only("merge-maps.yaml");
    REQUIRE(s.asks.size() == 1);
    CHECK(s.asks[0].amount.mean == 300);
    CHECK(s.asks[0].credibility->mean == 0.9);
    CHECK(s.weights[*default_model()->criterion_index("reputation")]->mean == 0.2);
    CHECK(s.model->half_life_months.mean == 24);
  }

  TEST_CASE("YAML merge keys and anchors")
  {
    LoadedFile f = load_scenarios_from_string("relief: 1\n"
                                              "x-half: &h {scope: 0.5, reversible: true}\n"
                                              "offer: [{<<: *h, measure: banking}]\n",
                                              "input", default_model());
    CHECK(f.diagnostics.empty()); // keys that start with x- are ignored: they hold anchors
    REQUIRE(f.scenarios.size() == 1);
    CHECK(f.scenarios[0].offer[0].scope.mean == 0.5);
    LoadedFile g =
        load_scenarios_from_string("relief: 1\n"
                                   "offer:\n"
                                   "  - &half {measure: banking, scope: 0.5, reversible: true}\n"
                                   "  - <<: *half\n"
                                   "    measure: airspace\n"
                                   "  - <<: [{scope: 0.25}, *half]\n"
                                   "    measure: potash-transit\n",
                                   "input", default_model());
    for (const auto& d : g.diagnostics)
      FAIL_CHECK(render_diagnostic(d));
    REQUIRE(g.scenarios.size() == 1);
    const auto& offer = g.scenarios[0].offer;
    REQUIRE(offer.size() == 3);
    CHECK(offer[1].scope.mean == 0.5);
    CHECK(offer[1].reversible);
    CHECK(offer[2].scope.mean == 0.25); // the first map of the list wins
    CHECK(offer[2].reversible);
  }
}
