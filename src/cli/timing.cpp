// relief timing FILE: engaging now against waiting for the end of the war or for Lukashenka's
// exit (SPEC 3 step 11); -n samples the strategies; --delay A:B:STEP sweeps the delay.
#include <charconv>
#include <fmt/format.h>

#include "analysis/timing.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "render/analysis_render.hpp"
#include "render/simulate_render.hpp"

namespace relief {
namespace {

struct Sweep {
  double from, to, step;
};

Sweep parse_sweep(const std::string& text)
{
  Sweep s{};
  double* parts[] = {&s.from, &s.to, &s.step};
  std::size_t start = 0;
  for (int i = 0; i < 3; ++i) {
    std::size_t end = i < 2 ? text.find(':', start) : text.size();
    if (end == std::string::npos)
      throw UsageError(
          fmt::format("--delay takes A:B:STEP in months, e.g. 0:48:6, got '{}'", text));
    auto [ptr, ec] = std::from_chars(text.data() + start, text.data() + end, *parts[i]);
    if (ec != std::errc() || ptr != text.data() + end || !std::isfinite(*parts[i]))
      throw UsageError(
          fmt::format("--delay takes A:B:STEP in months, e.g. 0:48:6, got '{}'", text));
    start = end + 1;
  }
  if (s.from < 0 || s.to > 1200 || s.from > s.to || s.step <= 0 || (s.to - s.from) / s.step > 10000)
    throw UsageError(fmt::format(
        "--delay {}: need 0 <= A <= B <= 1200, STEP > 0 and at most 10000 steps", text));
  return s;
}

} // namespace

Command setup_timing(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    std::string delay;
    SamplingOptions sampling;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "timing", "Engage now, or wait for the end of the war or for Lukashenka's exit? Each "
                "strategy's expected net (arrives x net), what waiting forgoes and saves; -n "
                "samples it, --delay sweeps the delay");
  add_file_operands(*sub, opt->files);
  sub->add_option("--delay", opt->delay, "Sweep delay_months from A to B by STEP instead")
      ->type_name("A:B:STEP");
  add_sampling_options(*sub, opt->sampling, command_info("timing"));
  add_global_options(*sub, g);
  return {
      sub, [opt, &g] {
        const OutputFormat format = output_format(g, command_info("timing").formats);
        Batch batch;
        if (opt->sampling.given()) {
          if (!opt->delay.empty())
            throw UsageError("--delay and -n cannot be combined: -n samples each moment's "
                             "own delay");
          if (!g.fail_on.empty())
            throw UsageError("--fail-on does not apply to timing -n: it gates on a verdict, "
                             "and a simulation gives a share of each");
          SimulateOptions so = opt->sampling.options(command_info("timing"));
          std::vector<Answer<TimingSimulation>> reports;
          ExitStatus status =
              for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
                reports.push_back({&s, p, {}});
              });
          const Simulation* interrupted = nullptr;
          for (Answer<TimingSimulation>& r : reports) {
            if (interrupted) // Ctrl-C: what was drawn is reported, nothing more is drawn
              break;
            run_simulation(so, g.quiet, [&](const SimulateOptions& o) {
              r.result = simulate_timing(*r.scenario, r.perspective, o);
              return r.result.sim;
            });
            if (r.result.sim.interrupted)
              interrupted = &r.result.sim;
          }
          while (!reports.empty() && reports.back().result.sim.results.empty())
            reports.pop_back();
          status =
              deliver(render_timing_simulation(reports, format, table_style(g)), g, status, &batch);
          return interrupted ? report_interruption(*interrupted, status) : status;
        }
        if (!opt->delay.empty()) {
          if (!g.fail_on.empty())
            throw UsageError("--fail-on does not apply to timing --delay: a sweep gives a verdict "
                             "per delay, not one per scenario");
          Sweep sweep = parse_sweep(opt->delay);
          std::vector<Answer<std::vector<DelayPoint>>> reports;
          ExitStatus status =
              for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
                reports.push_back({&s, p, delay_sweep(s, p, sweep.from, sweep.to, sweep.step)});
              });
          return deliver(render_delay_sweep(reports, format, table_style(g)), g, status, &batch);
        }
        std::vector<Answer<TimingResult>> reports;
        bool tripped = false;
        ExitStatus status =
            for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
              reports.push_back({&s, p, timing(s, p)});
              // the gate reads the verdict on the best strategy's expected net
              const TimingResult& t = reports.back().result;
              const auto best = static_cast<std::size_t>(t.best);
              tripped = gate_trips(g, s, p, verdict_of(t.at[best].expected, t.margin),
                                   fmt::format("the expected net of the best strategy ({})",
                                               k_timing_names[best])) ||
                        tripped;
            });
        if (tripped)
          status = worst(status, ExitStatus::gate_tripped);
        return deliver(render_timing(reports, format, table_style(g)), g, status, &batch);
      }};
}

} // namespace relief
