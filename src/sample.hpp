#pragma once
// Random streams and samplers for simulate. A stream derives only from (seed, block, PATH), so
// that the draws do not depend on the number of threads, and the same input gets the same draws in
// every scenario of a run (common random numbers).
#include <cstdint>
#include <limits>
#include <string_view>

#include "value.hpp"

namespace relief {

// xoshiro256** (Blackman and Vigna), written here because Boost 1.74 has no generator that is
// both fast and cheap to seed: a stream is seeded for every block and input, and mt19937's
// 2.5 KB state would cost more to seed than the block costs to draw. Seeded through splitmix64.
class Stream {
public:
  using result_type = std::uint64_t;
  Stream(std::uint64_t seed, std::uint64_t block, std::uint64_t key);
  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }
  result_type operator()();

private:
  std::uint64_t m_s[4];
};

// Return a stable 64-bit hash of a PATH (FNV-1a), the key of its stream.
std::uint64_t path_key(std::string_view path);

// Draws of one input: its distribution, clamped to its valid range.
class Sampler {
public:
  Sampler(const Value& v, const Range& range);
  // Fill out[0..n) with draws from stream; return how many were clamped to the range.
  std::uint64_t fill(Stream& stream, double* out, std::size_t n) const;

private:
  double clamp_lo(double a, double b) const;
  double clamp_hi(double a, double b) const;
  bool inside(double a, double b) const;

  DistKind m_kind;
  double m_a = 0, m_b = 0, m_c = 0; // the distribution's parameters, range resolved
  double m_lo, m_hi;
};

// Marsaglia and Tsang's gamma sampler accepts a try (a normal x, v = (1 + c x)^3, a uniform u)
// when log(u) < x^2 / 2 + d (1 - v + log v). Return true when polynomial bounds show that it
// does, by a margin that rounding cannot close: log u <= t - t^2/2 + t^3/3 (t = u - 1 <= 0), and
// log(1 + y) >= y - y^2/2 + y^3/3 - y^4/4 (y >= 0; less |y|^5 / (5 (1 + y)) for y < 0), so that
// the logarithms are taken only when the bounds cannot tell (a tenth of the tries that fail the
// first squeeze, 1 - 0.0331 x^4, against all of them). It never accepts a try the logarithms
// reject, so the draws are the same.
bool gamma_squeeze_accepts(double d, double c, double x, double u);

} // namespace relief
