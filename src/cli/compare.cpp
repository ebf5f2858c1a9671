// relief compare FILE...: one row per scenario ranked by net; a matrix with --perspective all.
#include "analysis/compare.hpp"
#include "analysis/weight_space.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
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
  add_file_operands(*sub, opt->files);
  sub->add_flag(
      "--weights-space", opt->weights_space,
      "Draw the weights over the simplex (or a perspective's distributions) and give each "
      "package's rank acceptability and central weights (SMAA), whatever the perspective");
  add_sampling_options(*sub, opt->sampling, command_info("compare"));
  add_global_options(*sub, g);
  add_in_option(*sub, g);
  return {sub, [opt, sub, &g] {
            const OutputFormat format = output_format(g, command_info("compare").formats);
            if (!opt->weights_space)
              for (const char* name : {"-n", "--seed", "--threads"})
                if (sub->count(name) > 0)
                  throw UsageError(fmt::format("{} applies only with --weights-space", name));
            if (opt->weights_space)
              return compare_weight_space(opt->files, g, opt->sampling, format);
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
            rank_rows(comparison);
            if (tripped)
              status = worst(status, ExitStatus::gate_tripped);
            Delivery out(g);
            if (batch.evaluated > 0)
              write_compare(comparison, format, table_style(g),
                            [&](std::string_view piece) { out.write(piece); });
            return out.finish(status, batch.evaluated > 0);
          }};
}

} // namespace relief
