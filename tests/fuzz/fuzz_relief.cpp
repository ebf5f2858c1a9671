// libFuzzer target: bytes -> load (scenario and model) -> validate -> evaluate -> every renderer.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checks.hpp"
#include "load.hpp"
#include "render/eval_render.hpp"
#include "render/model_render.hpp"

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
  std::vector<EvalReport> reports;
  for (const Scenario& s : file.scenarios)
    for (std::size_t p = 0; p < s.model->perspectives.size(); ++p) {
      Evaluation ev = evaluate(s, p);
      for (const Diagnostic& d : evaluation_warnings(s, p, ev))
        use(render_diagnostic(d));
      reports.push_back(EvalReport{&s, p, std::move(ev)});
    }
  for (OutputFormat f : k_formats)
    use(render_eval(reports, f, TableStyle{true, true}));

  ModelLoad model = load_model_from_string(text, "fuzz-model.yaml");
  for (const Diagnostic& d : model.diagnostics)
    use(render_diagnostic(d));
  if (model.model) {
    for (OutputFormat f : {OutputFormat::table, OutputFormat::csv, OutputFormat::json,
                           OutputFormat::markdown, OutputFormat::yaml})
      use(render_model(*model.model, f, TableStyle{}));
    LoadedFile preset =
        load_scenarios_from_string("relief: 1\noffer: [{measure: x}]\n", "p.yaml", model.model);
    use(std::to_string(preset.diagnostics.size()));
  }
  return 0;
}
