// relief grid FILE --vary A[:FROM:TO:STEPS] --vary B[:FROM:TO:STEPS]: net and verdict over a
// two-way grid of inputs, with the frontiers between grid points; -n adds P(net > 0) per cell.
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <stdexcept>

#include "analysis/grid.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "render/analysis_render.hpp"

namespace relief {
namespace {

constexpr int k_default_steps = 11;
constexpr int k_max_steps = 1000;

struct AxisSpec {
  std::string path;
  std::optional<double> from, to;
  int steps = k_default_steps;
};

// Return A[:FROM:TO:STEPS] read (FROM and TO may be empty: the input's default range).
AxisSpec parse_axis(const std::string& text)
{
  AxisSpec out;
  std::vector<std::string> parts;
  for (std::size_t from = 0;;) {
    const std::size_t at = text.find(':', from);
    parts.push_back(text.substr(from, at == std::string::npos ? std::string::npos : at - from));
    if (at == std::string::npos)
      break;
    from = at + 1;
  }
  if (parts.size() > 4 || parts[0].empty())
    throw UsageError(fmt::format("--vary {}: give PATH or PATH:FROM:TO:STEPS", text));
  out.path = parts[0];
  auto number = [&](const std::string& s, const char* what) {
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v))
      throw UsageError(fmt::format("--vary {}: {} '{}' is not a number", text, what, s));
    return v;
  };
  if (parts.size() > 1 && !parts[1].empty())
    out.from = number(parts[1], "FROM");
  if (parts.size() > 2 && !parts[2].empty())
    out.to = number(parts[2], "TO");
  if (parts.size() > 3 && !parts[3].empty()) {
    const double steps = number(parts[3], "STEPS");
    if (steps != std::floor(steps) || steps < 2 || steps > k_max_steps)
      throw UsageError(
          fmt::format("--vary {}: STEPS must be a whole number from 2 to {}", text, k_max_steps));
    out.steps = static_cast<int>(steps);
  }
  return out;
}

GridAxis axis_of(const Scenario& s, std::size_t p, const AxisSpec& spec)
{
  GridAxis axis;
  try {
    axis.input = varied_input(s, p, spec.path);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  if (axis.input.timing_only)
    throw UsageError(fmt::format("{} does not change the package at its moment: grid varies an "
                                 "input of the package",
                                 axis.input.path));
  const double from = spec.from.value_or(axis.input.from);
  const double to = spec.to.value_or(axis.input.to);
  if (!(from < to))
    throw UsageError(fmt::format("--vary {}: need a range with FROM < TO ({} to {})", spec.path,
                                 readable(from), readable(to)));
  if (!axis.input.range.contains(from) || !axis.input.range.contains(to))
    throw UsageError(fmt::format("{} must stay within {}: {} to {} leaves it", axis.input.path,
                                 axis.input.range.describe(), readable(from), readable(to)));
  axis.values = grid_values(from, to, spec.steps);
  return axis;
}

} // namespace

Command setup_grid(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    std::vector<std::string> vary;
    SamplingOptions sampling;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "grid", "Net and verdict over a two-way grid of inputs (prisoners x credibility), with the "
              "frontiers net = 0 and +-margin between grid points");
  add_file_operands(*sub, opt->files);
  sub->add_option("--vary", opt->vary,
                  "An input and its range: PATH[:FROM:TO:STEPS] (default: its valid range, 11 "
                  "values); give two")
      ->required()
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false)
      ->type_name("PATH[:FROM:TO:STEPS]");
  add_sampling_options(*sub, opt->sampling, command_info("grid"));
  add_global_options(*sub, g);
  return {sub, [opt, &g] {
            const OutputFormat format = output_format(g, command_info("grid").formats);
            if (opt->vary.size() != 2)
              throw UsageError(fmt::format("grid varies two inputs: give --vary twice (given {})",
                                           opt->vary.size()));
            const AxisSpec sa = parse_axis(opt->vary[0]), sb = parse_axis(opt->vary[1]);
            std::vector<Answer<Grid>> reports;
            Batch batch;
            ExitStatus status =
                for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
                  const GridAxis a = axis_of(s, p, sa), b = axis_of(s, p, sb);
                  if (a.input.path == b.input.path)
                    throw UsageError(fmt::format("--vary names {} twice: grid varies two "
                                                 "different inputs",
                                                 a.input.path));
                  Grid result = grid(s, p, a, b);
                  if (opt->sampling.given()) {
                    const SimulateOptions so = opt->sampling.options(command_info("grid"));
                    grid_draws(s, p, result, so.samples, so.seed);
                  }
                  reports.push_back({&s, p, std::move(result)});
                });
            return deliver(render_grid(reports, format, table_style(g)), g, status, &batch);
          }};
}

} // namespace relief
