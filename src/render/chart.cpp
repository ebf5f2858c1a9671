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

} // namespace relief
