// relief schema: the JSON Schema of scenario files under the model in force, for editors.
#include "cli/commands.hpp"
#include "render/schema_render.hpp"

namespace relief {

Command setup_schema(CLI::App& app, GlobalOptions& g)
{
  CLI::App* sub = app.add_subcommand(
      "schema", "Print the JSON Schema of scenario files (for editors; see relief(1))");
  add_global_options(*sub, g);
  return {sub, [&g] {
            ExitStatus status = ExitStatus::success;
            auto model = model_in_force(g, status);
            if (!model)
              return status;
            output_format(
                g, command_info("schema").formats); // a schema is JSON: any other -f is a mistake
            return deliver(render_schema(*model), g, status);
          }};
}

} // namespace relief
