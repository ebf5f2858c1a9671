// relief design [CONSTRAINTS]: the packages of greatest worth to the EU that the regime accepts,
// searched over the catalogue's grid at each moment, perspective and belief set.
#include <filesystem>
#include <fmt/format.h>
#include <thread>

#include "analysis/design.hpp"
#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "design_space.hpp"
#include "render/analysis_render.hpp"
#include "render/output.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

// Write each package of every answer as a scenario file into dir (created when missing):
// design-MOMENT-PERSPECTIVE-BELIEFS-N.yaml for the best, ...-frontier-N.yaml for the frontier.
ExitStatus write_packages(const std::vector<DesignAnswer>& answers, const DesignSpace& space,
                          const std::string& dir, const std::string& constraints)
{
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec || !std::filesystem::is_directory(dir)) {
    fmt::print(stderr, "relief: cannot create the directory {}: {}\n", printable(dir),
               ec ? ec.message() : "a file of that name is in the way");
    return ExitStatus::cant_create;
  }
  for (const DesignAnswer& a : answers)
    for (bool frontier : {false, true}) {
      const auto& set = frontier ? a.result.frontier : a.result.best;
      for (std::size_t i = 0; i < set.size(); ++i) {
        const std::string_view moment = k_timing_names[static_cast<std::size_t>(a.result.timing)];
        const std::string& perspective = a.model->perspectives[a.perspective].id;
        const std::string stem = fmt::format("design-{}-{}-{}{}-{}", moment, perspective,
                                             a.model->belief, frontier ? "-frontier" : "", i + 1);
        const DesignPackage& p = set[i];
        const std::string header = fmt::format(
            "{} by relief design{}{} (--timing {} --perspective {} --beliefs {}).\n"
            "relief eval {}.yaml --perspective {} --beliefs {} reproduces it: net {}, U {}.",
            frontier ? fmt::format("Frontier deal {}", i + 1)
                     : fmt::format("Best acceptable package {}", i + 1),
            constraints.empty() ? "" : " under ", constraints, moment, perspective, a.model->belief,
            stem, perspective, a.model->belief, p.ev.net, p.ev.regime_surplus.value_or(0));
        const std::string name =
            fmt::format("{} {} ({}, {}, {})", frontier ? "Frontier deal" : "Designed package",
                        i + 1, moment, perspective, a.model->belief);
        AtomicFile file((std::filesystem::path(dir) / (stem + ".yaml")).string());
        if (!file.ok())
          return ExitStatus::cant_create;
        file.write(package_yaml(p, *a.model, a.result.timing, space, name, header));
        if (const ExitStatus s = file.commit(); s != ExitStatus::success)
          return s;
      }
    }
  return ExitStatus::success;
}

} // namespace

Command setup_design(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::string constraints;
    std::string timing = "now";
    std::size_t best = 5;
    bool frontier = false;
    std::string write;
    std::optional<unsigned> threads;
    std::string shard;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "design", "Search the catalogue for the packages of greatest worth to the EU that the regime "
                "accepts (and, with --frontier, the deals no other beats for both sides)");
  sub->add_option("CONSTRAINTS", opt->constraints,
                  "Constraints file: measures excluded or capped, asks required or bounded, caps "
                  "on criteria, the grid (relief-scenario(5), DESIGN CONSTRAINTS)")
      ->type_name("FILE");
  {
    std::vector<std::string> moments(k_timing_names.begin(), k_timing_names.end());
    moments.emplace_back("all");
    sub->add_option("--timing", opt->timing,
                    "Search at this moment, in its context, or at every moment (all); default now")
        ->check(CLI::IsMember(moments))
        ->type_name("MOMENT");
  }
  sub->add_option("-k,--best", opt->best, "How many packages to list (default 5)")
      ->check(CLI::Range(1, 1000))
      ->type_name("K");
  sub->add_flag("--frontier", opt->frontier,
                "Also find the Pareto frontier of the EU's net against the regime's surplus among "
                "deals both sides gain from (slower: every point must be proven)");
  sub->add_option("--write", opt->write,
                  "Write each package found as a scenario file into DIR, which `relief eval` "
                  "reproduces")
      ->type_name("DIR");
  sub->add_option("--threads", opt->threads,
                  "Threads to search on (default: the cores available); the result does not "
                  "depend on it")
      ->check(CLI::Range(1, 256))
      ->type_name("N");
  add_shard_option(*sub, opt->shard,
                   "Search only the K-th of N parts of the grid; `relief merge` joins the N JSON "
                   "documents into the whole search's");
  add_global_options(*sub, g);
  return {sub, [opt, &g] {
            const OutputFormat format = output_format(g, command_info("design").formats);
            ExitStatus status = ExitStatus::success;
            const auto model = model_in_force(g, status);
            if (!model)
              return status;
            if (!model->counterpart.present)
              throw UsageError("design needs the regime's side: the model has no counterpart "
                               "(relief-scenario(5), MODEL FILE)");
            const std::vector<std::size_t> perspectives = selected_perspectives(*model, g);
            const auto models = selected_beliefs(model, g);
            DesignSpace space = default_space(*model);
            if (!opt->constraints.empty()) {
              SpaceLoad load = load_space_file(opt->constraints, *model);
              GlobalOptions loud = g;
              loud.quiet = g.quiet && load.status == ExitStatus::success;
              print_diagnostics(load.diagnostics, loud);
              if (load.status != ExitStatus::success)
                return load.status;
              space = std::move(load.space);
            }
            std::vector<Timing> timings;
            for (std::size_t t = 0; t < k_timings; ++t)
              if (opt->timing == "all" || k_timing_names[t] == opt->timing)
                timings.push_back(static_cast<Timing>(t));

            const std::size_t searches = models.size() * perspectives.size() * timings.size();
            Progress progress(searches * 1000, g.quiet, "searching the catalogue");
            InterruptGuard ctrl_c;
            DesignOptions options;
            options.best = opt->best;
            options.frontier = opt->frontier;
            options.threads =
                opt->threads.value_or(std::max(1u, std::thread::hardware_concurrency()));
            options.stop = &ctrl_c.flag();
            if (!opt->shard.empty()) {
              const Shard shard = parse_shard(opt->shard);
              if (!opt->write.empty())
                throw UsageError("--shard: --write writes the whole search's packages: write "
                                 "them from the merged document's search, not a shard's");
              options.shard_index = shard.index;
              options.shard_count = shard.count;
              set_json_shard(JsonShard{shard.index, shard.count, 0});
            }
            std::vector<DesignAnswer> answers;
            bool interrupted = false;
            for (const auto& m : models)
              for (std::size_t p : perspectives)
                for (Timing t : timings) {
                  if (interrupted)
                    break;
                  const std::size_t done = answers.size();
                  options.progress = [&progress, done](double share) {
                    progress.update(done * 1000 + static_cast<std::uint64_t>(share * 1000));
                  };
                  try {
                    answers.push_back({m, p, design(m, p, t, space, options), opt->frontier});
                  } catch (const std::invalid_argument& e) {
                    throw UsageError(e.what());
                  }
                  interrupted = answers.back().result.interrupted;
                }
            progress.finish();
            if (!opt->write.empty())
              status = worst(status, write_packages(answers, space, opt->write, opt->constraints));
            status = deliver(render_design(answers, space, format, table_style(g)), g, status);
            if (interrupted) {
              fmt::print(stderr,
                         "relief: interrupted after {} of {} searches: the last one's "
                         "packages are the best found so far, not the best\n",
                         answers.size(), searches);
              status = worst(status, ExitStatus::interrupted);
            }
            return status;
          }};
}

} // namespace relief
