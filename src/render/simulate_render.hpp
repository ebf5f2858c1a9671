#pragma once
// simulate -> table, CSV, JSON or Markdown text.
#include <array>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/simulate.hpp"
#include "analysis/timing_simulate.hpp"
#include "render/table.hpp"

namespace relief {

// One result of a simulation with the case it belongs to (the result stays in its Simulation).
using SimReport = Answer<const SimResult*>;

inline constexpr std::array<std::string_view, 5> k_quantile_names = {"p5", "p25", "p50", "p75",
                                                                     "p95"};

// Return a summary as {"mean", "sd", "p5", ..., "p95"}.
nlohmann::ordered_json summary_json(const Summary& s);

// Return a share as a percentage; one too small to show as 0.1% is "<0.1%", never "0.0%".
std::string pct(double share);

// With --in ASK: a simulation's mean net and EVPI read as amounts of the ask.
struct SimIn {
  std::optional<Equivalent> net, evpi;
  std::optional<Equivalent> evppi; // of the driver worth resolving first (the largest EVPPI)
  std::string evppi_path;          // its PATH; empty when no driver has an EVPPI above 0
  double evppi_points = 0;         // its EVPPI in points of net
};

// Return the simulation in the format; reports are in the order of sim.results, and so are in's
// readings when in_ask is given.
std::string render_simulation(const Simulation& sim, const std::vector<SimReport>& reports,
                              OutputFormat format, const TableStyle& style,
                              std::string_view in_ask = {}, const std::vector<SimIn>& in = {});

// Return the paired comparison of several results of one simulation (common random numbers): each
// one's P(ranks first) and P(row beats column), under the heading "Paired comparison: ...".
std::string pairs_table(const std::vector<SimReport>& reports, const TableStyle& style,
                        bool markdown);
TextTable paired_table(const std::vector<SimReport>& reports); // the table alone

// Return the strategies' simulations in the format.
std::string render_timing_simulation(const std::vector<Answer<TimingSimulation>>& reports,
                                     OutputFormat format, const TableStyle& style);

} // namespace relief
