#include "render/columns.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace relief {

std::string Field::shown() const
{
  if (text)
    return *text;
  if (value.is_string())
    return value.get<std::string>();
  if (value.is_number_float()) {
    const double v = value.get<double>();
    if (decimals >= 0)
      return fixed(v, decimals);
    if (digits >= 0) {
      require_finite(v);
      return fmt::format("{:.{}g}", v, digits);
    }
    return readable(v);
  }
  return csv_text(value);
}

Field number(double v, int decimals)
{
  return {v, std::nullopt, decimals};
}

Field significant(double v, int digits)
{
  return {v, std::nullopt, -1, digits};
}

Field figure(double v)
{
  return significant(v, 4);
}

Field plain(double v)
{
  return {v, std::nullopt};
}

Field count(long long n)
{
  return {n, std::nullopt};
}

Field maybe(const std::optional<double>& v, int decimals, std::string none)
{
  if (!v)
    return {nullptr, std::move(none)};
  return number(*v, decimals);
}

Field text(std::string_view s)
{
  return {std::string(s), std::nullopt};
}

Field flag(bool b, std::string shown)
{
  return {b, std::move(shown)};
}

std::string csv_text(const Json& value)
{
  if (value.is_null())
    return "";
  if (value.is_string())
    return value.get<std::string>();
  if (value.is_boolean())
    return value.get<bool>() ? "true" : "false";
  if (value.is_number_float())
    return exact(value.get<double>());
  return value.dump();
}

const Columns<Case>& case_columns()
{
  static const Columns<Case> columns = {
      {"scenario", "scenario", [](const Case& c) { return text(c.scenario->name); }, Align::left,
       Fit::shorten},
      {"file", "file", [](const Case& c) { return text(c.scenario->file); }, Align::left,
       Fit::shorten},
      {"document", "", [](const Case& c) { return count(c.scenario->document); }},
      {"perspective", "perspective", [](const Case& c) { return text(c.perspective_id()); },
       Align::left},
      {"beliefs", "beliefs", [](const Case& c) { return text(c.scenario->model->belief); },
       Align::left},
  };
  return columns;
}

void add_bars(TextTable& t, std::string heading, std::vector<std::pair<double, double>> spans,
              int half)
{
  BarColumn bars;
  bars.column = t.header.size();
  bars.half = half;
  for (const auto& [lo, hi] : spans) {
    bars.max_abs = std::max({bars.max_abs, std::abs(lo), std::abs(hi)});
    bars.spans.emplace_back(std::pair(lo, hi));
  }
  t.header.push_back(std::move(heading));
  t.align.push_back(Align::left);
  for (auto& row : t.rows)
    row.emplace_back(); // drawn by render_text
  t.bar = std::move(bars);
}

} // namespace relief
