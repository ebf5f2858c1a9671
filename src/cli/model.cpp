// relief model: the model in force as a table, YAML, JSON, CSV or Markdown.
#include "cli/commands.hpp"
#include "render/model_render.hpp"

namespace relief {

Command setup_model(CLI::App& app, GlobalOptions& g)
{
  CLI::App* sub = app.add_subcommand(
      "model", "Print the model in force (the embedded default or --model FILE)");
  add_global_options(*sub, g);
  return {sub, [&g] {
            ExitStatus status = ExitStatus::success;
            auto model = model_in_force(g, status);
            if (!model)
              return status;
            const OutputFormat format = output_format(g, command_info("model").formats);
            return deliver(render_model(*model, format, table_style(g)), g, status);
          }};
}

} // namespace relief
