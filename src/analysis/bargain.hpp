#pragma once
// bargain: the zone of possible agreement along one input (SPEC 4, issue 18 item 4): where the EU
// gains (net >= margin, the EU's minimum), where the regime accepts (U >= 0, the regime's maximum),
// where both hold, and the Nash bargaining point (the largest product of net and U in that zone).
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "analysis/breakeven.hpp"

namespace relief {

struct Interval {
  double from = 0, to = 0;
};

// The zone at one moment.
struct BargainMoment {
  Timing timing = Timing::now;
  std::vector<Interval> eu;     // where net >= margin
  std::vector<Interval> regime; // where U >= 0 (everywhere when the package asks nothing)
  std::vector<Interval> zone;   // where both hold
  // the Nash bargaining point: the value in the zone where net x U is largest
  struct Point {
    double value = 0, net = 0, surplus = 0;
  };
  std::optional<Point> nash;
};

// With -n: the zone over draws of every other uncertain input (the varied one is held at each value
// the scan probes), on simulate's streams (common random numbers, the scenario's correlations).
struct BargainDraws {
  std::uint64_t samples = 0, seed = 0;
  double p_zone = 0, p_zone_se = 0; // the share of draws in which the zone is not empty
  // per draw, the lowest value at which the EU gains and the highest at which the regime accepts
  // (draws where there is none are left out: share_eu, share_regime say how many have one)
  double share_eu = 0, share_regime = 0;
  std::array<double, 3> eu_min{}, regime_max{}; // p5, p50, p95
};

struct Bargain {
  std::string path;
  double current = 0, from = 0, to = 0;
  double margin = 0;
  std::vector<BargainMoment> moments;     // the scenario's own, or every moment (--timing all)
  std::optional<std::string> counted;     // set when the input counts people: what they are called
  std::vector<BargainDraws> moment_draws; // with -n: one per moment of moments
};

// Return the sets where a >= 0 along [from, to] from its crossings (in order of value) and its
// sign at from; and the intersection of two sets of intervals. Exposed for tests.
std::vector<Interval> intervals_where(bool inside_at_from, const std::vector<Crossing>& crossings,
                                      double from, double to);
std::vector<Interval> intersect(const std::vector<Interval>& a, const std::vector<Interval>& b);

// Return the value in [lo, hi] where f is largest: a scan of 200 intervals, then golden-section
// search around the best point of the scan (f need not be unimodal over the whole interval); an
// end exactly when f is largest there, so that the caller can tell. Exposed for tests.
double argmax(double lo, double hi, const std::function<double(double)>& f);

// Return the zone of s under the perspective as the input varies over [from, to], at each moment
// of timings (each with its own context, as timing sets them, when the list is every moment; the
// scenario as written when it holds only its own). Requires a counterpart in the model.
Bargain bargain(const Scenario& s, std::size_t perspective, const VariedInput& input, double from,
                double to, const std::vector<Timing>& timings, int steps = 400);

// Add the zone over n draws (seed) at each of out's moments: each draw's sets are found by a scan
// of 40 intervals and bisection (so a zone narrower than (to - from) / 40 between two crossings of
// one draw can be missed).
void bargain_draws(const Scenario& s, std::size_t perspective, const VariedInput& input,
                   Bargain& out, std::uint64_t n, std::uint64_t seed);

} // namespace relief
