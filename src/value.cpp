#include "value.hpp"

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
  }
  return "";
}

int distribution_arity(DistKind k)
{
  return k == DistKind::triangular ? 3 : k == DistKind::point ? 1 : 2;
}

std::string check_distribution(const Distribution& d)
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
  }
  return "";
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
    if (p[0] > 0 && p[1] > 0) {
      double mu = (std::log(p[0]) + std::log(p[1])) / 2;
      double sigma = (std::log(p[1]) - std::log(p[0])) / (2 * k_z95);
      return std::exp(mu + sigma * sigma / 2);
    }
    return (p[0] + p[1]) / 2;
  }
  return p[0];
}

namespace {

double normal_cdf(double x)
{
  return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double normal_quantile(double q)
{
  double lo = -40, hi = 40;
  for (int i = 0; i < 200 && hi - lo > 1e-15; ++i) {
    double mid = (lo + hi) / 2;
    (normal_cdf(mid) < q ? lo : hi) = mid;
  }
  return (lo + hi) / 2;
}

// Return the continued fraction of the incomplete beta function (modified Lentz's method).
double beta_fraction(double x, double a, double b)
{
  const double tiny = 1e-300;
  double c = 1, d = 1 - (a + b) * x / (a + 1);
  d = 1 / (std::abs(d) < tiny ? tiny : d);
  double h = d;
  for (int m = 1; m <= 300; ++m) {
    double m2 = 2.0 * m;
    double num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + num * d;
    c = 1 + num / c;
    d = 1 / (std::abs(d) < tiny ? tiny : d);
    c = std::abs(c) < tiny ? tiny : c;
    h *= d * c;
    num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + num * d;
    c = 1 + num / c;
    d = 1 / (std::abs(d) < tiny ? tiny : d);
    c = std::abs(c) < tiny ? tiny : c;
    double step = d * c;
    h *= step;
    if (std::abs(step - 1) < 1e-15)
      break;
  }
  return h;
}

// Return the regularized incomplete beta function I_x(a, b).
double beta_cdf(double x, double a, double b)
{
  if (x <= 0)
    return 0;
  if (x >= 1)
    return 1;
  double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) +
                          b * std::log1p(-x));
  if (x < (a + 1) / (a + b + 2))
    return front * beta_fraction(x, a, b) / a;
  return 1 - front * beta_fraction(1 - x, b, a) / b;
}

} // namespace

double distribution_quantile(const Value& v, double q)
{
  const auto& p = v.dist.params;
  switch (v.dist.kind) {
  case DistKind::point:
    return v.mean;
  case DistKind::uniform:
    return p[0] + q * (p[1] - p[0]);
  case DistKind::triangular: {
    double a = p[0], m = p[1], b = p[2];
    if (b == a)
      return a;
    double f = (m - a) / (b - a);
    return q < f ? a + std::sqrt(q * (b - a) * (m - a))
                 : b - std::sqrt((1 - q) * (b - a) * (b - m));
  }
  case DistKind::normal:
    return p[0] + p[1] * normal_quantile(q);
  case DistKind::lognormal:
    return std::exp(p[0] + p[1] * normal_quantile(q));
  case DistKind::beta: {
    double lo = 0, hi = 1;
    for (int i = 0; i < 200 && hi - lo > 1e-15; ++i) {
      double mid = (lo + hi) / 2;
      (beta_cdf(mid, p[0], p[1]) < q ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
  }
  case DistKind::range: {
    double z = normal_quantile(q);
    if (p[0] > 0 && p[1] > 0) {
      double mu = (std::log(p[0]) + std::log(p[1])) / 2;
      double sigma = (std::log(p[1]) - std::log(p[0])) / (2 * k_z95);
      return std::exp(mu + sigma * z);
    }
    return (p[0] + p[1]) / 2 + (p[1] - p[0]) / (2 * k_z95) * z;
  }
  }
  return v.mean;
}

} // namespace relief
