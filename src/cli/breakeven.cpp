// relief breakeven FILE --vary PATH: where net crosses zero, or P(net > 0) a level, as PATH
// varies.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <stdexcept>

#include "analysis/breakeven.hpp"
#include "analysis/simulate.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "render/analysis_render.hpp"

namespace relief {

Command setup_breakeven(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    std::vector<std::string> vary; // one PATH (taken as a list to say so when there are more)
    std::optional<double> from, to;
    std::optional<int> steps;
    double tolerance = 1e-9;
    std::string target; // net, probability or timing; default: timing for a moment's arrives
    std::optional<double> level;
    SamplingOptions sampling;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "breakeven", "Where net crosses zero and the verdict changes as one input (PATH) varies");
  add_file_operands(*sub, opt->files);
  sub->add_option("--vary", opt->vary, "The input to vary, e.g. asks.prisoners.amount")
      ->required()
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false) // one PATH per --vary: the words after it are files
      ->type_name("PATH");
  sub->add_option("--from", opt->from, "Lower end of the range (default: the input's valid range)")
      ->type_name("A");
  sub->add_option("--to", opt->to, "Upper end of the range")->type_name("B");
  sub->add_option("--steps", opt->steps,
                  "Intervals of the scan before bisection (default 400; 40 for probability)")
      ->check(CLI::Range(1, 100000))
      ->type_name("N");
  sub->add_option("--tolerance", opt->tolerance,
                  "Bisect until |net| is at most this (default 1e-9)")
      ->check(CLI::PositiveNumber)
      ->type_name("T");
  sub->add_option("--target", opt->target,
                  "What crosses: net (through zero), probability (P(net > 0) through --level) "
                  "or timing (waiting for a moment against engaging now); default: timing when "
                  "PATH is a moment's arrives or a number of another moment, else net")
      ->check(CLI::IsMember({"net", "probability", "timing"}))
      ->type_name("WHAT");
  sub->add_option("--level", opt->level, "With --target probability: the level (default 0.8)")
      ->check(CLI::Range(0.0, 1.0))
      ->type_name("P");
  add_sampling_options(*sub, opt->sampling, command_info("breakeven"));
  add_global_options(*sub, g);
  return {
      sub, [opt, &g, sub] {
        const OutputFormat format = output_format(g, command_info("breakeven").formats);
        if (opt->vary.size() > 1)
          throw UsageError(fmt::format("breakeven varies one input at a time; --vary is given {} "
                                       "times ({}): run it once for each",
                                       opt->vary.size(), fmt::join(opt->vary, ", ")));
        std::optional<ProbabilityTarget> target;
        if (opt->target == "probability") {
          target.emplace();
          target->level = opt->level.value_or(0.8);
          const SimulateOptions so = opt->sampling.options(command_info("breakeven"));
          target->samples = so.samples;
          target->seed = so.seed;
          target->threads = so.threads;
          if (!(target->level > 0 && target->level < 1))
            throw UsageError("--level must be between 0 and 1, exclusive");
          if (sub->count("--tolerance") > 0)
            throw UsageError("--tolerance applies only with --target net: P(net > 0) moves in "
                             "steps of 1/N");
        } else if (opt->target == "timing") {
          if (sub->count("--level") > 0)
            throw UsageError("--level applies only with --target probability");
        }
        if (opt->target != "probability")
          for (const char* name : {"--level", "-n", "--seed", "--threads"})
            if (sub->count(name) > 0)
              throw UsageError(fmt::format("{} applies only with --target probability", name));
        std::vector<Answer<Breakeven>> reports;
        Batch batch;
        ExitStatus status =
            for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
              const VariedInput input = [&] {
                try {
                  return varied_input(s, p, opt->vary.front());
                } catch (const std::invalid_argument& e) {
                  throw UsageError(e.what());
                }
              }();
              double from = opt->from.value_or(input.from);
              double to = opt->to.value_or(input.to);
              if (!(from < to) || !std::isfinite(from) || !std::isfinite(to))
                throw UsageError(
                    fmt::format("--from {} --to {}: need a range with from < to", from, to));
              if (from < input.range.lo || to > input.range.hi)
                throw UsageError(fmt::format("{} must stay within {}: --from {} --to {} leaves it",
                                             input.path, input.range.describe(), from, to));
              // net does not depend on a moment's arrives, nor on any number of a moment
              // other than the scenario's own: there the question is when to engage
              const std::string what = !opt->target.empty() ? opt->target
                                       : input.timing_only  ? "timing"
                                                            : "net";
              if (what == "timing") {
                if (input.path == "context.delay_months") // the strategies set it aside
                  throw UsageError("with --target timing, each moment has its own delay: vary "
                                   "model.timings.MOMENT.delay_months (the scenario's "
                                   "context.delay_months is not one of them)");
                // each moment the path belongs to, or every moment to wait for
                for (std::size_t t = 1; t < k_timings; ++t) {
                  const auto m = static_cast<Timing>(t);
                  const std::string prefix = fmt::format("model.timings.{}.", k_timing_names[t]);
                  if (input.path.starts_with("model.timings.") && !input.path.starts_with(prefix) &&
                      !input.path.starts_with("model.timings.now."))
                    continue;
                  reports.push_back({&s, p,
                                     breakeven_timing(s, p, input, from, to, m,
                                                      opt->steps.value_or(400), opt->tolerance)});
                }
                return;
              }
              if (input.timing_only)
                throw UsageError(fmt::format("{} does not change net at the scenario's own "
                                             "moment: it belongs to another moment; use "
                                             "--target timing",
                                             input.path));
              reports.push_back({&s, p,
                                 target ? breakeven_probability(s, p, input, from, to, *target,
                                                                opt->steps.value_or(40))
                                        : breakeven(s, p, input, from, to, opt->steps.value_or(400),
                                                    opt->tolerance)});
            });
        return deliver(render_breakeven(reports, format, table_style(g)), g, status, &batch);
      }};
}

} // namespace relief
