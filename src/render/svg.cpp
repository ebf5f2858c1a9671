#include "render/svg.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>

#include "render/table.hpp"

namespace relief {
namespace {

constexpr double k_width = 680, k_right = 70, k_row = 22, k_top = 30;

std::string open_svg(double height, std::string_view title, std::string_view desc)
{
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"12\">\n"
      "<title>{2}</title>\n<desc>{3}</desc>\n"
      "<text x=\"4\" y=\"16\" font-weight=\"bold\">{2}</text>\n",
      k_width, height, xml_escape(title), xml_escape(desc));
}

std::string num(double v)
{
  return fmt::format("{:.1f}", v);
}

} // namespace

std::string xml_escape(std::string_view text)
{
  std::string out;
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' ? '?' : c;
    }
  }
  return out;
}

std::string svg_bars(std::string_view title, std::string_view desc, const std::vector<Bar>& bars,
                     double base)
{
  double lo = std::min(0.0, base), hi = std::max(0.0, base);
  for (const Bar& b : bars) {
    lo = std::min({lo, b.lo, b.hi});
    hi = std::max({hi, b.lo, b.hi});
  }
  if (hi - lo <= 0)
    hi = lo + 1;
  // room beyond the longest bars for their values
  const double pad = 0.15 * (hi - lo);
  lo -= lo < std::min(0.0, base) ? pad : 0;
  hi += hi > std::max(0.0, base) ? pad : 0;
  // room for the longest label at about 7 pixels a character
  std::size_t longest = 0;
  for (const Bar& b : bars)
    longest = std::max(longest, b.label.size());
  const double label = std::clamp(7.0 * static_cast<double>(longest) + 12, 80.0, 320.0);
  const double plot = k_width - label - k_right;
  auto x = [&](double v) { return label + (v - lo) / (hi - lo) * plot; };
  const double height = k_top + k_row * static_cast<double>(bars.size()) + 24;
  std::string out = open_svg(height, title, desc);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const double y = k_top + k_row * static_cast<double>(i);
    const double x0 = x(std::min(b.lo, b.hi)), x1 = x(std::max(b.lo, b.hi));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", num(label - 6),
                       num(y + 15), xml_escape(b.label));
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n",
                       num(x0), num(y + 4), num(std::max(x1 - x0, 1.0)), num(k_row - 8), b.colour);
    // the value beyond the bar's far end from the axis
    const bool left = b.hi <= base && b.lo < base;
    out += fmt::format("<text x=\"{}\" y=\"{}\"{}>{}</text>\n", num(left ? x0 - 4 : x1 + 4),
                       num(y + 15), left ? " text-anchor=\"end\"" : "", xml_escape(b.value));
  }
  const double bottom = k_top + k_row * static_cast<double>(bars.size());
  out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#333\"/>\n",
                     num(x(base)), num(k_top), num(bottom));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", num(x(base)),
                     num(bottom + 16), fixed(base, 3));
  return out + "</svg>\n";
}

std::string svg_line(std::string_view title, std::string_view desc,
                     const std::vector<std::pair<double, double>>& points, std::string_view x_label,
                     const std::vector<double>& marks)
{
  const double height = 220, top = k_top, bottom = height - 40, left = 60, right = k_width - 20;
  double x_lo = points.empty() ? 0 : points.front().first;
  double x_hi = points.empty() ? 1 : points.back().first;
  double y_lo = 0, y_hi = 0;
  for (const auto& [px, py] : points) {
    y_lo = std::min(y_lo, py);
    y_hi = std::max(y_hi, py);
  }
  if (x_hi - x_lo <= 0)
    x_hi = x_lo + 1;
  if (y_hi - y_lo <= 0)
    y_hi = y_lo + 1;
  auto x = [&](double v) { return left + (v - x_lo) / (x_hi - x_lo) * (right - left); };
  auto y = [&](double v) { return bottom - (v - y_lo) / (y_hi - y_lo) * (bottom - top); };
  std::string out = open_svg(height, title, desc);
  out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#999\" "
                     "stroke-dasharray=\"4 3\"/>\n",
                     num(left), num(y(0)), num(right), num(y(0)));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">net 0</text>\n", num(left - 4),
                     num(y(0) + 4));
  std::string path;
  for (const auto& [px, py] : points)
    path += fmt::format("{}{},{}", path.empty() ? "M" : " L", num(x(px)), num(y(py)));
  out += fmt::format("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>\n", path,
                     k_neutral_colour);
  for (double m : marks)
    out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{3}\"/>\n"
                       "<text x=\"{0}\" y=\"{4}\" text-anchor=\"middle\">{5}</text>\n",
                       num(x(m)), num(top), num(bottom), k_cost_colour, num(top - 2),
                       fmt::format("{:.4g}", m));
  out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n<text x=\"{}\" y=\"{}\" "
                     "text-anchor=\"end\">{}</text>\n",
                     num(left), num(bottom + 16), fmt::format("{:.4g}", x_lo), num(right),
                     num(bottom + 16), fmt::format("{:.4g}", x_hi));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                     num((left + right) / 2), num(bottom + 32), xml_escape(x_label));
  return out + "</svg>\n";
}

std::string svg_histogram(std::string_view title, std::string_view desc,
                          const std::vector<std::array<double, 3>>& bins)
{
  const double height = 200, top = k_top, bottom = height - 30, left = 20, right = k_width - 20;
  double top_share = 0;
  for (const auto& b : bins)
    top_share = std::max(top_share, b[2]);
  if (top_share <= 0)
    top_share = 1;
  std::string out = open_svg(height, title, desc);
  const double w = bins.empty() ? 0 : (right - left) / static_cast<double>(bins.size());
  for (std::size_t i = 0; i < bins.size(); ++i) {
    const double h = bins[i][2] / top_share * (bottom - top);
    const bool positive = (bins[i][0] + bins[i][1]) / 2 > 0;
    out +=
        fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n",
                    num(left + w * static_cast<double>(i) + 1), num(bottom - h),
                    num(std::max(w - 2, 1.0)), num(h), positive ? k_benefit_colour : k_cost_colour);
  }
  if (!bins.empty())
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n<text x=\"{}\" y=\"{}\" "
                       "text-anchor=\"end\">{}</text>\n",
                       num(left), num(bottom + 16), fixed(bins.front()[0], 3), num(right),
                       num(bottom + 16), fixed(bins.back()[1], 3));
  return out + "</svg>\n";
}

std::string svg_heat_map(std::string_view title, std::string_view desc, const HeatMap& map)
{
  const std::size_t nx = map.x.size(), ny = map.y.size();
  const double left = 70, top = k_top + 8, cell_w = nx ? std::min(40.0, 420.0 / nx) : 1;
  const double cell_h = ny ? std::min(24.0, 300.0 / ny) : 1;
  const double plot_w = cell_w * nx, plot_h = cell_h * ny;
  const double legend_x = left + plot_w + 24;
  const double height =
      std::max(top + plot_h + 44, top + 20.0 * (map.legend.size() + map.points.size()) + 8);
  std::string out = open_svg(height, title, desc);
  // a value's place: the centre of its cell, interpolated between cells
  auto place = [](const std::vector<double>& v, double at, double size) {
    if (v.size() < 2)
      return size / 2;
    const auto hi = std::upper_bound(v.begin(), v.end(), at);
    const std::size_t k = std::clamp<std::size_t>(hi - v.begin(), 1, v.size() - 1);
    const double f = (at - v[k - 1]) / (v[k] - v[k - 1]);
    return size * (static_cast<double>(k - 1) + f + 0.5);
  };
  auto px = [&](double v) { return left + place(map.x, v, cell_w); };
  auto py = [&](double v) { return top + plot_h - place(map.y, v, cell_h); };
  for (std::size_t i = 0; i < nx; ++i)
    for (std::size_t j = 0; j < ny; ++j) {
      const double x0 = left + cell_w * i, y0 = top + plot_h - cell_h * (j + 1);
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n",
                         num(x0), num(y0), num(cell_w), num(cell_h), map.fill[i * ny + j]);
      if (i * ny + j < map.marked.size() && map.marked[i * ny + j])
        out += fmt::format("<path d=\"M{0},{1} L{2},{3} M{0},{3} L{2},{1}\" stroke=\"#333\" "
                           "stroke-width=\"1\"/>\n",
                           num(x0 + cell_w * 0.3), num(y0 + cell_h * 0.3), num(x0 + cell_w * 0.7),
                           num(y0 + cell_h * 0.7));
    }
  for (const HeatMap::Points& p : map.points)
    for (const auto& [a, b] : p.at)
      out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"2.5\" fill=\"{}\"/>\n", num(px(a)),
                         num(py(b)), p.colour);
  out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" "
                     "stroke=\"#333\"/>\n",
                     num(left), num(top), num(plot_w), num(plot_h));
  // the axes' first and last values, and their names
  if (nx > 0 && ny > 0) {
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n"
                       "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                       num(px(map.x.front())), num(top + plot_h + 14), readable(map.x.front()),
                       num(px(map.x.back())), num(top + plot_h + 14), readable(map.x.back()));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n"
                       "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
                       num(left - 4), num(py(map.y.front()) + 4), readable(map.y.front()),
                       num(left - 4), num(py(map.y.back()) + 4), readable(map.y.back()));
  }
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                     num(left + plot_w / 2), num(top + plot_h + 32), xml_escape(map.x_label));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", num(left - 4),
                     num(top - 6), xml_escape(map.y_label));
  double ly = top;
  for (const auto& [fill, what] : map.legend) {
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{}\" "
                       "stroke=\"#999\"/>\n<text x=\"{}\" y=\"{}\">{}</text>\n",
                       num(legend_x), num(ly), fill, num(legend_x + 20), num(ly + 11),
                       xml_escape(what));
    ly += 20;
  }
  for (const HeatMap::Points& p : map.points) {
    out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{}\"/>\n<text x=\"{}\" "
                       "y=\"{}\">{}</text>\n",
                       num(legend_x + 7), num(ly + 7), p.colour, num(legend_x + 20), num(ly + 11),
                       xml_escape(p.label));
    ly += 20;
  }
  return out + "</svg>\n";
}

std::string svg_trajectory(std::string_view title, std::string_view desc,
                           const std::vector<std::pair<double, double>>& points, std::size_t chosen,
                           double y_lo, std::string_view x_label, std::string_view y_label,
                           std::string_view chosen_label)
{
  const double height = 240, top = k_top + 6, bottom = height - 40, left = 60, right = 420;
  if (!(y_lo < 1))
    y_lo = 0;
  auto x = [&](double v) { return left + v * (right - left); };
  auto y = [&](double v) { return bottom - (v - y_lo) / (1 - y_lo) * (bottom - top); };
  std::string out = open_svg(height, title, desc);
  out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" "
                     "stroke=\"#999\"/>\n",
                     num(left), num(top), num(right - left), num(bottom - top));
  std::string path;
  for (const auto& [px, py] : points)
    path += fmt::format("{}{},{}", path.empty() ? "M" : " L", num(x(px)), num(y(py)));
  if (!path.empty())
    out += fmt::format("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\"/>\n", path,
                       k_neutral_colour);
  for (std::size_t k = 0; k < points.size(); ++k)
    out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"/>\n",
                       num(x(points[k].first)), num(y(points[k].second)), k == chosen ? 6 : 2.5,
                       k == chosen ? k_benefit_colour : k_neutral_colour);
  if (chosen < points.size())
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", num(x(points[chosen].first) + 9),
                       num(y(points[chosen].second) - 6), xml_escape(chosen_label));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">0</text>\n<text x=\"{}\" "
                     "y=\"{}\" text-anchor=\"middle\">1</text>\n",
                     num(left), num(bottom + 14), num(right), num(bottom + 14));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n<text x=\"{}\" "
                     "y=\"{}\" text-anchor=\"end\">1</text>\n",
                     num(left - 4), num(bottom + 4), fixed(y_lo, 2), num(left - 4), num(top + 4));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                     num((left + right) / 2), num(bottom + 30), xml_escape(x_label));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", num(left - 4),
                     num(top - 8), xml_escape(y_label));
  return out + "</svg>\n";
}

} // namespace relief
