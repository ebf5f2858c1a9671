#pragma once
// --fail-on on a figure of a simulation (issue 19 item 5): `p_net_positive<0.8`, `p_accept<0.5`,
// `expected_net<0`, on simulate and report -n; and --allow, which exempts a scenario from any gate.
#include <optional>
#include <string>
#include <string_view>

#include "analysis/simulate.hpp"
#include "cli/common.hpp"

namespace relief {

struct FigureGate {
  std::string metric; // p_net_positive, p_accept or expected_net
  bool below = true;  // trips when the figure is below the threshold (<), else above (>)
  double threshold = 0;
};

// The figures a gate can name.
inline constexpr std::string_view k_gate_figures[] = {"p_net_positive", "p_accept", "expected_net"};

// Return the gate that text writes as FIGURE<X or FIGURE>X, or none when text is not of that form
// (a verdict, say).
std::optional<FigureGate> parse_figure_gate(std::string_view text);

// Return "" when text is a gate --fail-on takes (a verdict or FIGURE<X), else why it is not.
std::string check_fail_on(const std::string& text);

// Return whether --allow names the scenario: its file's name without directory and extension (the
// id compare shows), its file as given, or its name.
bool allowed(const GlobalOptions& g, const Scenario& s);

// Return true when the gate trips on the simulation of s under the perspective; say so on standard
// error, naming the scenario, its file, the perspective and the figure with its standard error (a
// scenario --allow names is told apart, and never trips).
bool figure_gate_trips(const GlobalOptions& g, const FigureGate& gate, const Scenario& s,
                       std::size_t perspective, const SimResult& r);

} // namespace relief
