// libFuzzer target: bytes -> load (scenario and model) -> validate -> evaluate -> analyses -> every
// renderer.
#include <cstddef>
#include <cstdint>
#include <string>

#include "analysis/breakeven.hpp"
#include "analysis/compare.hpp"
#include "analysis/explain.hpp"
#include "analysis/report.hpp"
#include "analysis/sensitivity.hpp"
#include "analysis/simulate.hpp"
#include "analysis/timing.hpp"
#include "checks.hpp"
#include "design_space.hpp"
#include "load.hpp"
#include "render/analysis_render.hpp"
#include "render/eval_render.hpp"
#include "render/model_render.hpp"
#include "render/report_render.hpp"
#include "render/schema_render.hpp"
#include "render/simulate_render.hpp"

using namespace relief;

namespace {
constexpr OutputFormat k_formats[] = {OutputFormat::table, OutputFormat::csv, OutputFormat::json,
                                      OutputFormat::markdown};

void use(const std::string& s)
{
  volatile std::size_t sink = s.size();
  (void)sink;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
  std::string text(reinterpret_cast<const char*>(data), size);
  // `extends:` resolves against a directory that does not exist, so no file is ever read.
  LoadedFile file =
      load_scenarios_from_string(text, "fuzz.yaml", default_model(), "/nonexistent/relief-fuzz");
  for (const Diagnostic& d : file.diagnostics)
    use(render_diagnostic(d, true));
  std::vector<Answer<Evaluation>> reports;
  for (const Scenario& s : file.scenarios)
    for (std::size_t p = 0; p < s.model->perspectives.size(); ++p) {
      Evaluation ev = evaluate(s, p);
      for (const Diagnostic& d : evaluation_warnings(s, p, ev))
        use(render_diagnostic(d));
      reports.push_back(Answer<Evaluation>{&s, p, std::move(ev)});
    }
  for (OutputFormat f : k_formats)
    use(render_eval(reports, f, TableStyle{true, true}));

  // The analyses of the first scenario (the costly ones on one perspective only).
  if (!file.scenarios.empty()) {
    const Scenario& s = file.scenarios.front();
    Comparison comparison;
    for (const Answer<Evaluation>& r : reports)
      comparison.add(*r.scenario, r.perspective, r.result);
    rank_rows(comparison);
    std::vector<Answer<TimingResult>> timings = {{&s, 0, timing(s, 0)}};
    std::vector<Answer<std::vector<DelayPoint>>> sweeps = {{&s, 0, delay_sweep(s, 0, 0, 24, 6)}};
    std::vector<Answer<Explanation>> explanations = {{&s, 0, explain(s, 0)}};
    std::vector<Answer<Sensitivity>> sensitivities = {{&s, 0, sensitivity(s, 0, 0.2)}};
    std::vector<Answer<Breakeven>> crossings;
    for (const std::string& path : compile(s, 0, PlanNames::all).paths)
      if (!path.starts_with("model.")) {
        const VariedInput input = varied_input(s, 0, path);
        crossings.push_back({&s, 0, breakeven(s, 0, input, input.from, input.to, 8)});
      }
    // simulate (with the file's correlations) over the first three scenarios, with pairs: one
    // partial block, so that fuzzing stays fast (the unit tests cover many blocks and threads)
    std::vector<SimItem> items;
    for (std::size_t k = 0; k < file.scenarios.size() && k < 3; ++k)
      items.push_back({&file.scenarios[k], 0});
    SimulateOptions so;
    so.samples = 97;
    so.threads = 1;
    const Simulation sim = simulate(items, so);
    std::vector<SimReport> sims;
    for (std::size_t k = 0; k < items.size(); ++k)
      sims.push_back({items[k], &sim.results[k]});
    ReportData report;
    report.comparison = comparison;
    report.sections.push_back(report_section(s, 0));
    report.sections.back().result.simulation = sim.results[0];
    use(render_report_html(report));
    std::vector<Asset> charts;
    use(render_report_markdown(report, "charts", charts));
    for (OutputFormat f : k_formats) {
      TableStyle style{true, false, false, f == OutputFormat::table ? 60u : 0u}; // fitted too
      use(render_simulation(sim, sims, f, style));
      use(render_compare(comparison, f, style));
      use(render_timing(timings, f, style));
      use(render_delay_sweep(sweeps, f, style));
      use(render_explain(explanations, f, style));
      use(render_sensitivity(sensitivities, f, style));
      use(render_breakeven(crossings, f, style));
    }
  }

  // the bytes as a design's constraints file; a search when its grid is small
  auto small_design = [](const std::shared_ptr<const Model>& m, const DesignSpace& space) {
    double grid = 1;
    for (std::size_t i = 0; i < m->measures.size(); ++i)
      grid *= 1 + (space.scope_max[i] / space.scope_step) * 3;
    for (const auto& a : space.asks)
      grid *= static_cast<double>(ask_amounts(a).size());
    if (grid > 2000 || !m->counterpart.present)
      return;
    DesignOptions o;
    o.best = 3;
    std::vector<DesignAnswer> answers{{m, 0, design(m, 0, Timing::now, space, o), true}};
    for (OutputFormat f : k_formats)
      use(render_design(answers, space, f, TableStyle{}));
  };
  SpaceLoad space = load_space_from_string(text, "fuzz-constraints.yaml", *default_model());
  for (const Diagnostic& d : space.diagnostics)
    use(render_diagnostic(d));
  if (space.status == ExitStatus::success)
    small_design(default_model(), space.space);

  ModelLoad model = load_model_from_string(text, "fuzz-model.yaml");
  for (const Diagnostic& d : model.diagnostics)
    use(render_diagnostic(d));
  if (model.model) {
    for (OutputFormat f : {OutputFormat::table, OutputFormat::csv, OutputFormat::json,
                           OutputFormat::markdown, OutputFormat::yaml})
      use(render_model(*model.model, f, TableStyle{}));
    use(render_schema(*model.model));
    LoadedFile preset =
        load_scenarios_from_string("relief: 1\noffer: [{measure: x}]\n", "p.yaml", model.model);
    use(std::to_string(preset.diagnostics.size()));
    // a design over the first two measures and asks of the fuzzed model, at scopes 0.5 and 1
    DesignSpace narrow = default_space(*model.model);
    narrow.scope_step = 0.5;
    for (std::size_t i = 2; i < narrow.scope_max.size(); ++i)
      narrow.scope_max[i] = 0;
    for (std::size_t i = 0; i < narrow.asks.size(); ++i)
      narrow.asks[i] = i < 2 ? DesignSpace::AskGrid{0, narrow.asks[i].max, narrow.asks[i].max / 2}
                             : DesignSpace::AskGrid{0, 0, 1};
    small_design(model.model, narrow);
  }
  return 0;
}
