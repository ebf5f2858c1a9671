#include "value.hpp"

#include <algorithm>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/triangular.hpp>
#include <boost/math/distributions/uniform.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <cmath>
#include <fmt/format.h>
#include <limits>

namespace relief {
namespace {
constexpr double k_z95 = 1.6448536269514722; // standard normal quantile at 0.95
}

std::string Range::describe() const
{
  if (hi == std::numeric_limits<double>::max())
    return fmt::format("{} {}", lo_open ? ">" : ">=", lo);
  return fmt::format("{}{}, {}]", lo_open ? "(" : "[", lo, hi);
}

Value point(double v, SourcePos pos)
{
  return Value{v, {}, std::move(pos)};
}

std::string_view distribution_name(DistKind k)
{
  switch (k) {
  case DistKind::point:
    return "";
  case DistKind::uniform:
    return "uniform";
  case DistKind::triangular:
    return "triangular";
  case DistKind::normal:
    return "normal";
  case DistKind::beta:
    return "beta";
  case DistKind::lognormal:
    return "lognormal";
  case DistKind::range:
    return "range";
  case DistKind::bernoulli:
    return "bernoulli";
  }
  return "";
}

int distribution_arity(DistKind k)
{
  return k == DistKind::triangular ? 3 : k == DistKind::point || k == DistKind::bernoulli ? 1 : 2;
}

namespace {

// Return "" when the parameters are in order for the kind, else why not.
std::string check_order(const Distribution& d)
{
  const auto& p = d.params;
  switch (d.kind) {
  case DistKind::point:
    return "";
  case DistKind::uniform:
    return p[0] <= p[1] ? "" : "uniform needs a <= b";
  case DistKind::triangular:
    return p[0] <= p[1] && p[1] <= p[2] ? "" : "triangular needs min <= mode <= max";
  case DistKind::normal:
    return p[1] >= 0 ? "" : "normal needs sd >= 0";
  case DistKind::beta:
    return p[0] > 0 && p[1] > 0 ? "" : "beta needs alpha > 0 and beta > 0";
  case DistKind::lognormal:
    return p[1] >= 0 ? "" : "lognormal needs sigma >= 0";
  case DistKind::range:
    return p[0] <= p[1] ? "" : "range needs p5 <= p95";
  case DistKind::bernoulli:
    return p[0] >= 0 && p[0] <= 1 ? "" : "bernoulli needs 0 <= p <= 1";
  }
  return "";
}

// Return "" when every draw and the moments of the distribution are finite doubles, else why
// not: a spread that overflows (uniform over [-1e308, 1e308]) would give infinite draws and a NaN
// mean; draws within 10 standard deviations cover every sample a run can take.
std::string check_finite(const Distribution& d)
{
  const auto& p = d.params;
  auto finite = [](std::initializer_list<double> xs) {
    return std::all_of(xs.begin(), xs.end(), [](double x) { return std::isfinite(x); });
  };
  switch (d.kind) {
  case DistKind::uniform:
  case DistKind::range:
    return finite({p[1] - p[0], p[0] + p[1]})
               ? ""
               : fmt::format("the spread from {} to {} is too large for a number",
                             d.kind == DistKind::uniform ? "a" : "p5",
                             d.kind == DistKind::uniform ? "b" : "p95");
  case DistKind::triangular:
    return finite({p[2] - p[0], p[0] + p[1] + p[2]}) ? ""
                                                     : "the spread from min to max is too large "
                                                       "for a number";
  case DistKind::normal:
    return finite({p[0] + 10 * p[1], p[0] - 10 * p[1], p[1] * p[1]})
               ? ""
               : "the standard deviation is too large: draws would not be finite numbers";
  case DistKind::lognormal:
    return finite({std::exp(p[0] + 10 * p[1]), std::exp(p[0] + p[1] * p[1] / 2),
                   std::exp(2 * p[0] + 2 * p[1] * p[1])})
               ? ""
               : "mu and sigma are too large: draws or the mean would not be finite numbers";
  case DistKind::beta:
    return finite({p[0] + p[1]}) ? "" : "alpha + beta is too large for a number";
  case DistKind::point:
  case DistKind::bernoulli:
    return "";
  }
  return "";
}

} // namespace

std::string check_distribution(const Distribution& d)
{
  if (std::string why = check_order(d); !why.empty())
    return why;
  if (std::string why = check_finite(d); !why.empty())
    return why;
  if (d.kind == DistKind::range && !check_finite(range_as_distribution(d)).empty())
    return "the interval is too wide: the draws of the distribution it stands for would not be "
           "finite numbers";
  return "";
}

Distribution range_as_distribution(const Distribution& d)
{
  const auto& p = d.params;
  if (d.kind != DistKind::range)
    return d;
  if (p[0] > 0 && p[1] > 0)
    return {DistKind::lognormal,
            {(std::log(p[0]) + std::log(p[1])) / 2, (std::log(p[1]) - std::log(p[0])) / (2 * k_z95),
             0}};
  return {DistKind::normal, {(p[0] + p[1]) / 2, (p[1] - p[0]) / (2 * k_z95), 0}};
}

double distribution_mean(const Distribution& d)
{
  const auto& p = d.params;
  switch (d.kind) {
  case DistKind::point:
    return p[0];
  case DistKind::uniform:
    return (p[0] + p[1]) / 2;
  case DistKind::triangular:
    return (p[0] + p[1] + p[2]) / 3;
  case DistKind::normal:
    return p[0];
  case DistKind::beta:
    return p[0] / (p[0] + p[1]);
  case DistKind::lognormal:
    return std::exp(p[0] + p[1] * p[1] / 2);
  case DistKind::range:
    return distribution_mean(range_as_distribution(d));
  case DistKind::bernoulli:
    return p[0];
  }
  return p[0];
}

double distribution_quantile(const Value& v, double q)
{
  namespace bm = boost::math;
  const auto& p = v.dist.params;
  switch (v.dist.kind) {
  case DistKind::point:
    return v.mean;
  case DistKind::uniform:
    return p[0] == p[1] ? p[0] : bm::quantile(bm::uniform_distribution<>(p[0], p[1]), q);
  case DistKind::triangular:
    return p[0] == p[2] ? p[0] : bm::quantile(bm::triangular_distribution<>(p[0], p[1], p[2]), q);
  case DistKind::normal:
    return p[1] == 0 ? p[0] : bm::quantile(bm::normal_distribution<>(p[0], p[1]), q);
  case DistKind::lognormal:
    return p[1] == 0 ? std::exp(p[0]) : bm::quantile(bm::lognormal_distribution<>(p[0], p[1]), q);
  case DistKind::beta:
    return bm::ibeta_inv(p[0], p[1], q);
  case DistKind::range:
    return distribution_quantile(Value{v.mean, range_as_distribution(v.dist), v.pos}, q);
  case DistKind::bernoulli:
    return q < 1 - p[0] ? 0 : 1;
  }
  return v.mean;
}

} // namespace relief
