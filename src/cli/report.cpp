// relief report FILE... -o report.html|report.md: every analysis of the batch in one document.
#include <filesystem>
#include <fmt/format.h>

#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "cli/figure_gate.hpp"
#include "render/output.hpp"
#include "render/report_render.hpp"

namespace relief {

Command setup_report(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    SamplingOptions sampling;
    std::string date;
    std::string assets;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "report", "Write every analysis of the scenarios as one HTML page or Markdown document");
  add_file_operands(*sub, opt->files);
  add_sampling_options(*sub, opt->sampling, command_info("report"));
  sub->add_option("--date", opt->date,
                  "Print this date in the header (without it the report has none, so the same "
                  "inputs give the same bytes)")
      ->type_name("TEXT");
  sub->add_option("--assets", opt->assets,
                  "Markdown: write the charts as SVG files into DIR (default: NAME-charts beside "
                  "-o NAME.md)")
      ->type_name("DIR");
  add_global_options(*sub, g);
  return {sub, [opt, &g, sub] {
            const OutputFormat format = output_format(g, command_info("report").formats);
            if (format != OutputFormat::markdown && !opt->assets.empty())
              throw UsageError("--assets applies only to a Markdown report (-o NAME.md)");
            ExitStatus status = ExitStatus::success;
            auto model = model_in_force(g, status);
            if (!model)
              return status;
            ReportData data;
            data.version = RELIEF_VERSION;
            data.model_name = g.model_file.empty() ? "embedded default" : g.model_file;
            data.model_hash = content_hash(model->source ? model->source->text : "");
            data.files = opt->files;
            data.date = opt->date;
            Batch batch; // kept: the sections point into it
            status = for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
              data.comparison.add(s, p, evaluate(s, p));
              data.sections.push_back(report_section(s, p));
            });
            rank_rows(data.comparison);
            Simulation sim;
            if (opt->sampling.given() && !data.sections.empty()) {
              SimulateOptions so = opt->sampling.options(command_info("report"));
              // only the cases that read a distribution: the others are the same in every draw
              std::vector<SimItem> items;
              std::vector<std::size_t> of; // the section of each item
              for (std::size_t i = 0; i < data.sections.size(); ++i)
                if (data.sections[i].result.uncertain()) {
                  items.push_back({data.sections[i].scenario, data.sections[i].perspective});
                  of.push_back(i);
                }
              data.samples = so.samples;
              data.seed = so.seed;
              if (!items.empty()) {
                sim = run_simulation(so, g.quiet,
                                     [&](const SimulateOptions& o) { return simulate(items, o); });
                data.samples = sim.samples;
                data.seed = sim.seed;
                so.samples = sim.samples; // the rest on as many draws as were made
                so.progress = nullptr;
                for (std::size_t k = 0; k < items.size(); ++k) {
                  Answer<Analyses>& section = data.sections[of[k]];
                  section.result.simulation = sim.results[k];
                  if (!sim.interrupted) // after Ctrl-C, what was drawn and nothing more
                    simulate_section(section, so);
                }
              }
              if (!sim.interrupted)
                data.weight_spaces = report_weight_spaces(data.sections, so.samples, so.seed);
              if (const auto gate = parse_figure_gate(g.fail_on)) {
                bool tripped = false;
                for (std::size_t k = 0; k < items.size(); ++k) // every one is named
                  tripped = figure_gate_trips(g, *gate, *items[k].scenario, items[k].perspective,
                                              sim.results[k]) ||
                            tripped;
                if (tripped)
                  status = worst(status, ExitStatus::gate_tripped);
              }
            } else if (!g.fail_on.empty())
              throw UsageError(
                  fmt::format("--fail-on {} gates on the simulation: give -n N", g.fail_on));
            const bool failed = status != ExitStatus::success && status != ExitStatus::gate_tripped;
            if (format == OutputFormat::html)
              return report_interruption(sim, deliver(render_report_html(data), g, status, &batch));

            // Markdown: the charts as SVG files, linked relative to the document
            const std::filesystem::path out =
                g.output.empty() || g.output == "-" ? "report.md" : g.output;
            const std::filesystem::path dir = out.parent_path();
            const std::filesystem::path assets = opt->assets.empty()
                                                     ? dir / (out.stem().string() + "-charts")
                                                     : std::filesystem::path(opt->assets);
            std::vector<Asset> charts;
            const std::string text = render_report_markdown(
                data, assets.lexically_proximate(dir.empty() ? "." : dir).generic_string(), charts);
            if (failed || batch.evaluated == 0)
              return report_interruption(sim, deliver(text, g, status, &batch));
            // the document and its charts as one unit: both replaced, or neither
            AtomicDirectory chart_dir(assets.string());
            if (!chart_dir.ok())
              return ExitStatus::cant_create;
            for (const Asset& chart : charts)
              if (chart_dir.write(chart.name, chart.svg) != ExitStatus::success)
                return ExitStatus::cant_create;
            if (chart_dir.swap() != ExitStatus::success)
              return ExitStatus::cant_create;
            const ExitStatus delivered = deliver(text, g, status, &batch);
            if (delivered == ExitStatus::success || delivered == ExitStatus::gate_tripped)
              chart_dir.keep();
            return report_interruption(sim, delivered);
          }};
}

} // namespace relief
