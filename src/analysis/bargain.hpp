#pragma once
// bargain: the zone of possible agreement along one input (SPEC 4, issue 18 item 4): where the EU
// gains (net >= margin, the EU's minimum), where the regime accepts (U >= 0, the regime's maximum),
// where both hold, and the Nash bargaining point (the largest product of net and U in that zone).
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

struct Bargain {
  std::string path;
  double current = 0, from = 0, to = 0;
  double margin = 0;
  std::vector<BargainMoment> moments; // the scenario's own, or every moment (--timing all)
  std::optional<std::string> counted; // set when the input counts people: what they are called
};

// Return the sets where a >= 0 along [from, to] from its crossings (in order of value) and its
// sign at from; and the intersection of two sets of intervals. Exposed for tests.
std::vector<Interval> intervals_where(bool inside_at_from, const std::vector<Crossing>& crossings,
                                      double from, double to);
std::vector<Interval> intersect(const std::vector<Interval>& a, const std::vector<Interval>& b);

// Return the zone of s under the perspective as the input varies over [from, to], at each moment
// of timings (each with its own context, as timing sets them, when the list is every moment; the
// scenario as written when it holds only its own). Requires a counterpart in the model.
Bargain bargain(const Scenario& s, std::size_t perspective, const VariedInput& input, double from,
                double to, const std::vector<Timing>& timings, int steps = 400);

} // namespace relief
