#include "cli/command_table.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <limits>
#include <stdexcept>
#include <thread>

#include "cli/commands.hpp"

namespace relief {

const std::vector<CommandInfo>& command_table()
{
  using F = OutputFormat;
  const std::vector<OutputFormat> analysis = {F::table, F::csv, F::json, F::markdown};
  static const std::vector<CommandInfo> table = {
      {.name = "eval", .formats = analysis, .gate = Gate::verdict},
      {.name = "compare",
       .formats = analysis,
       .gate = Gate::both,
       .samples = true,
       .default_samples = 10'000,
       .sample_help = "Also simulate N samples: P(net > 0), P(first), P(accept) per package; with "
                      "--weights-space, N weight draws (default 10000)",
       .sampling_when = "With -n or --weights-space"},
      {.name = "timing",
       .formats = analysis,
       .gate = Gate::verdict,
       .samples = true,
       .sample_help = "Sample the moments' delays and arrival and every uncertain input N times; "
                      "print each strategy's mean net and probability of being best",
       .sampling_when = "With -n"},
      {.name = "breakeven",
       .formats = analysis,
       .samples = true,
       .default_samples = 10'000,
       .sample_help = "With --target probability: samples per evaluation (default 10000)",
       .sampling_when = "With --target probability"},
      {.name = "bargain",
       .formats = analysis,
       .samples = true,
       .default_samples = 10'000,
       .sample_help = "Also draw every other uncertain input N times: P(the zone is not empty) and "
                      "the spread of the EU's minimum and the regime's maximum",
       .sampling_when = "With -n"},
      {.name = "design", .formats = analysis, .reads = Reads::catalogue},
      {.name = "discover",
       .formats = analysis,
       .samples = true,
       .default_samples = 10'000,
       .sample_help = "Draws of every uncertain input to search (default 10000)"},
      {.name = "grid",
       .formats = analysis,
       .samples = true,
       .default_samples = 1'000,
       .sample_help = "Also draw every other uncertain input N times, the same draws in every "
                      "cell: P(net > 0) per cell",
       .sampling_when = "With -n"},
      {.name = "sensitivity", .formats = analysis, .gate = Gate::verdict},
      {.name = "simulate",
       .formats = analysis,
       .gate = Gate::figure,
       .samples = true,
       .default_samples = 100'000,
       .sample_help = "Number of samples (default 100000; 1e6 is accepted)"},
      {.name = "explain", .formats = analysis},
      {.name = "validate", .formats = analysis},
      {.name = "model",
       .formats = {F::table, F::yaml, F::json, F::csv, F::markdown},
       .reads = Reads::model},
      {.name = "init", .formats = {F::yaml}, .reads = Reads::nothing},
      {.name = "diff", .formats = analysis},
      {.name = "merge", .formats = {F::json}, .reads = Reads::nothing},
      {.name = "report",
       .formats = {F::html, F::markdown},
       .gate = Gate::figure,
       .samples = true,
       .sample_help = "Also simulate N samples: the histogram and P(net > 0)",
       .sampling_when = "With -n"},
      {.name = "schema", .formats = {F::json}, .reads = Reads::model},
      {.name = "completion", .formats = {F::table}, .reads = Reads::files}};
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
  so.samples = samples.value_or(info.default_samples);
  so.seed = seed.value_or(k_default_seed);
  so.threads = threads.value_or(std::max(1u, std::thread::hardware_concurrency()));
  return so;
}

namespace {

// A CLI11 check that the value is a whole number from lo to hi; with exponent, one written in
// scientific notation ("1e6") is accepted and rewritten as digits for the typed option.
CLI::Validator whole_number(std::uint64_t lo, std::uint64_t hi, std::string_view what,
                            bool exponent = false)
{
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        std::uint64_t v = 0;
        const char* end = text.data() + text.size();
        auto [ptr, ec] = std::from_chars(text.data(), end, v);
        if (exponent && (ec != std::errc() || ptr != end)) { // "1e6"
          std::size_t used = 0;
          double d = 0;
          try {
            d = std::stod(text, &used);
          } catch (const std::exception&) {
            used = 0;
          }
          if (used == text.size() && !text.empty() && d >= 0 && d == std::floor(d) &&
              d <= double(hi)) {
            v = static_cast<std::uint64_t>(d);
            ptr = end;
            ec = std::errc();
          }
        }
        if (text.empty() || ec != std::errc() || ptr != end || v < lo || v > hi)
          return fmt::format("takes a whole number{} from {} to {}{}, not '{}'", what, lo, hi,
                             exponent ? fmt::format(" (such as 100000 or 1e6)") : "", text);
        text = std::to_string(v);
        return "";
      },
      "", "whole number");
}

} // namespace

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
  CLI::Option* n = sub.add_option("-n", opt.samples, std::string(info.sample_help))
                       ->transform(whole_number(1, k_max_samples, " of samples", true))
                       ->type_name("N");
  CLI::Option* seed =
      sub.add_option("--seed", opt.seed,
                     help(fmt::format("the random seed (default {}); the same seed gives the same "
                                      "output",
                                      k_default_seed)))
          ->transform(whole_number(0, std::numeric_limits<std::uint64_t>::max(), ""))
          ->type_name("SEED");
  CLI::Option* threads =
      sub.add_option("--threads", opt.threads,
                     help("threads to draw on (default: the cores available); the output does not "
                          "depend on it"))
          ->transform(whole_number(1, k_max_threads, ""))
          ->type_name("N");
  if (info.sampling_when == "With -n") {
    seed->needs(n);
    threads->needs(n);
  }
}

} // namespace relief
