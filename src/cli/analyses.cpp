#include "cli/analyses.hpp"

#include "render/output.hpp"

namespace relief {

ExitStatus for_each_scenario(const std::vector<std::string>& files, const GlobalOptions& g,
                             Batch& batch,
                             const std::function<void(const Scenario&, std::size_t)>& fn)
{
  ExitStatus status = ExitStatus::success;
  auto model = model_in_force(g, status);
  if (!model)
    return status;
  const auto perspectives = selected_perspectives(*model, g);
  // One file at a time: its diagnostics, then its scenarios; kept only when the command holds on
  // to them.
  for (const auto& path : files) {
    if (stdout_closed())
      return batch.status = ExitStatus::success; // nobody reads on: stop, quietly
    LoadedFile loaded = load_scenario_file(path, model, g.root);
    print_diagnostics(loaded.diagnostics, g);
    batch.status = worst(batch.status, loaded.status);
    const LoadedFile& file = batch.keep ? batch.files.emplace_back(std::move(loaded)) : loaded;
    for (const Scenario& s : file.scenarios)
      for (std::size_t p : perspectives) {
        ++batch.evaluated;
        fn(s, p);
      }
  }
  return batch.status;
}

const std::vector<OutputFormat>& analysis_formats()
{
  static const std::vector<OutputFormat> formats = {OutputFormat::table, OutputFormat::csv,
                                                    OutputFormat::json, OutputFormat::markdown};
  return formats;
}

} // namespace relief
