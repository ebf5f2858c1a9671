// relief init: a commented template scenario, or a copy of a preset (--from PRESET).
#include <filesystem>
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "embedded.hpp"

namespace relief {

// Where init's first line tells editors to find the schema (`relief schema -o` writes it).
constexpr std::string_view k_schema_file = "relief-scenario.schema.json";
Command setup_init(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::string from;
    bool force = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "init", "Print a commented template scenario, or a preset (--from PRESET)");
  sub->add_option("--from", opt->from, "Start from this preset (see relief(1) for the list)")
      ->type_name("PRESET");
  sub->add_flag("--force", opt->force, "With -o, replace an existing file");
  add_global_options(*sub, g);
  return {
      sub, [opt, &g] {
        output_format(g, command_info("init").formats); // a template is YAML: -f json is a mistake
        std::string_view text = embedded_text("data/template.yaml");
        if (!opt->from.empty()) {
          std::vector<std::string> names = preset_names();
          if (std::find(names.begin(), names.end(), opt->from) == names.end()) {
            std::string list;
            for (const auto& n : names)
              list += (list.empty() ? "" : ", ") + n;
            throw UsageError(fmt::format("unknown preset '{}'{}; the presets are: {}", opt->from,
                                         did_you_mean(opt->from, names), list));
          }
          text = embedded_text(fmt::format("scenarios/{}.yaml", opt->from));
        }
        // a device (/dev/null, /dev/stdout) or a pipe is written to, never "replaced"
        std::error_code ec;
        const auto kind = std::filesystem::status(g.output, ec).type();
        if (!g.output.empty() && g.output != "-" && !opt->force &&
            (kind == std::filesystem::file_type::regular ||
             kind == std::filesystem::file_type::directory)) {
          fmt::print(stderr, "relief: error: '{}' already exists (use --force to replace it)\n",
                     g.output);
          return ExitStatus::cant_create;
        }
        // editors with the YAML language server check the file against `relief schema`
        return deliver(fmt::format("# yaml-language-server: $schema={}\n{}", k_schema_file, text),
                       g, ExitStatus::success);
      }};
}

} // namespace relief
