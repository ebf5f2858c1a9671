#include "render/chart.hpp"

#include <algorithm>
#include <cmath>

namespace relief {
namespace {

// Return the length of a bar for v in cells of `parts` parts each (eighths, halves or wholes).
long parts_of(double v, double max_abs, int half, int parts)
{
  if (max_abs <= 0)
    return 0;
  return std::lround(std::min(1.0, std::abs(v) / max_abs) * half * parts);
}

} // namespace

std::string range_bar(double lo, double hi, double max_abs, int half, bool unicode)
{
  // Unicode draws the right side in eighths of a cell and the left side in halves (the blocks
  // that grow leftwards stop at a half), so that close values get bars of different lengths;
  // ASCII in whole cells.
  static const char* const k_eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  const char* fill = unicode ? "█" : "#";
  const long left = lo < 0 ? parts_of(lo, max_abs, half, unicode ? 2 : 1) : 0;
  const long right = hi > 0 ? parts_of(hi, max_abs, half, unicode ? 8 : 1) : 0;
  std::string out;
  const long left_cells = unicode ? left / 2 : left;
  const bool left_half = unicode && left % 2 == 1;
  for (long i = half; i >= 1; --i)
    out += i <= left_cells ? fill : i == left_cells + 1 && left_half ? "▐" : " ";
  out += unicode ? "│" : "|";
  const long right_cells = unicode ? right / 8 : right;
  for (long i = 1; i <= right_cells; ++i)
    out += fill;
  if (unicode)
    out += k_eighths[right % 8];
  return out;
}

std::string share_bar(double value, double max_value, int width, bool unicode)
{
  if (max_value <= 0 || value <= 0)
    return "";
  const double cells_wide = std::min(1.0, value / max_value) * width;
  if (!unicode) { // a share too small to draw still shows, as a dot
    const auto cells = static_cast<std::size_t>(std::lround(cells_wide));
    return cells == 0 ? "." : std::string(cells, '#');
  }
  static const char* const k_eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  const auto eighths = static_cast<long>(std::lround(cells_wide * 8));
  std::string out;
  for (long i = 0; i < eighths / 8; ++i)
    out += "█";
  out += k_eighths[eighths % 8];
  return out.empty() ? "▏" : out; // a share too small to draw still shows
}

} // namespace relief
