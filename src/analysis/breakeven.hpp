#pragma once
// breakeven: where net crosses zero, or P(net > 0) crosses a level, as one input varies (scan,
// then bisection).
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <vector>

#include "evaluate.hpp"
#include "plan.hpp"

namespace relief {

struct Crossing {
  double value;        // the input's value where net is zero (or level)
  double net;          // net evaluated at value
  bool benefits_above; // net rises through the level as the input grows, else falls
  double level = 0;    // 0, or +-margin where the verdict changes (--target net only)
};

// Return the verdicts below and above a crossing of net through +-margin.
std::pair<Verdict, Verdict> verdicts_around(const Crossing& c);

// With --target probability: P(net > 0) from simulate, on the same draws at every value.
struct ProbabilityTarget {
  double level = 0.8;
  std::uint64_t samples = 10'000;
  std::uint64_t seed = 0;
  unsigned threads = 1;
};

struct Breakeven {
  std::optional<ProbabilityTarget> probability; // set: the values below are P(net > 0), not net
  // set (--target timing): the values below are the expected net of waiting for this moment minus
  // that of engaging now (SPEC 3 step 11), and a crossing is where the two strategies tie
  std::optional<Timing> waiting;
  std::string path;
  double current; // the input's value in the scenario
  double from, to;
  double net_from, net_to;
  double tolerance; // |net| at a reported crossing is at most this (unless net jumps there)
  std::vector<Crossing> crossings;
  std::size_t uncertain_inputs = 0; // distributions read at their means (not with probability)
  std::size_t uncertain_model_inputs = 0; // of them, the model's
  // set when the input counts whole people (an ask whose unit is "people"): what to call them
  std::optional<std::string> counted;
};

// The input a break-even varies, as the plans of the scenario name it.
struct VariedInput {
  std::string path; // its PATH (the name given may have been an alias)
  Range range;      // its valid range
  double current;   // its value in the scenario
  double from, to;  // the default range to vary it over (finite)
  // it is a number of a moment other than the scenario's own, or a moment's arrives: it moves
  // nothing but the question of when to engage
  bool timing_only = false;
};

// Return the input named path (a PATH or an alias) in the plan of s, or in the plan of one of
// its three moments; throw std::invalid_argument saying why there is none.
VariedInput varied_input(const Scenario& s, std::size_t perspective, const std::string& path);

// Return what the whole units of the input at path are called when it counts people
// (asks.ID.amount of an ask whose unit is "people": its id, "prisoners"), else nothing.
std::optional<std::string> counted_units(const Scenario& s, const std::string& path);

// Return every crossing of f through each level over [from, to]: one scan of steps intervals,
// then bisection of each sign change of f - level until |f - level| <= tolerance or the interval
// is at most x_tolerance wide; crossings in order of value. What breakeven and bargain share.
Breakeven scan_crossings(const VariedInput& input, double from, double to, int steps,
                         double tolerance, double x_tolerance,
                         const std::function<double(double)>& f_at,
                         std::initializer_list<double> levels = {0.0});

// Return every crossing of net through zero, and through +-margin where the verdict changes, as
// the input varies over [from, to]: a scan of steps intervals finds the sign changes, bisection
// narrows each until |net - level| <= tolerance; crossings are in order of value. Every value is
// a probe of one compiled plan.
Breakeven breakeven(const Scenario& s, std::size_t perspective, const VariedInput& input,
                    double from, double to, int steps = 400, double tolerance = 1e-9);

// Return every crossing of P(net > 0) through target.level as the input varies over [from, to];
// each P comes from a simulation with the same seed and the input held at the value, so that the
// curve moves only with the input. Bisection stops when the interval is 1e-5 of the range.
Breakeven breakeven_probability(const Scenario& s, std::size_t perspective,
                                const VariedInput& input, double from, double to,
                                const ProbabilityTarget& target, int steps = 40);

// Return every value of the input over [from, to] at which waiting for the moment ties with
// engaging now: crossings of arrives_M x net_M - arrives_now x net_now through zero.
Breakeven breakeven_timing(const Scenario& s, std::size_t perspective, const VariedInput& input,
                           double from, double to, Timing moment, int steps = 400,
                           double tolerance = 1e-9);

} // namespace relief
