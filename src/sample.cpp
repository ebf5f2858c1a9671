#include "sample.hpp"

#include <algorithm>
#include <boost/random/lognormal_distribution.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/triangle_distribution.hpp>
#include <boost/random/uniform_01.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <cmath>

namespace relief {
namespace {

std::uint64_t splitmix64(std::uint64_t& x)
{
  std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
  return (x << k) | (x >> (64 - k));
}

// flatten: the distribution's draw, the generator and Boost's ziggurat inlined into the loop (a
// call per draw was a third of the samplers' instructions); the arithmetic, and so every draw, is
// the same
template <class Dist>
__attribute__((flatten)) std::uint64_t draw(Dist dist, Stream& stream, double* out, std::size_t n,
                                            double lo, double hi)
{
  if (lo == -HUGE_VAL && hi == HUGE_VAL) { // a support inside the range: nothing to clamp
    for (std::size_t i = 0; i < n; ++i)
      out[i] = dist(stream);
    return 0;
  }
  std::uint64_t clamped = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double v = dist(stream);
    if (v < lo || v > hi) {
      v = std::clamp(v, lo, hi);
      ++clamped;
    }
    out[i] = v;
  }
  return clamped;
}

// Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b) drawn by Marsaglia and Tsang's method
// ("A simple method for generating gamma variables", 2000), an exact rejection method that needs
// a normal and a uniform draw per try (about 1.03 tries for shape >= 1); shape < 1 boosts
// Gamma(shape + 1) by U^(1/shape). Boost's gamma_distribution calls tan() and log() per try and
// was more than half of a simulation's time in the profile.
class FastBeta {
public:
  FastBeta(double a, double b) : m_x(a), m_y(b) {}

  double operator()(Stream& s)
  {
    double log_x = 0, log_y = 0;
    const double x = m_x(s, *this, log_x);
    const double y = m_y(s, *this, log_y);
    if (x + y > 0)
      return x / (x + y);
    // both underflowed (shapes far below 1, as beta(0.005, 0.005)): the ratio from the logarithms
    if (log_x == log_y)
      return 0.5;
    return 1 / (1 + std::exp(log_y - log_x));
  }

private:
  // Gamma(shape) with Marsaglia and Tsang's constants computed once.
  struct Gamma {
    explicit Gamma(double shape)
        : boost(shape < 1 ? 1 / shape : 0), d((shape < 1 ? shape + 1 : shape) - 1.0 / 3),
          c(1 / std::sqrt(9 * d))
    {
    }
    // Return a draw; when it underflows to 0, log_value gets its logarithm.
    double operator()(Stream& s, FastBeta& f, double& log_value) const
    {
      for (;;) {
        double x, v;
        do {
          x = f.m_normal(s);
          v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = f.m_uniform(s);
        if (u < 1 - 0.0331 * x * x * x * x ||
            std::log(u) < 0.5 * x * x + d * (1 - v + std::log(v))) {
          if (boost == 0)
            return d * v;
          const double w = f.m_uniform(s);
          const double out = d * v * std::pow(w, boost);
          if (out == 0) // w == 0 gives -inf, which the caller's ratio handles
            log_value = std::log(d * v) + boost * std::log(w);
          return out;
        }
      }
    }
    double boost; // 1 / shape for shape < 1: Gamma(shape) = Gamma(shape + 1) U^(1 / shape)
    double d, c;
  };

  Gamma m_x, m_y;
  boost::random::normal_distribution<double> m_normal;
  boost::random::uniform_01<double> m_uniform;
};

} // namespace

Stream::Stream(std::uint64_t seed, std::uint64_t block, std::uint64_t key)
{
  std::uint64_t x = seed;
  x = splitmix64(x) ^ block;
  x = splitmix64(x) ^ key;
  for (auto& s : m_s)
    s = splitmix64(x);
}

Stream::result_type Stream::operator()()
{
  const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
  const std::uint64_t t = m_s[1] << 17;
  m_s[2] ^= m_s[0];
  m_s[3] ^= m_s[1];
  m_s[1] ^= m_s[2];
  m_s[0] ^= m_s[3];
  m_s[2] ^= t;
  m_s[3] = rotl(m_s[3], 45);
  return result;
}

std::uint64_t path_key(std::string_view path)
{
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : path) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

Sampler::Sampler(const Value& v, const Range& range)
    : m_kind(range_as_distribution(v.dist).kind),
      // an open bound (a half-life > 0) clamps to the nearest value inside it
      m_lo(range.lo_open ? std::nextafter(range.lo, range.hi) : range.lo), m_hi(range.hi)
{
  const Distribution d = range_as_distribution(v.dist); // a range draws as what it stands for
  m_a = m_kind == DistKind::point ? v.mean : d.params[0];
  m_b = d.params[1];
  m_c = d.params[2];
}

// The bounds to clamp a draw from a support [a, b] to: none (infinite) when the support lies
// inside the range, with room for rounding, so that the draw loop needs no test.
double Sampler::clamp_lo(double a, double b) const
{
  return inside(a, b) ? -HUGE_VAL : m_lo;
}
double Sampler::clamp_hi(double a, double b) const
{
  return inside(a, b) ? HUGE_VAL : m_hi;
}
bool Sampler::inside(double a, double b) const
{
  if (a == 0 && b == 1) // beta: its support exactly
    return m_lo <= 0 && m_hi >= 1;
  const double room = 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
  return a - room >= m_lo && b + room <= m_hi;
}

std::uint64_t Sampler::fill(Stream& stream, double* out, std::size_t n) const
{
  namespace br = boost::random;
  switch (m_kind) {
  case DistKind::point:
  case DistKind::range: // never: the constructor turned it into lognormal or normal
    std::fill(out, out + n, m_a);
    return 0;
  case DistKind::uniform:
    if (m_a == m_b)
      break;
    return draw(br::uniform_real_distribution<double>(m_a, m_b), stream, out, n, clamp_lo(m_a, m_b),
                clamp_hi(m_a, m_b));
  case DistKind::triangular:
    if (m_a == m_c)
      break;
    return draw(br::triangle_distribution<double>(m_a, m_b, m_c), stream, out, n,
                clamp_lo(m_a, m_c), clamp_hi(m_a, m_c));
  case DistKind::normal:
    return draw(br::normal_distribution<double>(m_a, m_b), stream, out, n, m_lo, m_hi);
  case DistKind::lognormal:
    return draw(br::lognormal_distribution<double>(m_a, m_b), stream, out, n, m_lo, m_hi);
  case DistKind::beta: // X / (X + Y) never leaves [0, 1], even rounded
    return draw(FastBeta(m_a, m_b), stream, out, n, clamp_lo(0, 1), clamp_hi(0, 1));
  case DistKind::bernoulli: {
    boost::random::uniform_01<double> u;
    for (std::size_t i = 0; i < n; ++i)
      out[i] = u(stream) < m_a ? 1 : 0;
    return 0;
  }
  }
  // A degenerate uniform or triangular distribution: one value.
  const double v = std::clamp(m_a, m_lo, m_hi);
  std::fill(out, out + n, v);
  return v != m_a ? n : 0;
}

} // namespace relief
