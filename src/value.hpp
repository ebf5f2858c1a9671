#pragma once
// A number of a scenario or model: a point value or a distribution, with where it was written.
#include <array>
#include <string>

#include "diagnostic.hpp"

namespace relief {

// bernoulli is not written in files: `timing -n` draws whether a moment comes with it.
enum class DistKind { point, uniform, triangular, normal, beta, lognormal, range, bernoulli };

struct Distribution {
  DistKind kind = DistKind::point;
  std::array<double, 3> params{}; // as written: [a, b], [min, mode, max], [mean, sd], ...
};

struct Value {
  double mean = 0; // the point value, or the distribution's mean (what deterministic commands use)
  Distribution dist;
  SourcePos pos; // where it was written; no file for a model default

  bool uncertain() const { return dist.kind != DistKind::point; }
};

// The valid interval of an input, for checks and messages ("must be in [0, 1]").
struct Range {
  double lo;
  double hi;
  bool lo_open = false;

  bool contains(double v) const { return (lo_open ? v > lo : v >= lo) && v <= hi; }
  // Return the range in words, e.g. "[0, 1]", ">= 0", "> 0".
  std::string describe() const;
};

// Return a point value at pos.
Value point(double v, SourcePos pos = {});

// Return a range {range: [p5, p95]} as the lognormal (both ends positive) or normal distribution
// with those 5th and 95th percentiles; any other distribution as it is.
Distribution range_as_distribution(const Distribution& d);

// Return the mean of a distribution; the parameters must already be valid.
double distribution_mean(const Distribution& d);

// Return the q-quantile (0 < q < 1) of a distribution; a point value is its own quantile.
double distribution_quantile(const Value& v, double q);

// Return "" when the parameters are valid for the kind and every draw and moment is a finite
// number, else why not.
std::string check_distribution(const Distribution& d);

// Return the YAML key of a distribution kind ("uniform", ...), "" for a point.
std::string_view distribution_name(DistKind k);

// Return the number of parameters a distribution kind takes.
int distribution_arity(DistKind k);

} // namespace relief
