// relief eval FILE...: the per-criterion table and totals of each scenario.
#include "analysis/equivalent.hpp"
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
  add_file_operands(*sub, *files, true);
  add_global_options(*sub, g);
  add_in_option(*sub, g);
  return {
      sub, [files, &g] {
        const OutputFormat format = output_format(g, command_info("eval").formats);
        // streamed: each report is written as it is evaluated, and its file then dropped
        EvalWriter writer(format, table_style(g));
        Delivery out(g);
        bool tripped = false;
        std::vector<Diagnostic> warned;
        Batch batch;
        batch.keep = false;
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
              std::optional<Equivalent> in, margin_in; // --in: net and margin as an ask
              if (auto ask = selected_in(*s.model, g)) {
                in = equivalent(s, p, *ask, ev.net);
                margin_in = equivalent(s, p, *ask, s.model->margin.mean);
              }
              out.write(writer.add(Answer<Evaluation>{&s, p, std::move(ev)}, g.in, in, margin_in));
            });
        if (tripped)
          status = worst(status, ExitStatus::gate_tripped);
        out.write(writer.finish());
        return out.finish(status, batch.evaluated > 0);
      }};
}

} // namespace relief
