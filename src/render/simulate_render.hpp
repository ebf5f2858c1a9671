#pragma once
// simulate -> table, CSV, JSON or Markdown text.
#include <string>
#include <vector>

#include "analysis/simulate.hpp"
#include "render/table.hpp"

namespace relief {

// One result of a simulation with the scenario and perspective it belongs to.
struct SimReport {
  SimItem item;
  const SimResult& result;
};

// Return the simulation in the format; reports are in the order of sim.results.
std::string render_simulation(const Simulation& sim, const std::vector<SimReport>& reports,
                              OutputFormat format, const TableStyle& style);

} // namespace relief
