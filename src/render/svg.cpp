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

} // namespace relief
