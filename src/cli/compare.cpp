// relief compare FILE...: one row per scenario ranked by net; a matrix with --perspective all.
#include "analysis/compare.hpp"
#include "analysis/weight_space.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "cli/figure_gate.hpp"
#include "render/analysis_render.hpp"

namespace relief {
namespace {

// compare --weights-space: one weight space per belief set, of every package read.
ExitStatus compare_weight_space(const std::vector<std::string>& files, const GlobalOptions& g,
                                const SamplingOptions& sampling, OutputFormat format)
{
  if (g.perspective == "all")
    throw UsageError("--weights-space draws the weights itself: give one --perspective (whose "
                     "weights written as distributions are drawn) or none");
  if (!g.fail_on.empty() || !g.in.empty())
    throw UsageError("--weights-space gives shares of ranks: --fail-on and --in do not apply");
  const SimulateOptions so = sampling.options(command_info("compare"));
  std::vector<std::string> beliefs;                   // in the order first read
  std::vector<std::vector<WeightedPackage>> packages; // per belief set
  std::vector<std::pair<std::shared_ptr<const Model>, std::size_t>> models;
  Batch batch;
  batch.keep = false;
  ExitStatus status = for_each_scenario(files, g, batch, [&](const Scenario& s, std::size_t p) {
    auto at = std::find(beliefs.begin(), beliefs.end(), s.model->belief);
    if (at == beliefs.end()) {
      beliefs.push_back(s.model->belief);
      packages.emplace_back();
      models.emplace_back(s.model, p);
      at = beliefs.end() - 1;
    }
    packages[static_cast<std::size_t>(at - beliefs.begin())].push_back(weighted_package(s, p));
  });
  std::vector<WeightSpace> spaces;
  for (std::size_t b = 0; b < beliefs.size(); ++b)
    spaces.push_back(weight_space(*models[b].first, models[b].second, std::move(packages[b]),
                                  so.samples, so.seed));
  return deliver(render_weight_space(spaces, format, table_style(g)), g, status, &batch);
}

// Rank the comparison and write it, a piece at a time; return the status with the gate's.
ExitStatus finish_compare(Comparison& comparison, bool tripped, ExitStatus status,
                          std::size_t evaluated, const GlobalOptions& g, OutputFormat format)
{
  rank_rows(comparison);
  if (tripped)
    status = worst(status, ExitStatus::gate_tripped);
  Delivery out(g);
  if (evaluated > 0)
    write_compare(comparison, format, table_style(g),
                  [&](std::string_view piece) { out.write(piece); });
  return out.finish(status, evaluated > 0);
}

// compare -n: the ranking at the means with, per package, P(net > 0), P(first) within its cell
// (belief set x perspective) and P(accept); --fail-on takes a verdict or a figure. Each cell is
// drawn as a simulation of its own: simulate would pair within cells in one run too, but it keeps
// every item's column of nets, so one cell at a time bounds the memory to one cell's.
ExitStatus compare_simulated(const std::vector<std::string>& files, const GlobalOptions& g,
                             const SamplingOptions& sampling, OutputFormat format)
{
  const SimulateOptions so = sampling.options(command_info("compare"));
  const std::optional<FigureGate> figure = parse_figure_gate(g.fail_on);
  Comparison comparison;
  comparison.in_ask = g.in;
  std::vector<SimItem> items; // items[k] is comparison.rows[k] until they are ranked
  bool tripped = false;
  Batch batch; // kept: the simulation reads the scenarios
  ExitStatus status = for_each_scenario(files, g, batch, [&](const Scenario& s, std::size_t p) {
    Evaluation ev = evaluate(s, p);
    if (!figure)
      tripped = gate_trips(g, s, p, ev.verdict) || tripped;
    std::optional<Equivalent> in;
    if (auto ask = selected_in(*s.model, g))
      in = equivalent(s, p, *ask, ev.net);
    comparison.add(s, p, ev, in);
    items.push_back({&s, p});
  });
  Simulation last; // the last cell's, for the interruption
  if (!items.empty()) {
    comparison.samples = so.samples;
    comparison.seed = so.seed;
    for (std::size_t cell = 0; cell < comparison.cells() && !last.interrupted; ++cell) {
      std::vector<std::size_t> of;
      std::vector<SimItem> cell_items;
      for (std::size_t k = 0; k < items.size(); ++k)
        if (comparison.cell_of(comparison.rows[k]) == cell) {
          of.push_back(k);
          cell_items.push_back(items[k]);
        }
      if (cell_items.empty())
        continue;
      last = run_simulation(so, g.quiet,
                            [&](const SimulateOptions& o) { return simulate(cell_items, o); });
      comparison.samples = last.samples;
      for (std::size_t i = 0; i < of.size(); ++i) {
        const SimResult& r = last.results[i];
        CompareRow& row = comparison.rows[of[i]];
        row.p_net_positive = r.p_net_positive;
        row.p_first = cell_items.size() > 1 ? r.p_first : std::optional<double>(1.0);
        row.p_accept = r.p_accept;
        if (figure) // every one is named
          tripped =
              figure_gate_trips(g, *figure, *items[of[i]].scenario, items[of[i]].perspective, r) ||
              tripped;
      }
    }
  }
  return report_interruption(
      last, finish_compare(comparison, tripped, status, batch.evaluated, g, format));
}

} // namespace

Command setup_compare(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    bool weights_space = false;
    SamplingOptions sampling;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub =
      app.add_subcommand("compare", "Rank scenarios by net; --perspective all gives the matrix");
  add_file_operands(*sub, opt->files, true);
  sub->add_flag(
      "--weights-space", opt->weights_space,
      "Draw the weights over the simplex (or a perspective's distributions) and give each "
      "package's rank acceptability and central weights (SMAA), whatever the perspective");
  add_sampling_options(*sub, opt->sampling, command_info("compare"));
  add_global_options(*sub, g);
  add_in_option(*sub, g);
  return {sub, [opt, sub, &g] {
            const OutputFormat format = output_format(g, command_info("compare").formats);
            if (opt->weights_space)
              return compare_weight_space(opt->files, g, opt->sampling, format);
            if (opt->sampling.given())
              return compare_simulated(opt->files, g, opt->sampling, format);
            if (parse_figure_gate(g.fail_on))
              throw UsageError(
                  fmt::format("--fail-on {} gates on the simulation: give -n N", g.fail_on));
            // One file at a time, keeping only what the ranking needs (analysis/compare.hpp).
            Comparison comparison;
            comparison.in_ask = g.in;
            bool tripped = false;
            Batch batch;
            batch.keep = false;
            ExitStatus status =
                for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
                  Evaluation ev = evaluate(s, p);
                  tripped = gate_trips(g, s, p, ev.verdict) || tripped; // every one is named
                  std::optional<Equivalent> in;
                  if (auto ask = selected_in(*s.model, g))
                    in = equivalent(s, p, *ask, ev.net);
                  comparison.add(s, p, ev, in);
                });
            return finish_compare(comparison, tripped, status, batch.evaluated, g, format);
          }};
}

} // namespace relief
