// relief explain FILE: every contribution with its factors and sources; --paths lists every PATH.
#include "analysis/explain.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "render/analysis_render.hpp"

namespace relief {
Command setup_explain(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    bool paths = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "explain", "Every contribution to the result and where each number came from");
  add_file_operands(*sub, opt->files);
  sub->add_flag("--paths", opt->paths,
                "List every numeric input (PATH) with its value, range and source");
  add_global_options(*sub, g);
  return {sub, [opt, &g] {
            const OutputFormat format = output_format(g, command_info("explain").formats);
            Batch batch;
            if (opt->paths) {
              std::vector<Case> list;
              ExitStatus status =
                  for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
                    list.push_back({&s, p});
                  });
              return deliver(render_paths(list, format, table_style(g)), g, status, &batch);
            }
            std::vector<Answer<Explanation>> reports;
            ExitStatus status =
                for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
                  reports.push_back({&s, p, explain(s, p)});
                });
            return deliver(render_explain(reports, format, table_style(g)), g, status, &batch);
          }};
}

} // namespace relief
