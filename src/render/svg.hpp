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

// A heat map over a grid of two inputs: x across, y up, one fill per cell, a mark in the cells
// that `marked` flags, and points drawn over it (a frontier found between grid points).
struct HeatMap {
  std::vector<double> x, y;           // the grid's values, in increasing order
  std::vector<std::string_view> fill; // fill[i * y.size() + j]: the cell at (x[i], y[j])
  std::vector<char> marked;           // the same order; a cross in the cell
  std::string x_label, y_label;       // the axes' names
  struct Points {
    std::string label; // in the legend
    std::string_view colour;
    std::vector<std::pair<double, double>> at; // (x, y)
  };
  std::vector<Points> points;
  std::vector<std::pair<std::string_view, std::string>> legend; // (fill, what it means)
};

// Return the heat map as a chart.
std::string svg_heat_map(std::string_view title, std::string_view desc, const HeatMap& map);

// Return a scatter of (x, y) points in [0, 1] x [y_lo, 1], joined in order, the point at `chosen`
// drawn larger and labelled.
std::string svg_trajectory(std::string_view title, std::string_view desc,
                           const std::vector<std::pair<double, double>>& points, std::size_t chosen,
                           double y_lo, std::string_view x_label, std::string_view y_label,
                           std::string_view chosen_label);

} // namespace relief
