// relief discover FILE -n N [--target T] [--max-inputs K]: scenario discovery by PRIM over the
// simulated draws of every uncertain input.
#include <algorithm>
#include <fmt/format.h>

#include "analysis/discover.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "render/analysis_render.hpp"

namespace relief {

Command setup_discover(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    std::string target = "benefits-outweigh";
    std::size_t max_inputs = 3;
    double min_coverage = 0.5;
    SamplingOptions sampling;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "discover", "Scenario discovery (PRIM): the box of at most a few uncertain inputs in which "
                  "a target holds, with its coverage and density");
  add_file_operands(*sub, opt->files);
  sub->add_option("--target", opt->target,
                  "What to look for in each draw: benefits-outweigh (default), costs-outweigh, "
                  "net>X, net<X, accepted, best=now")
      ->type_name("TARGET");
  sub->add_option("--max-inputs", opt->max_inputs, "Inputs a box may restrict (default 3)")
      ->check(CLI::Range(1, 50))
      ->type_name("K");
  sub->add_option("--min-coverage", opt->min_coverage,
                  "The chosen box is the densest that keeps this share of the draws where the "
                  "target holds (default 0.5)")
      ->check(CLI::Range(0.0, 1.0))
      ->type_name("C");
  add_sampling_options(*sub, opt->sampling, command_info("discover"));
  add_global_options(*sub, g);
  return {sub, [opt, &g] {
            const OutputFormat format = output_format(g, command_info("discover").formats);
            const auto target = parse_target(opt->target);
            if (!target)
              throw UsageError(fmt::format("--target {}: one of benefits-outweigh, "
                                           "costs-outweigh, net>X, net<X, accepted, best=now",
                                           opt->target));
            const SimulateOptions so = opt->sampling.options(command_info("discover"));
            PrimOptions po;
            po.max_inputs = opt->max_inputs;
            po.min_coverage = opt->min_coverage;
            // with --beliefs all, a scenario under one perspective is one discovery over every
            // belief set, the set a categorical input
            std::vector<std::pair<std::vector<const Scenario*>, std::size_t>> groups;
            Batch batch;
            ExitStatus status =
                for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
                  const std::string& id = s.model->perspectives[p].id;
                  const auto same = [&](const auto& group) {
                    const Scenario& o = *group.first.front();
                    return o.file == s.file && o.document == s.document &&
                           o.model->perspectives[group.second].id == id;
                  };
                  const auto at = std::find_if(groups.begin(), groups.end(), same);
                  if (at == groups.end())
                    groups.push_back({{&s}, p});
                  else
                    at->first.push_back(&s);
                });
            std::vector<Answer<Discovery>> reports;
            for (const auto& [under, p] : groups)
              reports.push_back(
                  {under.front(), p,
                   under.size() == 1
                       ? discover(*under.front(), p, *target, so.samples, so.seed, po)
                       : discover_beliefs(under, p, *target, so.samples, so.seed, po)});
            return deliver(render_discover(reports, format, table_style(g)), g, status, &batch);
          }};
}

} // namespace relief
