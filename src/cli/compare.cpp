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
  return {sub, [files, &g] {
            const OutputFormat format = output_format(g, analysis_formats());
            std::vector<CompareRow> rows;
            bool tripped = false;
            ExitStatus status = ExitStatus::success;
            // Load and evaluate one file at a time, keeping only the rows: memory stays flat.
            auto model = model_in_force(g, status);
            if (!model)
              return status;
            const auto perspectives = selected_perspectives(*model, g);
            for (const auto& path : *files) {
              Batch one = load_batch({path}, model, g);
              status = worst(status, one.status);
              for (const LoadedFile& file : one.files)
                for (const Scenario& s : file.scenarios)
                  for (std::size_t p : perspectives) {
                    Evaluation ev = evaluate(s, p);
                    tripped = gate_trips(g, s, p, ev.verdict) || tripped; // every one is named
                    rows.push_back(compare_row(s, p, ev));
                  }
            }
            rank_rows(rows);
            if (tripped)
              status = worst(status, ExitStatus::gate_tripped);
            Batch evaluated;
            evaluated.evaluated = rows.size();
            return deliver(render_compare(rows, format, table_style(g)), g, status, &evaluated);
          }};
}

} // namespace relief
