#include "cli/command_table.hpp"

#include <CLI/CLI.hpp>
#include <cctype>
#include <fmt/format.h>
#include <stdexcept>

#include "cli/commands.hpp"

namespace relief {

const std::vector<CommandInfo>& command_table()
{
  using F = OutputFormat;
  const std::vector<OutputFormat> analysis = {F::table, F::csv, F::json, F::markdown};
  static const std::vector<CommandInfo> table = {
      {"eval", analysis, Gate::verdict},
      {"compare", analysis, Gate::verdict},
      {"timing", analysis, Gate::verdict, true, 0,
       "Sample the moments' delays and arrival and every uncertain input N times; print each "
       "strategy's mean net and probability of being best",
       "With -n"},
      {"breakeven", analysis, Gate::none, true, 10'000,
       "With --target probability: samples per evaluation (default 10000)",
       "With --target probability"},
      {"sensitivity", analysis, Gate::verdict},
      {"simulate", analysis, Gate::refuses, true, 100'000,
       "Number of samples (default 100000; 1e6 is accepted)", ""},
      {"explain", analysis},
      {"validate", analysis},
      {"model", {F::table, F::yaml, F::json, F::csv, F::markdown}},
      {"init", {F::yaml}},
      {"report",
       {F::html, F::markdown},
       Gate::none,
       true,
       0,
       "Also simulate N samples: the histogram and P(net > 0)",
       "With -n"},
      {"schema", {F::json}},
      {"completion", {F::table}}};
  return table;
}

const CommandInfo& command_info(std::string_view name)
{
  for (const CommandInfo& c : command_table())
    if (c.name == name)
      return c;
  throw std::logic_error(fmt::format("no command '{}' in the command table", name));
}

SimulateOptions SamplingOptions::options(const CommandInfo& info) const
{
  SimulateOptions so;
  so.samples = given() ? parse_sample_count(samples) : info.default_samples;
  so.seed = seed.empty() ? k_default_seed : parse_seed(seed);
  so.threads = parse_threads(threads);
  return so;
}

void add_sampling_options(CLI::App& sub, SamplingOptions& opt, const CommandInfo& info)
{
  // "With -n: the random seed ...", or "The random seed ..." where it always applies
  auto help = [&](std::string text) {
    if (info.sampling_when.empty())
      text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    else
      text = fmt::format("{}: {}", info.sampling_when, text);
    return text;
  };
  sub.add_option("-n", opt.samples, std::string(info.sample_help))->type_name("N");
  sub.add_option("--seed", opt.seed,
                 help(fmt::format("the random seed (default {}); the same seed gives the same "
                                  "output",
                                  k_default_seed)))
      ->type_name("SEED");
  sub.add_option("--threads", opt.threads,
                 help("threads to draw on (default: the cores available); the output does not "
                      "depend on it"))
      ->type_name("N");
}

} // namespace relief
