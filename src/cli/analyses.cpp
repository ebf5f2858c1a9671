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
  const auto beliefs = selected_beliefs(model, g);
  // One file at a time: its diagnostics, then its scenarios, each under every belief set and
  // perspective; kept only when the command holds on to them. A file is read once per belief
  // set (its numbers differ), its diagnostics printed once.
  for (const auto& path : files) {
    if (stdout_closed())
      return batch.status = ExitStatus::success; // nobody reads on: stop, quietly
    std::vector<LoadedFile> loads = load_scenario_file(path, beliefs, g.root);
    print_diagnostics(loads[0].diagnostics, g);
    batch.status = worst(batch.status, loads[0].status);
    std::vector<const LoadedFile*> file(beliefs.size());
    for (std::size_t b = 0; b < beliefs.size(); ++b)
      file[b] = batch.keep ? &batch.files.emplace_back(std::move(loads[b])) : &loads[b];
    const std::size_t n = file[0]->scenarios.size();
    for (std::size_t i = 0; i < n; ++i)
      for (const LoadedFile* at : file)
        if (i < at->scenarios.size())
          for (std::size_t p : perspectives) {
            ++batch.evaluated;
            fn(at->scenarios[i], p);
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
