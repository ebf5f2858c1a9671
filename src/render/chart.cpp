#include "render/chart.hpp"

#include <algorithm>
#include <cmath>

namespace relief {
namespace {

int cells(double v, double max_abs, int half)
{
  if (max_abs <= 0)
    return 0;
  return static_cast<int>(std::lround(std::min(1.0, std::abs(v) / max_abs) * half));
}

} // namespace

std::string range_bar(double lo, double hi, double max_abs, int half, bool unicode)
{
  const char* fill = unicode ? "█" : "#";
  const char* axis = unicode ? "│" : "|";
  int left = lo < 0 ? cells(lo, max_abs, half) : 0;
  int right = hi > 0 ? cells(hi, max_abs, half) : 0;
  std::string out;
  for (int i = half; i >= 1; --i)
    out += i <= left ? fill : " ";
  out += axis;
  for (int i = 1; i <= right; ++i)
    out += fill;
  return out;
}

std::string diverging_bar(double value, double max_abs, int half, bool unicode)
{
  return range_bar(std::min(value, 0.0), std::max(value, 0.0), max_abs, half, unicode);
}

std::string share_bar(double value, double max_value, int width, bool unicode)
{
  if (max_value <= 0 || value <= 0)
    return "";
  const double cells_wide = std::min(1.0, value / max_value) * width;
  if (!unicode)
    return std::string(static_cast<std::size_t>(std::lround(cells_wide)), '#');
  static const char* const k_eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  const auto eighths = static_cast<long>(std::lround(cells_wide * 8));
  std::string out;
  for (long i = 0; i < eighths / 8; ++i)
    out += "█";
  out += k_eighths[eighths % 8];
  return out.empty() ? "▏" : out; // a share too small to draw still shows
}

} // namespace relief
