#include "analysis/breakeven.hpp"

#include <cmath>
#include <limits>

namespace relief {

Scenario with_input(const Scenario& s, const InputPath& input, double v)
{
  Scenario copy = s;
  input.set(copy, v);
  return copy;
}

std::pair<double, double> default_range(const Scenario& s, const InputPath& input)
{
  double lo = input.range.lo;
  double hi = input.range.hi;
  if (hi == std::numeric_limits<double>::max())
    hi = std::max(1.0, 10 * input.get(s));
  return {lo, hi};
}

Breakeven breakeven(const Scenario& s, std::size_t perspective, const InputPath& input, double from,
                    double to, int steps, double tolerance)
{
  Breakeven out;
  out.path = input.path;
  out.current = input.get(s);
  out.from = from;
  out.to = to;
  out.tolerance = tolerance;
  Scenario work = s;
  auto net_at = [&](double v) {
    input.set(work, v);
    return evaluate(work, perspective).net;
  };
  steps = std::max(steps, 1);
  double x0 = from;
  double n0 = net_at(x0);
  out.net_from = n0;
  for (int i = 1; i <= steps; ++i) {
    double x1 = i == steps ? to : from + (to - from) * i / steps;
    double n1 = net_at(x1);
    if (i == 1 && n0 == 0 && n1 != 0)
      out.crossings.push_back({x0, n0, n1 > 0});
    if (n1 == 0 && n0 != 0)
      out.crossings.push_back({x1, n1, n0 < 0});
    else if ((n0 < 0 && n1 > 0) || (n0 > 0 && n1 < 0)) {
      // Bisect until net is within the tolerance of zero or the interval cannot shrink further.
      double a = x0, b = x1, na = n0, x = x0, nx = n0;
      for (int k = 0; k < 200; ++k) {
        x = a + (b - a) / 2;
        nx = net_at(x);
        if (std::abs(nx) <= tolerance || x == a || x == b)
          break;
        if ((nx < 0) == (na < 0)) {
          a = x;
          na = nx;
        } else
          b = x;
      }
      out.crossings.push_back({x, nx, n1 > n0});
    }
    x0 = x1;
    n0 = n1;
  }
  out.net_to = n0;
  return out;
}

} // namespace relief
