// relief breakeven FILE --vary PATH: where net crosses zero as PATH varies.
#include <fmt/format.h>
#include <stdexcept>

#include "analysis/breakeven.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "render/analysis_render.hpp"

namespace relief {

Command setup_breakeven(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    std::string vary;
    std::optional<double> from, to;
    int steps = 400;
    double tolerance = 1e-9;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub =
      app.add_subcommand("breakeven", "Where net crosses zero as one input (PATH) varies");
  sub->add_option("FILE", opt->files, "Scenario files ('-' reads standard input)")->required();
  sub->add_option("--vary", opt->vary, "The input to vary, e.g. asks.prisoners.amount")
      ->required()
      ->type_name("PATH");
  sub->add_option("--from", opt->from, "Lower end of the range (default: the input's valid range)")
      ->type_name("A");
  sub->add_option("--to", opt->to, "Upper end of the range")->type_name("B");
  sub->add_option("--steps", opt->steps, "Intervals of the scan before bisection (default 400)")
      ->check(CLI::Range(1, 100000))
      ->type_name("N");
  sub->add_option("--tolerance", opt->tolerance,
                  "Bisect until |net| is at most this (default 1e-9)")
      ->check(CLI::PositiveNumber)
      ->type_name("T");
  add_global_options(*sub, g);
  return {sub, [opt, &g] {
            const OutputFormat format = output_format(g, analysis_formats());
            std::vector<Report<Breakeven>> reports;
            Batch batch;
            ExitStatus status =
                for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
                  InputPath input = [&] {
                    try {
                      return find_input(s, p, opt->vary);
                    } catch (const std::invalid_argument& e) {
                      throw UsageError(e.what());
                    }
                  }();
                  auto [lo, hi] = default_range(s, input);
                  double from = opt->from.value_or(lo);
                  double to = opt->to.value_or(hi);
                  if (!(from < to) || !std::isfinite(from) || !std::isfinite(to))
                    throw UsageError(
                        fmt::format("--from {} --to {}: need a range with from < to", from, to));
                  if (from < input.range.lo || to > input.range.hi)
                    throw UsageError(
                        fmt::format("{} must stay within {}: --from {} --to {} leaves it",
                                    input.path, input.range.describe(), from, to));
                  reports.push_back(
                      {&s, p, breakeven(s, p, input, from, to, opt->steps, opt->tolerance)});
                });
            return deliver(render_breakeven(reports, format, table_style(g)), g, status);
          }};
}

} // namespace relief
