#pragma once
// Statistics of samples for simulate: moments merged across blocks, quantiles, ranks, and the
// binned estimators of a first-order variance share and of partial value of information.
#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <utility>
#include <vector>

namespace relief {

// Return the sum of v[0..n), added in four interleaved lanes (i mod 4) and then pairwise.
double sum_of(const double* v, std::size_t n);

// Set sums[c] to sum_of(columns[c], n) for each of the k columns, two columns at a time (a
// column's additions form chains, so that one column at a time waited on them).
void sums_of(const double* const* columns, std::size_t k, std::size_t n, double* sums);

// Return the smallest and the largest of values (not empty), as std::minmax_element finds them
// (the same values, a zero's sign and a NaN included), in four lanes: a fifth of its time on a
// million values, whose branches a random order mispredicts.
std::pair<double, double> value_range(std::span<const double> values);

// Count, mean and sum of squared deviations; merged with Chan's formula so that blocks combined
// in a fixed order give the same result whatever thread drew them.
struct Moments {
  std::uint64_t n = 0;
  double mean = 0;
  double m2 = 0;

  void add(double x);
  // Return the moments of v[0..n), computed in two passes.
  static Moments of(const double* v, std::size_t n);
  void merge(const Moments& o);
  double sd() const; // the sample standard deviation (0 for fewer than two values)
};

// Set out[c] to Moments::of(columns[c], n) for each of the k columns, two columns at a time.
void moments_of(const double* const* columns, std::size_t k, std::size_t n, Moments* out);

// The quantiles that simulate reports.
inline constexpr std::array<double, 5> k_quantile_levels = {0.05, 0.25, 0.5, 0.75, 0.95};

// Return the quantiles at k_quantile_levels of the values (R's type 7, linear between order
// statistics).
std::array<double, 5> quantiles(std::span<const double> values);

// A bin of a histogram: [from, to) and the share of the values in it.
struct HistogramBin {
  double from = 0, to = 0;
  double share = 0;
};

// Return the histogram of the values: bins of a "nice" width (1, 2, 2.5 or 5 times a power of
// ten) from a multiple of it at or below the least value, at most about 16 of them, each with its
// share of the values; one bin [v, v) of share 1 when every value is v, and [0, 0) for none.
std::vector<HistogramBin> histogram(std::span<const double> values);

// Return the Monte Carlo standard error of a share p estimated from n samples: sqrt(p(1-p)/n)
// (0 for no samples).
double share_se(double p, std::uint64_t n);

// Return the indices of values in ascending order of value (ties, -0 with 0 among them, by
// index); fewer than 2^32 values. With same_as_previous, also set its element k to 1 where the
// value at position k of the order equals the one before it, else 0: what a caller that groups
// equal values reads in sequence instead of the values at random.
std::vector<std::uint32_t> sorted_order(std::span<const double> values,
                                        std::vector<std::uint8_t>* same_as_previous = nullptr);

// Return the ranks of the values, 1-based, ties sharing their mean rank.
std::vector<double> ranks(std::span<const double> values);

// What knowing x says about y: Spearman's rank correlation, the first-order variance share
// Var(E[y|x]) / Var(y), and the partial value of perfect information of the decision "act when
// y > 0", E[max(0, E[y|x])] - max(0, E[y]). The last two are estimated by sorting on x and
// averaging y within about sqrt(n) bins of equal count (Strong and Oakley's binned estimator;
// equal values of x never straddle two bins).
struct DriverStats {
  double rank_correlation = 0;
  double variance_share = 0;
  double evppi = 0;
};
// The y of driver_stats, ranked and summed once for every x it is compared with.
struct Outcome {
  Moments moments;
  // per sample, its rank less the mean rank and its value: what driver_stats reads of a sample in
  // one access
  std::vector<std::pair<double, double>> centred;
  double rank_ss = 0; // the sum of squares of the centred ranks (exact: they are half-integers)
};
Outcome outcome_of(std::span<const double> y);
DriverStats driver_stats(std::span<const double> x, const Outcome& y);

// Run fn(i) for i in [0, count) on up to threads threads; each i runs exactly once.
void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& fn);

} // namespace relief
