#include "sample.hpp"

#include <algorithm>
#include <array>
#include <bit>
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

// flatten: the distribution's draw and the generator inlined into the loop (a call per draw was a
// third of the samplers' instructions)
// The generator's state is copied into a local, whose address does not escape, so that it stays
// in registers (a call to log or exp would otherwise make it go through memory at every draw).
template <class Dist>
__attribute__((flatten)) std::uint64_t draw(Dist dist, Stream& from, double* out, std::size_t n,
                                            double lo, double hi)
{
  Stream stream = from;
  std::uint64_t clamped = 0;
  if (lo == -HUGE_VAL && hi == HUGE_VAL) { // a support inside the range: nothing to clamp
    for (std::size_t i = 0; i < n; ++i)
      out[i] = dist(stream);
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      double v = dist(stream);
      if (v < lo || v > hi) {
        v = std::clamp(v, lo, hi);
        ++clamped;
      }
      out[i] = v;
    }
  }
  from = stream;
  return clamped;
}

// A uniform draw on [0, 1): the top 53 bits of a 64-bit draw, each value exactly representable
// (Vigna's conversion; Boost's uniform_01 converts all 64 bits, an unsigned conversion and a
// rounding test per draw). unit_open is on (0, 1], for a logarithm.
inline double unit(Stream& s)
{
  return static_cast<double>(static_cast<std::int64_t>(s() >> 11)) * 0x1.0p-53;
}
inline double unit_open(Stream& s)
{
  return static_cast<double>(static_cast<std::int64_t>(s() >> 11) + 1) * 0x1.0p-53;
}

// The standard normal by Marsaglia and Tsang's ziggurat ("The Ziggurat Method for Generating
// Random Variables", 2000) with 256 layers of equal area v under exp(-x^2/2), one 64-bit draw per
// try: its low 8 bits choose the layer, bit 8 the sign, the top 53 the point along the layer.
// Written here rather than Boost's (which it replaces) for the cost: Boost's converts the draw
// as an unsigned number and is a call per draw. Exact: a point under the curve is accepted, the
// base layer's overhang is Marsaglia's exact tail method, a layer's wedge is tested against the
// density itself.
struct Ziggurat {
  static constexpr double r = 3.6541528853610088; // the base layer's right edge
  static constexpr double v = 0.00492867323399;   // each layer's area
  std::array<double, 257> x{}; // layer i spans [0, x[i]); x[0] = v / f(r) (the base's width)
  std::array<double, 257> f{}; // exp(-x[i]^2 / 2)

  Ziggurat()
  {
    const double fr = std::exp(-0.5 * r * r);
    x[0] = v / fr;
    f[0] = 0;
    x[1] = r;
    f[1] = fr;
    for (std::size_t i = 1; i < 255; ++i) {
      x[i + 1] = std::sqrt(-2 * std::log(v / x[i] + f[i]));
      f[i + 1] = std::exp(-0.5 * x[i + 1] * x[i + 1]);
    }
    x[256] = 0; // the top layer's left edge
    f[256] = 1;
  }
};
const Ziggurat k_ziggurat;

// No draw of StdNormal is farther from 0 than the tail's largest, r - log(2^-53) / r = 13.7076
// (from the smallest unit_open; every layer's point is below r), with room for the rounding of
// log and of the sum. So a normal's draws have a finite reach, and a range that holds it needs
// no clamp.
const double k_normal_reach = (Ziggurat::r - std::log(0x1.0p-53) / Ziggurat::r) * (1 + 1e-9);

constexpr std::uint64_t k_sign = std::uint64_t{1} << 63;

// mask ? a : b, for a mask of all ones or all zeros, by bit operations: the compiler keeps a
// conditional branch for ?: on doubles.
inline double select(std::uint64_t mask, double a, double b)
{
  return std::bit_cast<double>((std::bit_cast<std::uint64_t>(a) & mask) |
                               (std::bit_cast<std::uint64_t>(b) & ~mask));
}

// x with its sign bit flipped where flip is k_sign (as -1 * x, exactly), kept where it is 0:
// no branch, which would be mispredicted half the time when a coin toss sets the sign.
inline double flip_sign(double x, std::uint64_t flip)
{
  return std::bit_cast<double>(std::bit_cast<std::uint64_t>(x) ^ flip);
}

// x with the sign that bit 8 of u gives.
inline double signed_by(std::uint64_t u, double x)
{
  return flip_sign(x, (u & 0x100) << 55);
}

struct StdNormal {
  double operator()(Stream& s) const
  {
    const Ziggurat& z = k_ziggurat;
    for (;;) {
      const std::uint64_t u = s();
      const std::size_t i = u & 0xff;
      const double x = static_cast<double>(static_cast<std::int64_t>(u >> 11)) * 0x1.0p-53 * z.x[i];
      if (x < z.x[i + 1]) // inside the layer's part under the curve
        return signed_by(u, x);
      // (the rare paths below multiply by the sign: written with signed_by, the compiler joins
      // them to the fast path's return, which then costs 4 more instructions a draw)
      const double sign = (u & 0x100) ? -1.0 : 1.0;
      if (i == 0) { // beyond r: the tail, by Marsaglia's method
        double t, y;
        do {
          t = -std::log(unit_open(s)) / Ziggurat::r;
          y = -std::log(unit_open(s));
        } while (2 * y < t * t);
        return sign * (Ziggurat::r + t);
      }
      if (z.f[i] + unit(s) * (z.f[i + 1] - z.f[i]) < std::exp(-0.5 * x * x)) // the wedge
        return sign * x;
    }
  }
};

struct Normal {
  double mean, sd;
  double operator()(Stream& s) const { return mean + sd * StdNormal()(s); }
};

struct LogNormal {
  double mu, sigma;
  double operator()(Stream& s) const { return std::exp(mu + sigma * StdNormal()(s)); }
};

// Uniform and triangular by inversion of their CDFs.
struct Uniform {
  double a, b;
  double operator()(Stream& s) const { return a + unit(s) * (b - a); }
};

struct Triangular {
  Triangular(double lo, double mode, double hi)
      : a(lo), c(hi), split((mode - lo) / (hi - lo)), left((hi - lo) * (mode - lo)),
        right((hi - lo) * (hi - mode))
  {
  }
  double operator()(Stream& s) const
  {
    // One square root and masks instead of branches: which side a draw falls on is a coin toss
    // the branch predictor cannot learn. c - root is c + (-root), exactly.
    const double u = unit(s);
    const std::uint64_t low = -static_cast<std::uint64_t>(u < split); // all ones or all zeros
    const double root = std::sqrt(select(low, u * left, (1 - u) * right));
    return select(low, a, c) + flip_sign(root, ~low & k_sign);
  }
  double a, c, split, left, right;
};

// Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b) drawn by Marsaglia and Tsang's method
// ("A simple method for generating gamma variables", 2000), an exact rejection method that needs
// a normal and a uniform draw per try (about 1.03 tries for shape >= 1); shape < 1 boosts
// Gamma(shape + 1) by U^(1/shape). Boost's gamma_distribution calls tan() and log() per try and
// was more than half of a simulation's time in the profile.
// Boosted: a shape below 1 is possible (else the boost is known to be 0 and its branch compiled
// away, for the usual shapes).
template <bool Boosted> class FastBeta {
public:
  FastBeta(double a, double b) : m_x(a), m_y(b) {}

  double operator()(Stream& s) const
  {
    double log_x = 0, log_y = 0;
    const double x = m_x(s, log_x);
    const double y = m_y(s, log_y);
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
    double operator()(Stream& s, double& log_value) const
    {
      for (;;) {
        double x, v;
        do {
          x = StdNormal()(s);
          v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = unit(s);
        if (u < 1 - 0.0331 * x * x * x * x || gamma_squeeze_accepts(d, c, x, u) ||
            std::log(u) < 0.5 * x * x + d * (1 - v + std::log(v))) {
          if (!Boosted || boost == 0)
            return d * v;
          const double w = unit(s);
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
};

} // namespace

bool gamma_squeeze_accepts(double d, double c, double x, double u)
{
  const double t = u - 1;
  const double log_u_above = t * (1 + t * (-0.5 + t / 3));
  const double y = c * x;
  double log_1y_below = y * (1 + y * (-0.5 + y * (1.0 / 3 - y / 4)));
  if (y < 0)
    log_1y_below -= y * y * y * y * -y / (5 * (1 + y));
  const double w = 1 + y;
  const double r_below = 0.5 * x * x + d * (1 - w * w * w + 3 * log_1y_below);
  // the computed logarithms and sums are within a few units in the last place of the exact ones
  return log_u_above < r_below - 1e-12 * (1 + 0.5 * x * x + d * w * w * w);
}

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
  switch (m_kind) {
  case DistKind::point:
  case DistKind::range: // never: the constructor turned it into lognormal or normal
    std::fill(out, out + n, m_a);
    return 0;
  case DistKind::uniform:
    if (m_a == m_b)
      break;
    return draw(Uniform{m_a, m_b}, stream, out, n, clamp_lo(m_a, m_b), clamp_hi(m_a, m_b));
  case DistKind::triangular:
    if (m_a == m_c)
      break;
    return draw(Triangular(m_a, m_b, m_c), stream, out, n, clamp_lo(m_a, m_c), clamp_hi(m_a, m_c));
  case DistKind::normal: {
    const double reach = k_normal_reach * std::abs(m_b);
    const double lo = m_a - reach, hi = m_a + reach;
    return draw(Normal{m_a, m_b}, stream, out, n, clamp_lo(lo, hi), clamp_hi(lo, hi));
  }
  case DistKind::lognormal: {
    const double reach = k_normal_reach * std::abs(m_b);
    const double lo = std::exp(m_a - reach), hi = std::exp(m_a + reach);
    return draw(LogNormal{m_a, m_b}, stream, out, n, clamp_lo(lo, hi), clamp_hi(lo, hi));
  }
  case DistKind::beta: // X / (X + Y) never leaves [0, 1], even rounded
    if (m_a >= 1 && m_b >= 1)
      return draw(FastBeta<false>(m_a, m_b), stream, out, n, clamp_lo(0, 1), clamp_hi(0, 1));
    return draw(FastBeta<true>(m_a, m_b), stream, out, n, clamp_lo(0, 1), clamp_hi(0, 1));
  case DistKind::bernoulli:
    for (std::size_t i = 0; i < n; ++i)
      out[i] = unit(stream) < m_a ? 1 : 0;
    return 0;
  }
  // A degenerate uniform or triangular distribution: one value.
  const double v = std::clamp(m_a, m_lo, m_hi);
  std::fill(out, out + n, v);
  return v != m_a ? n : 0;
}

} // namespace relief
