// relief validate FILE...: diagnostics only; --strict makes warnings errors.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checks.hpp"
#include "cli/commands.hpp"
#include "render/output.hpp"
#include "render/validate_render.hpp"

namespace relief {
namespace {

// Check one file under each selected belief set (its numbers can saturate a criterion that the
// central ones do not) and perspective; its own diagnostics are the same under each.
FileSummary check_file(const std::string& path,
                       const std::vector<std::shared_ptr<const Model>>& models,
                       const std::vector<std::size_t>& perspectives, bool strict,
                       const std::string& root, ExitStatus& status)
{
  std::vector<LoadedFile> loads = load_scenario_file(path, models, root);
  LoadedFile& file = loads.front();
  FileSummary sum;
  sum.file = printable(file.source ? file.source->name : path == "-" ? "<stdin>" : path);
  sum.diagnostics = std::move(file.diagnostics);
  for (const LoadedFile& believed : loads)
    for (const Scenario& s : believed.scenarios)
      for (std::size_t p : perspectives)
        for (Diagnostic& d : evaluation_warnings(s, p, evaluate(s, p)))
          add_unique(sum.diagnostics, std::move(d));
  for (Diagnostic& d : sum.diagnostics) {
    if (strict && d.severity == Severity::warning) {
      d.severity = Severity::error;
      d.message += " [--strict]";
    }
    (d.severity == Severity::error ? sum.errors : sum.warnings) += 1;
  }
  sum.scenarios = file.documents; // loaded or not: the file holds them
  ExitStatus file_status = file.status == ExitStatus::no_input ? file.status
                           : sum.errors > 0                    ? ExitStatus::data_error
                                                               : ExitStatus::success;
  sum.status = file_status == ExitStatus::no_input ? "unreadable"
               : sum.errors > 0                    ? "invalid"
                                                   : "valid";
  status = worst(status, file_status);
  return sum;
}

} // namespace

Command setup_validate(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    bool strict = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand("validate", "Check scenario files and report every problem");
  add_file_operands(*sub, opt->files, true);
  sub->add_flag("--strict", opt->strict, "Treat warnings as errors");
  add_global_options(*sub, g);
  return {sub, [opt, &g] {
            ExitStatus status = ExitStatus::success;
            auto model = model_in_force(g, status);
            if (!model)
              return status;
            const auto perspectives = selected_perspectives(*model, g);
            const auto beliefs = selected_beliefs(model, g);
            const OutputFormat format = output_format(g, command_info("validate").formats);
            std::vector<FileSummary> sums;
            for (const auto& path : opt->files) {
              if (stdout_closed())
                return ExitStatus::success;
              sums.push_back(check_file(path, beliefs, perspectives, opt->strict, g.root, status));
              print_diagnostics(sums.back().diagnostics, g);
            }
            if (g.quiet && g.output.empty() && format == OutputFormat::table)
              return status;
            return deliver(render_validation(sums, format, table_style(g)), g, status);
          }};
}

} // namespace relief
