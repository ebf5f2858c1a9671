// relief eval FILE...: the per-criterion table and totals of each scenario.
#include "checks.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "render/eval_render.hpp"

namespace relief {

Command setup_eval(CLI::App& app, GlobalOptions& g)
{
  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* sub =
      app.add_subcommand("eval", "Evaluate scenarios: per-criterion scores, totals and verdict");
  sub->add_option("FILE", *files, "Scenario files ('-' reads standard input)")->required();
  add_global_options(*sub, g);
  return {sub, [files, &g] {
            const OutputFormat format = output_format(g, analysis_formats());
            std::vector<EvalReport> reports;
            bool tripped = false;
            std::vector<Diagnostic> warned;
            Batch batch;
            ExitStatus status =
                for_each_scenario(*files, g, batch, [&](const Scenario& s, std::size_t p) {
                  Evaluation ev = evaluate(s, p);
                  for (Diagnostic& d : evaluation_warnings(s, p, ev)) {
                    std::size_t before = warned.size();
                    add_unique(warned, d);
                    if (warned.size() != before)
                      print_diagnostics({d}, g);
                  }
                  tripped = gate_trips(g, s, p, ev.verdict) || tripped; // every one is named
                  reports.push_back(EvalReport{&s, p, std::move(ev)});
                });
            if (tripped)
              status = worst(status, ExitStatus::gate_tripped);
            return deliver(render_eval(reports, format, table_style(g)), g, status, &batch);
          }};
}

} // namespace relief
