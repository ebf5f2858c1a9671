// relief completion bash|zsh|fish: a completion script written from the command line's own
// definitions; --paths FILE lists the PATHs the scripts offer after --vary.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "embedded.hpp"
#include "load.hpp"
#include "render/completion_render.hpp"
#include "render/output.hpp"

namespace relief {
namespace {

// Return what the value of option name completes to under command (and its choices).
std::pair<ValueKind, std::vector<std::string>> value_of(const std::string& command,
                                                        const std::string& name, const Model& model)
{
  if (name == "--format") { // what the command writes, from the command table
    std::vector<std::string> formats;
    for (OutputFormat f : command_info(command).formats)
      formats.emplace_back(format_name(f));
    return {ValueKind::choice, formats};
  }
  if (name == "--perspective") {
    std::vector<std::string> names;
    for (const Perspective& p : model.perspectives)
      names.push_back(p.id);
    names.push_back("all");
    return {ValueKind::choice, names};
  }
  if (name == "--beliefs") {
    std::vector<std::string> names = model.belief_ids();
    names.push_back("all");
    return {ValueKind::choice, names};
  }
  if (name == "--color")
    return {ValueKind::choice, {"auto", "always", "never"}};
  if (name == "--fail-on")
    return {ValueKind::choice, {"costs-outweigh", "balanced"}};
  if (name == "--target")
    return {ValueKind::choice, {"net", "probability", "timing"}};
  if (name == "--model" || name == "--output" || name == "--files-from" || name == "--samples")
    return {ValueKind::file, {}};
  if (command == "init" && name == "--from")
    return {ValueKind::preset, {}};
  if (name == "--vary")
    return {ValueKind::path, {}};
  return {ValueKind::other, {}};
}

CompletionSpec spec_of(const CLI::App& root, const Model& model)
{
  CompletionSpec spec;
  spec.presets = preset_names();
  for (const CLI::App* sub : root.get_subcommands([](const CLI::App*) { return true; })) {
    CompletionCommand c{sub->get_name(), sub->get_description(), false, {}};
    for (const CLI::Option* o : sub->get_options()) {
      if (o->get_positional() && !o->nonpositional()) {
        c.takes_files = c.takes_files || o->get_name() == "FILE";
        continue;
      }
      if ((o->get_lnames().size() == 1 && o->get_lnames()[0] == "help") || o->get_group().empty())
        continue; // --help, and options kept out of --help (--fail-on where it does not gate)
      CompletionOption option;
      for (const auto& l : o->get_lnames())
        option.names.push_back("--" + l);
      for (const auto& s : o->get_snames())
        option.names.push_back("-" + s);
      option.help = o->get_description();
      if (o->get_expected_max() != 0 && !option.names.empty())
        std::tie(option.value, option.choices) = value_of(c.name, option.names.front(), model);
      c.options.push_back(std::move(option));
    }
    spec.commands.push_back(std::move(c));
  }
  return spec;
}

} // namespace

Command setup_completion(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::string shell;
    std::string paths_of;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "completion", "Print a completion script for bash, zsh or fish (see relief(1) to load it)");
  sub->add_option("SHELL", opt->shell, "bash, zsh or fish")
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  sub->add_option("--paths", opt->paths_of,
                  "Instead, print the PATHs of FILE's first scenario, one per line (what the "
                  "scripts offer after --vary)")
      ->type_name("FILE");
  add_global_options(*sub, g);
  return {sub, [opt, &app, &g] {
            ExitStatus status = ExitStatus::success;
            auto model = model_in_force(g, status);
            if (!model)
              return status;
            if (!opt->paths_of.empty()) {
              // quiet: a completion script shows nothing when the file has problems
              LoadedFile file = load_scenario_file(opt->paths_of, model, g.root);
              if (file.scenarios.empty())
                return file.status == ExitStatus::success ? ExitStatus::data_error : file.status;
              std::string text;
              for (const std::string& path :
                   compile(file.scenarios.front(), 0, PlanNames::all).paths)
                text += path + "\n";
              return write_stdout(text);
            }
            if (opt->shell.empty())
              throw UsageError("completion needs a shell: bash, zsh or fish (or --paths FILE)");
            output_format(g, command_info("completion").formats); // -f is a mistake here
            return deliver(completion_script(spec_of(app, *model), opt->shell), g, status);
          }};
}

} // namespace relief
