// relief simulate FILE...: Monte Carlo over every uncertain input; drivers and value of
// information; with several files, P(A beats B) from common random numbers.
#include <charconv>
#include <cmath>
#include <csignal>
#include <filesystem>
#include <fmt/format.h>
#include <limits>
#include <malloc.h>
#include <thread>

#include "analysis/equivalent.hpp"
#include "analysis/simulate.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "cli/figure_gate.hpp"
#include "cli/progress.hpp"
#include "cli/sample_writer.hpp"
#include "render/simulate_render.hpp"
#include "temporaries.hpp"

namespace relief {
Simulation run_simulation(SimulateOptions so, bool quiet,
                          const std::function<Simulation(const SimulateOptions&)>& fn)
{
  const auto [lo, hi] = shard_chunks(so.samples, so.shard_index, so.shard_count);
  const std::uint64_t chunk = k_chunk_blocks * k_block; // a shard's samples: its chunks'
  Progress progress(std::min(so.samples, hi * chunk) - std::min(so.samples, lo * chunk), quiet);
  so.progress = [&](std::uint64_t done) { progress.update(done); };
  InterruptGuard ctrl_c;
  so.stop = &ctrl_c.flag();
  // The statistics allocate and free buffers of megabytes per input; glibc would map and unmap
  // each, faulting its pages in every time. Keep them on the heap instead.
  ::mallopt(M_MMAP_THRESHOLD, 512 << 20);
  ::mallopt(M_TRIM_THRESHOLD, 1024 << 20);
  Simulation sim = fn(so);
  progress.finish();
  return sim;
}

ExitStatus report_interruption(const Simulation& sim, ExitStatus status)
{
  if (!sim.interrupted)
    return status;
  fmt::print(stderr, "relief: interrupted after {} of {} samples\n", sim.samples, sim.requested);
  return worst(status, ExitStatus::interrupted);
}

Command setup_simulate(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    SamplingOptions sampling;
    std::string samples_file;
    std::string shard;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "simulate", "Monte Carlo: how sure the verdict is, what drives the spread, what is worth "
                  "knowing first");
  add_file_operands(*sub, opt->files);
  add_sampling_options(*sub, opt->sampling, command_info("simulate"));
  sub->add_option("--samples", opt->samples_file,
                  "Also write every draw as CSV to FILE: sample, each uncertain input, benefits, "
                  "costs, net")
      ->type_name("FILE");
  add_shard_option(*sub, opt->shard,
                   "Draw only the K-th of N runs of the samples (with the first 100,000, for the "
                   "drivers); `relief merge` joins the N JSON documents into the whole run's");
  add_global_options(*sub, g);
  add_in_option(*sub, g);
  return {
      sub, [opt, &g] {
        const OutputFormat format = output_format(g, command_info("simulate").formats);
        SimulateOptions so = opt->sampling.options(command_info("simulate"));
        if (!opt->shard.empty()) {
          const Shard shard = parse_shard(opt->shard);
          if (!g.fail_on.empty() || !g.in.empty())
            throw UsageError("--shard: --fail-on and --in judge a whole run, not a shard "
                             "(read them from the merged document)");
          so.shard_index = shard.index;
          so.shard_count = shard.count;
        }
        std::optional<SampleWriter> writer;
        if (!opt->samples_file.empty())
          writer.emplace(opt->samples_file); // a usage error when its directory is missing

        std::vector<SimItem> items;
        Batch batch;
        ExitStatus status =
            for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
              items.push_back({&s, p});
            });
        if (items.empty())
          return deliver("", g, status);
        if (writer) {
          if (!writer->start(items, shard_chunks(so.samples, so.shard_index, so.shard_count).first *
                                        k_chunk_blocks))
            return ExitStatus::cant_create;
          so.sink = [&](const std::vector<SampleBlock>& blocks) { writer->write(blocks); };
        }
        Simulation sim = run_simulation(
            so, g.quiet, [&](const SimulateOptions& o) { return simulate(items, o); });
        if (writer && (status == ExitStatus::success || status == ExitStatus::gate_tripped))
          status = worst(status, writer->finish());
        else if (writer) // as -o: nothing is written when the run failed
          fmt::print(stderr, "relief: '{}' was not written because the run failed\n",
                     opt->samples_file);
        std::vector<SimReport> reports;
        for (std::size_t k = 0; k < items.size(); ++k)
          reports.push_back({items[k], &sim.results[k]});
        std::vector<SimIn> in; // --in: the mean net and EVPI as amounts of the ask
        for (const SimReport& r : reports)
          if (auto ask = selected_in(*r.scenario->model, g)) {
            SimIn x{equivalent(*r.scenario, r.perspective, *ask, r.result->net.mean),
                    equivalent(*r.scenario, r.perspective, *ask, r.result->evpi),
                    std::nullopt,
                    {}};
            const Driver* first = nullptr; // the belief worth resolving first
            for (const Driver& d : r.result->drivers)
              if (d.evppi > 0 && (!first || d.evppi > first->evppi))
                first = &d;
            if (first) {
              x.evppi = equivalent(*r.scenario, r.perspective, *ask, first->evppi);
              x.evppi_path = first->path;
              x.evppi_points = first->evppi;
            }
            in.push_back(std::move(x));
          }
        if (const auto gate = parse_figure_gate(g.fail_on)) {
          bool tripped = false;
          for (const SimReport& r : reports) // every one is named
            tripped = figure_gate_trips(g, *gate, *r.scenario, r.perspective, *r.result) || tripped;
          if (tripped)
            status = worst(status, ExitStatus::gate_tripped);
        }
        status = deliver(render_simulation(sim, reports, format, table_style(g), g.in, in), g,
                         status, &batch);
        return report_interruption(sim, status);
      }};
}

} // namespace relief
