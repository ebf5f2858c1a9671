#include "cli/figure_gate.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "render/report_common.hpp"

namespace relief {

std::optional<FigureGate> parse_figure_gate(std::string_view text)
{
  const std::size_t at = text.find_first_of("<>");
  if (at == std::string_view::npos)
    return std::nullopt;
  FigureGate g;
  g.metric = std::string(text.substr(0, at));
  g.below = text[at] == '<';
  const std::string_view number = text.substr(at + 1);
  const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), g.threshold);
  if (ec != std::errc() || end != number.data() + number.size() || !std::isfinite(g.threshold))
    return std::nullopt;
  return g;
}

std::string check_fail_on(const std::string& text)
{
  if (text == "costs-outweigh" || text == "balanced")
    return "";
  std::vector<std::string_view> figures(std::begin(k_gate_figures), std::end(k_gate_figures));
  const auto g = parse_figure_gate(text);
  if (!g)
    return fmt::format("'{}' is neither a verdict (costs-outweigh, balanced) nor a figure of the "
                       "simulation and a bound, such as p_net_positive<0.8 ({})",
                       text, fmt::join(figures, ", "));
  if (std::find(figures.begin(), figures.end(), g->metric) == figures.end())
    return fmt::format("unknown figure '{}' in '{}'; one of {}", g->metric, text,
                       fmt::join(figures, ", "));
  return "";
}

bool allowed(const GlobalOptions& g, const Scenario& s)
{
  const std::string stem = std::filesystem::path(s.file).stem().string();
  return std::any_of(g.allow.begin(), g.allow.end(), [&](const std::string& id) {
    return id == stem || id == s.file || id == s.name;
  });
}

bool figure_gate_trips(const GlobalOptions& g, const FigureGate& gate, const Scenario& s,
                       std::size_t perspective, const SimResult& r)
{
  double figure = 0;
  std::optional<double> se;
  if (gate.metric == "p_net_positive") {
    figure = r.p_net_positive;
    se = r.p_net_positive_se;
  } else if (gate.metric == "p_accept") {
    figure = r.p_accept.value_or(1); // without a counterpart nothing is refused
    se = r.p_accept_se;
  } else // expected_net: the mean worth, weighed by whether the scenario's moment comes
    figure = s.model->timings[static_cast<std::size_t>(s.timing)].arrives.mean * r.worth_mean;
  const bool trips = gate.below ? figure < gate.threshold : figure > gate.threshold;
  if (!trips)
    return false;
  const std::string what =
      fmt::format("'{}' ({}), perspective {}: {} is {}{}", s.name, shown_file(s),
                  s.model->perspectives[perspective].id, gate.metric, fixed(figure, 4),
                  se ? fmt::format(" +- {}", fixed(*se, 4)) : "");
  if (allowed(g, s)) {
    if (!g.quiet)
      fmt::print(stderr, "relief: --fail-on {}: {}, allowed (--allow)\n", g.fail_on, what);
    return false;
  }
  fmt::print(stderr, "relief: --fail-on {}: {}\n", g.fail_on, what);
  return true;
}

} // namespace relief
