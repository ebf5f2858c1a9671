#include "analysis/timing.hpp"

#include <cmath>

namespace relief {

TimingResult timing(const Scenario& s, std::size_t perspective)
{
  TimingResult out{};
  Scenario work = s;
  work.war.reset();
  work.lukashenka_in_power.reset();
  work.delay_months.reset();
  for (std::size_t t = 0; t < 3; ++t) {
    work.timing = static_cast<Timing>(t);
    out.at[t] = evaluate(work, perspective);
  }
  std::size_t best = 0;
  for (std::size_t t = 1; t < 3; ++t)
    if (out.at[t].net > out.at[best].net)
      best = t;
  out.best = static_cast<Timing>(best);
  return out;
}

std::vector<DelayPoint> delay_sweep(const Scenario& s, std::size_t perspective, double a, double b,
                                    double step)
{
  std::vector<DelayPoint> out;
  Scenario work = s;
  auto n = static_cast<long>(std::floor((b - a) / step + 1e-9));
  for (long i = 0; i <= n; ++i) {
    double d = a + static_cast<double>(i) * step;
    work.delay_months = point(d);
    out.push_back({d, evaluate(work, perspective)});
  }
  return out;
}

} // namespace relief
