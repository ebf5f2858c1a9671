#pragma once
// A small model whose numbers are easy to follow by hand, and helpers to load scenarios against it.
#include <doctest/doctest.h>
#include <filesystem>
#include <string>

#include "load.hpp"

namespace relief::test {

inline const char* k_small_model = R"(relief: 1
criteria:
  sov: {kind: benefit, over_time: decays, rationale: sovereignty}
  pri: {kind: benefit, rationale: prisoners}
  rep: {kind: cost, rationale: reputation}
perspectives:
  balanced: {weights: {sov: 2, pri: 1, rep: 1}}
  other: {weights: {sov: 1, pri: 1, rep: 2}}
measures:
  m1: {effects: {sov: 4, rep: 2}}
  m2: {effects: {pri: 1}}
asks:
  a1: {unit: people, max_amount: 100, effects: {pri: 0.1, rep: -0.01}}
context:
  war:
    ongoing: {rep: 1.5}
    ceasefire: {rep: 1.2}
  lukashenka_in_power:
    true: {rep: 2}
    false: {rep: 0.5}
timings:
  now: {war: ongoing, lukashenka_in_power: true, delay_months: 0}
  after-ceasefire: {war: ceasefire, lukashenka_in_power: true, delay_months: 6, arrives: 0.2}
  after-war: {war: ended, lukashenka_in_power: true, delay_months: 12}
  after-lukashenka: {war: ended, lukashenka_in_power: false, delay_months: 24}
half_life_months: 12
verification_months: 6
snapback_recovery: 0.5
default_credibility: 0.5
margin: 0.1
)";

// Return the small model; fails the test when it does not load.
inline std::shared_ptr<const Model> small_model()
{
  static std::shared_ptr<const Model> model = [] {
    ModelLoad load = load_model_from_string(k_small_model, "small.yaml");
    REQUIRE(load.diagnostics.empty());
    return load.model;
  }();
  return model;
}

// Return a copy of model with every number at its mean: the default model's judgments are
// distributions, and a test that checks a sampled analysis against a hand-worked one fixes them.
inline std::shared_ptr<Model> at_means(const Model& model)
{
  auto m = std::make_shared<Model>(model);
  for (ModelPath& p : model_paths(*m))
    *p.value = point(p.value->mean, p.value->pos);
  return m;
}

// Return the one scenario in text, loaded against model; fails the test on any error.
inline Scenario scenario(const std::string& text,
                         std::shared_ptr<const Model> model = small_model())
{
  LoadedFile f = load_scenarios_from_string(text, "input", std::move(model));
  for (const auto& d : f.diagnostics)
    if (d.severity == Severity::error)
      FAIL_CHECK(render_diagnostic(d));
  REQUIRE(f.scenarios.size() == 1);
  return f.scenarios[0];
}

// Return every preset of scenarios/, loaded against the default model (or model) without a
// diagnostic.
inline std::vector<Scenario> presets(const std::shared_ptr<const Model>& model = default_model())
{
  std::vector<Scenario> out;
  for (const auto& entry : std::filesystem::directory_iterator(RELIEF_SOURCE_DIR "/scenarios")) {
    LoadedFile f = load_scenario_file(entry.path().string(), model);
    REQUIRE_MESSAGE(f.diagnostics.empty(), entry.path().string());
    for (auto& s : f.scenarios)
      out.push_back(std::move(s));
  }
  REQUIRE(out.size() >= 6);
  return out;
}

// Return every preset under every belief set of the default model (central first): the cases the
// properties of SPEC 3 must hold for, whichever school's numbers are in force.
inline std::vector<Scenario> believed_presets()
{
  std::vector<Scenario> out = presets();
  for (std::size_t b = 0; b < default_model()->beliefs.size(); ++b)
    for (Scenario& s : presets(with_belief(default_model(), b)))
      out.push_back(std::move(s));
  return out;
}

// Return the preset scenarios/NAME.yaml.
inline Scenario preset(const std::string& name)
{
  LoadedFile f =
      load_scenario_file(RELIEF_SOURCE_DIR "/scenarios/" + name + ".yaml", default_model());
  REQUIRE(f.scenarios.size() == 1);
  return f.scenarios[0];
}

// Return the diagnostics of text rendered as one string.
inline std::string diagnostics_of(const std::string& text,
                                  std::shared_ptr<const Model> model = small_model())
{
  LoadedFile f = load_scenarios_from_string(text, "input", std::move(model));
  std::string out;
  for (const auto& d : f.diagnostics)
    out += render_diagnostic(d);
  return out;
}

} // namespace relief::test
