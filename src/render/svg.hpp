#pragma once
// Charts as SVG for reports: self-contained (no script, font or stylesheet from outside), each with
// a <title> and a <desc> that say in words what it shows, so that a screen reader or a printout
// without colour still carries it. Written by hand: a few rectangles, lines and labels need no
// library.
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

// Colours of the report, also usable without a stylesheet.
inline constexpr std::string_view k_benefit_colour = "#2e7d32";
inline constexpr std::string_view k_cost_colour = "#c62828";
inline constexpr std::string_view k_neutral_colour = "#1565c0";

// One horizontal bar from lo to hi on the chart's axis.
struct Bar {
  std::string label;
  double lo = 0, hi = 0;
  std::string_view colour = k_neutral_colour;
  std::string value; // printed at the bar's end
};

// Return text safe inside XML character data and attribute values.
std::string xml_escape(std::string_view text);

// Return a chart of horizontal bars on a shared axis through 0 (and through `base` when it is
// not 0: a tornado around it).
std::string svg_bars(std::string_view title, std::string_view desc, const std::vector<Bar>& bars,
                     double base = 0);

// Return a line chart of (x, y) points with the zero line, x_label under the axis, and a marker
// at each of marks (x values).
std::string svg_line(std::string_view title, std::string_view desc,
                     const std::vector<std::pair<double, double>>& points, std::string_view x_label,
                     const std::vector<double>& marks);

// Return a histogram: bins as (from, to, share).
std::string svg_histogram(std::string_view title, std::string_view desc,
                          const std::vector<std::array<double, 3>>& bins);

} // namespace relief
