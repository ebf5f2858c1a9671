// relief validate FILE...: diagnostics only; --strict makes warnings errors.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checks.hpp"
#include "cli/commands.hpp"
#include "render/output.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

struct FileSummary {
  std::string file;
  std::size_t scenarios = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::string status; // valid, invalid, unreadable
  std::vector<Diagnostic> diagnostics;
};

FileSummary check_file(const std::string& path, const std::shared_ptr<const Model>& model,
                       const std::vector<std::size_t>& perspectives, bool strict,
                       const std::string& root, ExitStatus& status)
{
  LoadedFile file = load_scenario_file(path, model, root);
  FileSummary sum;
  sum.file = printable(file.source ? file.source->name : path == "-" ? "<stdin>" : path);
  sum.diagnostics = std::move(file.diagnostics);
  for (const Scenario& s : file.scenarios)
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

std::string render_summaries(const std::vector<FileSummary>& sums, OutputFormat format,
                             const TableStyle& style)
{
  if (format == OutputFormat::json) {
    nlohmann::ordered_json j;
    j["format"] = "relief-result/1";
    j["command"] = "validate";
    j["files"] = nlohmann::ordered_json::array();
    for (const auto& s : sums) {
      nlohmann::ordered_json diags = nlohmann::ordered_json::array();
      for (const auto& d : s.diagnostics)
        diags.push_back({{"file", d.pos.file ? d.pos.file->name : d.file_name},
                         {"line", d.pos.file ? nlohmann::ordered_json(d.pos.line)
                                             : nlohmann::ordered_json(nullptr)},
                         {"column", d.pos.file ? nlohmann::ordered_json(d.pos.col)
                                               : nlohmann::ordered_json(nullptr)},
                         {"severity", d.severity == Severity::error ? "error" : "warning"},
                         {"message", d.message}});
      j["files"].push_back({{"file", s.file},
                            {"scenarios", s.scenarios},
                            {"errors", s.errors},
                            {"warnings", s.warnings},
                            {"status", s.status},
                            {"diagnostics", std::move(diags)}});
    }
    return dump(j);
  }
  TextTable t;
  t.header = {"file", "scenarios", "errors", "warnings", "status"};
  t.align = {Align::left, Align::right, Align::right, Align::right, Align::left};
  for (const auto& s : sums)
    t.rows.push_back({s.file, std::to_string(s.scenarios), std::to_string(s.errors),
                      std::to_string(s.warnings), s.status});
  if (format == OutputFormat::csv) {
    std::string out = csv_row(t.header);
    for (const auto& row : t.rows)
      out += csv_row(row);
    return out;
  }
  if (format == OutputFormat::markdown)
    return render_markdown(t);
  return render_text(t, style);
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
  add_file_operands(*sub, opt->files);
  sub->add_flag("--strict", opt->strict, "Treat warnings as errors");
  add_global_options(*sub, g);
  return {sub, [opt, &g] {
            ExitStatus status = ExitStatus::success;
            auto model = model_in_force(g, status);
            if (!model)
              return status;
            const auto perspectives = selected_perspectives(*model, g);
            const OutputFormat format = output_format(g, command_info("validate").formats);
            std::vector<FileSummary> sums;
            for (const auto& path : opt->files) {
              if (stdout_closed())
                return ExitStatus::success;
              sums.push_back(check_file(path, model, perspectives, opt->strict, g.root, status));
              print_diagnostics(sums.back().diagnostics, g);
            }
            if (g.quiet && g.output.empty() && format == OutputFormat::table)
              return status;
            return deliver(render_summaries(sums, format, table_style(g)), g, status);
          }};
}

} // namespace relief
