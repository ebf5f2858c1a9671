#include <doctest/doctest.h>

#include <algorithm>

#include "fixtures.hpp"
#include "render/model_render.hpp"

using namespace relief;

namespace {
std::string model_diagnostics(const std::string& text)
{
  ModelLoad load = load_model_from_string(text, "m.yaml");
  std::string out;
  for (const auto& d : load.diagnostics)
    out += render_diagnostic(d);
  return out;
}
std::string small_with(const std::string& from, const std::string& to)
{
  std::string text = test::k_small_model;
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}
} // namespace

TEST_SUITE("model")
{
  TEST_CASE("the small model loads with defaults for what it leaves out")
  {
    auto m = test::small_model();
    CHECK(m->criteria.size() == 3);
    CHECK(m->criteria[0].over_time == OverTime::decays);
    CHECK(m->criteria[1].over_time == OverTime::once); // not given
    CHECK(m->horizon_months.mean == 120);              // not given
    CHECK(m->timings[3].arrives.mean == 1);            // not given
    CHECK(m->war_multipliers[2][2].mean == 1);         // war ended: not given, so 1
    CHECK(m->ruler_multipliers[1][2].mean == 2);
    CHECK(m->measures[1].effects[0].mean == 0);
    CHECK(m->asks[0].max_amount.mean == 100);
    CHECK(m->timings[3].delay_months.mean == 24);
  }

  TEST_CASE("a distribution may stand for max_amount, as for every number (SPEC 2.3)")
  {
    ModelLoad load = load_model_from_string(
        small_with("max_amount: 100", "max_amount: {triangular: [80, 100, 120]}"), "m.yaml");
    CHECK(model_diagnostics(small_with("max_amount: 100", "max_amount: {uniform: [90, 110]}")) ==
          "");
    REQUIRE(load.model);
    CHECK(load.model->asks[0].max_amount.mean == 100);
    CHECK(load.model->asks[0].max_amount.uncertain());
    // relief model -f json prints it as written, with its mean
    const std::string json = render_model(*load.model, OutputFormat::json, TableStyle{});
    CHECK(json.find(R"("max_amount": {
          "triangular": [
            80.0,
            100.0,
            120.0
          ],
          "mean": 100.0
        })") != std::string::npos);
  }

  TEST_CASE("every number of the model has a path")
  {
    Model m = *test::small_model();
    std::vector<std::string> paths;
    for (const auto& p : model_paths(m))
      paths.push_back(p.path);
    CHECK(std::find(paths.begin(), paths.end(), "measures.m1.effects.rep") != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "asks.a1.max_amount") != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "context.war.ongoing.rep") != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "context.lukashenka_in_power.false.rep") !=
          paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "perspectives.other.weights.sov") != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "timings.after-war.delay_months") != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "margin") != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "context.war.ongoing.sov") ==
          paths.end()); // benefits: none
  }

  TEST_CASE("a model file is validated like a scenario")
  {
    CHECK(
        model_diagnostics(small_with("margin: 0.1", "margin: -1")) ==
        "m.yaml:30:9: error: margin -1 is out of range: must be [0, 10]\nmargin: -1\n        ^\n");
    CHECK(model_diagnostics(small_with("ongoing: {rep: 1.5}", "ongoing: {sov: 1.5}")) ==
          "m.yaml:16:15: error: context multipliers apply to cost criteria only, and 'sov' is a "
          "benefit\n"
          "    ongoing: {sov: 1.5}\n              ^\n");
    CHECK(model_diagnostics(small_with("  m1: {effects: {sov: 4, rep: 2}}",
                                       "  m1: {effects: {sovv: 4, rep: 2}}")) ==
          "m.yaml:10:18: error: unknown criterion 'sovv' (did you mean 'sov'?)\n"
          "  m1: {effects: {sovv: 4, rep: 2}}\n                 ^\n");
    CHECK(model_diagnostics(small_with("  balanced:", "  balance:")) ==
          "m.yaml:7:3: error: the model has no 'balanced' perspective (the default)\n"
          "  balance: {weights: {sov: 2, pri: 1, rep: 1}}\n  ^\n");
    CHECK(model_diagnostics(small_with("half_life_months: 12\n", "")) ==
          "m.yaml:1:1: error: the model has no 'half_life_months'\nrelief: 1\n^\n");
  }
}
