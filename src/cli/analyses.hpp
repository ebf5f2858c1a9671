#pragma once
// What the analysis commands share: every scenario of the files under every selected perspective.
#include <functional>

#include "cli/common.hpp"

namespace relief {

// Load the files and call fn(scenario, perspective) for each scenario under each selected
// perspective; return the run's status (the files' worst, or the model's).
ExitStatus for_each_scenario(const std::vector<std::string>& files, const GlobalOptions& g,
                             Batch& batch,
                             const std::function<void(const Scenario&, std::size_t)>& fn);

// The formats every analysis speaks.
const std::vector<OutputFormat>& analysis_formats();

} // namespace relief
