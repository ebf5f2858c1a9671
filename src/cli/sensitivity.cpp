// relief sensitivity FILE: every input swung one at a time, as a tornado; verdict intervals of
// weights.
#include "analysis/sensitivity.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "render/analysis_render.hpp"

namespace relief {

Command setup_sensitivity(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    double swing = 0.2;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub =
      app.add_subcommand("sensitivity", "Swing every input one at a time: tornado, verdict flips, "
                                        "weight intervals");
  add_file_operands(*sub, opt->files);
  sub->add_option("--swing", opt->swing, "Relative swing of point values (default 0.2 = ±20%)")
      ->check(CLI::Range(0.0, 1.0))
      ->type_name("S");
  add_global_options(*sub, g);
  return {sub, [opt, &g] {
            const OutputFormat format = output_format(g, command_info("sensitivity").formats);
            std::vector<Answer<Sensitivity>> reports;
            Batch batch;
            bool tripped = false;
            ExitStatus status =
                for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
                  reports.push_back({&s, p, sensitivity(s, p, opt->swing)});
                  // the gate reads the base verdict, as eval would give it
                  tripped = gate_trips(g, s, p, reports.back().result.base.verdict) || tripped;
                });
            if (tripped)
              status = worst(status, ExitStatus::gate_tripped);
            return deliver(render_sensitivity(reports, format, table_style(g)), g, status, &batch);
          }};
}

} // namespace relief
