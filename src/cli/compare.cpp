// relief compare FILE...: one row per scenario ranked by net; a matrix with --perspective all.
#include "analysis/compare.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "render/analysis_render.hpp"

namespace relief {

Command setup_compare(CLI::App& app, GlobalOptions& g)
{
  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* sub =
      app.add_subcommand("compare", "Rank scenarios by net; --perspective all gives the matrix");
  add_file_operands(*sub, *files);
  add_global_options(*sub, g);
  add_in_option(*sub, g);
  return {sub, [files, &g] {
            const OutputFormat format = output_format(g, command_info("compare").formats);
            // One file at a time, keeping only what the ranking needs (analysis/compare.hpp).
            Comparison comparison;
            comparison.in_ask = g.in;
            bool tripped = false;
            Batch batch;
            batch.keep = false;
            ExitStatus status =
                for_each_scenario(*files, g, batch, [&](const Scenario& s, std::size_t p) {
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
