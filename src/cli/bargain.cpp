// relief bargain FILE --vary PATH: where the EU gains, where the regime accepts, the zone between
// them and the Nash bargaining point, as one input varies.
#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <stdexcept>

#include "analysis/bargain.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "render/analysis_render.hpp"

namespace relief {

Command setup_bargain(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    std::vector<std::string> vary;
    std::optional<double> from, to;
    std::optional<int> steps;
    std::string timing; // empty: the scenario's own; a moment; or all
    SamplingOptions sampling;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "bargain", "The zone of possible agreement along one input (PATH): where the EU gains, "
                 "where the regime accepts, the Nash bargaining point");
  add_file_operands(*sub, opt->files);
  sub->add_option("--vary", opt->vary, "The input to vary, e.g. asks.prisoners.amount")
      ->required()
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false)
      ->type_name("PATH");
  sub->add_option("--from", opt->from, "Lower end of the range (default: the input's valid range)")
      ->type_name("A");
  sub->add_option("--to", opt->to, "Upper end of the range")->type_name("B");
  sub->add_option("--steps", opt->steps, "Intervals of the scan before bisection (default 400)")
      ->check(CLI::Range(1, 100000))
      ->type_name("N");
  {
    std::vector<std::string> moments(k_timing_names.begin(), k_timing_names.end());
    moments.emplace_back("all");
    sub->add_option("--timing", opt->timing,
                    "Evaluate at this moment, in its own context, or at every moment (all); "
                    "default: the scenario as written")
        ->check(CLI::IsMember(moments))
        ->type_name("MOMENT");
  }
  add_sampling_options(*sub, opt->sampling, command_info("bargain"));
  add_global_options(*sub, g);
  return {sub, [opt, &g] {
            const OutputFormat format = output_format(g, command_info("bargain").formats);
            if (opt->vary.size() > 1)
              throw UsageError(fmt::format("bargain varies one input at a time; --vary is given "
                                           "{} times ({})",
                                           opt->vary.size(), fmt::join(opt->vary, ", ")));
            std::vector<Answer<Bargain>> reports;
            Batch batch;
            ExitStatus status =
                for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
                  if (!s.model->counterpart.present)
                    throw UsageError("bargain needs the regime's side: the model has no "
                                     "counterpart (relief-scenario(5), MODEL FILE)");
                  const VariedInput input = [&] {
                    try {
                      return varied_input(s, p, opt->vary.front());
                    } catch (const std::invalid_argument& e) {
                      throw UsageError(e.what());
                    }
                  }();
                  if (input.timing_only)
                    throw UsageError(fmt::format("{} does not change the package at a moment: "
                                                 "bargain varies an input of the package",
                                                 input.path));
                  const double from = opt->from.value_or(input.from);
                  const double to = opt->to.value_or(input.to);
                  if (!(from < to) || !std::isfinite(from) || !std::isfinite(to))
                    throw UsageError(
                        fmt::format("--from {} --to {}: need a range with from < to", from, to));
                  if (from < input.range.lo || to > input.range.hi)
                    throw UsageError(fmt::format("{} must stay within {}: --from {} --to {} "
                                                 "leaves it",
                                                 input.path, input.range.describe(), from, to));
                  std::vector<Timing> timings;
                  if (opt->timing.empty())
                    timings = {s.timing};
                  else if (opt->timing == "all")
                    for (std::size_t t = 0; t < k_timings; ++t)
                      timings.push_back(static_cast<Timing>(t));
                  else
                    for (std::size_t t = 0; t < k_timings; ++t)
                      if (k_timing_names[t] == opt->timing)
                        timings.push_back(static_cast<Timing>(t));
                  Bargain b = bargain(s, p, input, from, to, timings, opt->steps.value_or(400));
                  if (opt->sampling.given()) {
                    const SimulateOptions so = opt->sampling.options(command_info("bargain"));
                    bargain_draws(s, p, input, b, so.samples, so.seed);
                  }
                  reports.push_back({&s, p, std::move(b)});
                });
            return deliver(render_bargain(reports, format, table_style(g)), g, status, &batch);
          }};
}

} // namespace relief
