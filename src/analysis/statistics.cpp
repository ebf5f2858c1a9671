#include "analysis/statistics.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

namespace relief {

void Moments::add(double x)
{
  ++n;
  const double d = x - mean;
  mean += d / static_cast<double>(n);
  m2 += d * (x - mean);
}

namespace {
// Two doubles in one SSE2 register (GCC's vector extension): lanes i mod 4 = 0, 1 in one and
// 2, 3 in another, so that a sum in four lanes is two vector additions per four values.
using Pair = double __attribute__((vector_size(16)));
Pair load(const double* v)
{
  Pair p;
  std::memcpy(&p, v, sizeof p);
  return p;
}
} // namespace

namespace {
// The sums of K columns of n values, each in the four lanes of sum_of, the columns' additions
// interleaved: a column's additions depend on each other (a lane's sum is a chain), two columns'
// do not, so that two columns take little longer than one. Every column's sum is sum_of's.
template <std::size_t K>
std::array<double, K> lane_sums(const std::array<const double*, K>& v, std::size_t n)
{
  std::array<Pair, K> lo{}, hi{};
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4)
    for (std::size_t k = 0; k < K; ++k) {
      lo[k] += load(v[k] + i);
      hi[k] += load(v[k] + i + 2);
    }
  std::array<double, K> out;
  for (std::size_t k = 0; k < K; ++k) {
    double s[4] = {lo[k][0], lo[k][1], hi[k][0], hi[k][1]};
    for (std::size_t j = i, l = 0; j < n; ++j, ++l)
      s[l] += v[k][j];
    out[k] = (s[0] + s[1]) + (s[2] + s[3]);
  }
  return out;
}

// The moments of K columns of n values, each as Moments::of computes it, the columns interleaved.
template <std::size_t K>
void lane_moments(const std::array<const double*, K>& v, std::size_t n, std::array<Moments*, K> out)
{
  const std::array<double, K> sums = lane_sums<K>(v, n);
  // the corrected two-pass algorithm (exact for constant values), in four lanes as sum_of
  std::array<Pair, K> mean, c_lo{}, c_hi{}, q_lo{}, q_hi{};
  for (std::size_t k = 0; k < K; ++k) {
    out[k]->n = n;
    out[k]->mean = sums[k] / static_cast<double>(n);
    mean[k] = Pair{out[k]->mean, out[k]->mean};
  }
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4)
    for (std::size_t k = 0; k < K; ++k) {
      const Pair d_lo = load(v[k] + i) - mean[k], d_hi = load(v[k] + i + 2) - mean[k];
      c_lo[k] += d_lo;
      c_hi[k] += d_hi;
      q_lo[k] += d_lo * d_lo;
      q_hi[k] += d_hi * d_hi;
    }
  for (std::size_t k = 0; k < K; ++k) {
    Moments& m = *out[k];
    double correction[4] = {c_lo[k][0], c_lo[k][1], c_hi[k][0], c_hi[k][1]};
    double m2[4] = {q_lo[k][0], q_lo[k][1], q_hi[k][0], q_hi[k][1]};
    for (std::size_t j = i, l = 0; j < n; ++j, ++l) {
      const double d = v[k][j] - m.mean;
      correction[l] += d;
      m2[l] += d * d;
    }
    const double c = (correction[0] + correction[1]) + (correction[2] + correction[3]);
    m.mean += c / static_cast<double>(n);
    m.m2 = (m2[0] + m2[1]) + (m2[2] + m2[3]) - c * c / static_cast<double>(n);
    m.m2 = std::max(0.0, m.m2);
  }
}
} // namespace

double sum_of(const double* v, std::size_t n)
{
  return lane_sums<1>({v}, n)[0];
}

void sums_of(const double* const* columns, std::size_t k, std::size_t n, double* sums)
{
  std::size_t c = 0;
  for (; c + 2 <= k; c += 2) {
    const auto two = lane_sums<2>({columns[c], columns[c + 1]}, n);
    sums[c] = two[0];
    sums[c + 1] = two[1];
  }
  if (c < k)
    sums[c] = sum_of(columns[c], n);
}

void moments_of(const double* const* columns, std::size_t k, std::size_t n, Moments* out)
{
  if (n == 0) {
    std::fill(out, out + k, Moments{});
    return;
  }
  std::size_t c = 0;
  for (; c + 2 <= k; c += 2)
    lane_moments<2>({columns[c], columns[c + 1]}, n, {out + c, out + c + 1});
  if (c < k)
    out[c] = Moments::of(columns[c], n);
}

std::pair<double, double> value_range(std::span<const double> values)
{
  auto exact = [&] {
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    return std::pair{*lo, *hi};
  };
  const std::size_t n = values.size();
  if (n < 4)
    return exact();
  const double* v = values.data();
  Pair lo_a = load(v), lo_b = load(v + 2), hi_a = lo_a, hi_b = lo_b;
  // lanes of all ones where a value is NaN (a vector comparison gives a vector of integers)
  auto nan = (lo_a != lo_a) | (lo_b != lo_b);
  std::size_t i = 4;
  for (; i + 4 <= n; i += 4) {
    const Pair a = load(v + i), b = load(v + i + 2);
    lo_a = a < lo_a ? a : lo_a;
    lo_b = b < lo_b ? b : lo_b;
    hi_a = a > hi_a ? a : hi_a;
    hi_b = b > hi_b ? b : hi_b;
    nan |= (a != a) | (b != b);
  }
  double lo = std::min({lo_a[0], lo_a[1], lo_b[0], lo_b[1]});
  double hi = std::max({hi_a[0], hi_a[1], hi_b[0], hi_b[1]});
  bool any_nan = nan[0] || nan[1];
  for (; i < n; ++i) {
    lo = std::min(lo, v[i]);
    hi = std::max(hi, v[i]);
    any_nan = any_nan || std::isnan(v[i]);
  }
  // which of equal values minmax_element picks shows only in a zero's sign; a NaN it may pick
  if (any_nan || lo == 0 || hi == 0)
    return exact();
  return {lo, hi};
}

Moments Moments::of(const double* v, std::size_t n)
{
  Moments m;
  if (n > 0)
    lane_moments<1>({v}, n, {&m});
  return m;
}

void Moments::merge(const Moments& o)
{
  if (o.n == 0)
    return;
  if (n == 0) {
    *this = o;
    return;
  }
  const double na = static_cast<double>(n), nb = static_cast<double>(o.n);
  const double d = o.mean - mean;
  const double total = na + nb;
  mean += d * nb / total;
  m2 += o.m2 + d * d * na * nb / total;
  n += o.n;
}

double Moments::sd() const
{
  return n > 1 ? std::sqrt(m2 / static_cast<double>(n - 1)) : 0;
}

namespace {

// Return a "nice" bin width (1, 2, 2.5 or 5 times a power of ten) giving at most about 16 bins.
double nice_width(double span)
{
  const double raw = span / 16;
  const double mag = std::pow(10, std::floor(std::log10(raw)));
  for (double f : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (f * mag >= raw)
      return f * mag;
  return 10 * mag;
}

} // namespace

std::vector<HistogramBin> histogram(std::span<const double> values)
{
  const double* v = values.data();
  const std::size_t n = values.size();
  if (n == 0)
    return {HistogramBin{0, 0, 1}};
  const auto [least, most] = value_range(values);
  if (least == most)
    return {HistogramBin{least, most, 1}};
  const double w = nice_width(most - least);
  const double lo = std::floor(least / w) * w;
  const auto bins = static_cast<std::size_t>(std::max(1.0, std::ceil((most - lo) / w)));
  std::vector<std::uint64_t> counts(bins);
  for (std::size_t i = 0; i < n; ++i)
    ++counts[std::min(bins - 1, static_cast<std::size_t>((v[i] - lo) / w))];
  std::vector<HistogramBin> out;
  for (std::size_t b = 0; b < bins; ++b)
    out.push_back({lo + double(b) * w, lo + double(b + 1) * w, double(counts[b]) / double(n)});
  return out;
}

double share_se(double p, std::uint64_t n)
{
  return n > 0 ? std::sqrt(p * (1 - p) / double(n)) : 0;
}

std::array<double, 5> quantiles(std::span<const double> values)
{
  // Bucket selection: count the values in 4096 buckets of equal width between the extremes
  // (the bucket of a value never decreases as the value grows), then sort only the buckets that
  // hold the order statistics wanted. Three passes over the values instead of sorting them.
  std::array<double, 5> out{};
  const std::size_t n = values.size();
  if (n == 0)
    return out;
  // (not a structured binding: clang 14 cannot capture one in the lambda below)
  const std::pair<double, double> range = value_range(values);
  const double lo = range.first, hi = range.second;
  if (lo == hi) {
    out.fill(lo);
    return out;
  }
  constexpr std::size_t k_buckets = 4096;
  const double scale = double(k_buckets) / (hi - lo);
  auto bucket = [&](double v) {
    return std::min(k_buckets - 1, static_cast<std::size_t>((v - lo) * scale));
  };
  std::vector<std::size_t> start(k_buckets + 1, 0); // start[b]: rank of the first value in b
  for (double v : values)
    ++start[bucket(v) + 1];
  for (std::size_t b = 0; b < k_buckets; ++b)
    start[b + 1] += start[b];
  auto bucket_of_rank = [&](std::size_t r) {
    return static_cast<std::size_t>(std::upper_bound(start.begin(), start.end(), r) -
                                    start.begin()) -
           1;
  };
  std::vector<std::size_t> ranks_wanted;
  for (double q : k_quantile_levels) {
    const auto i = static_cast<std::size_t>(std::floor(double(n - 1) * q));
    ranks_wanted.push_back(i);
    ranks_wanted.push_back(std::min(n - 1, i + 1));
  }
  std::vector<std::vector<double>> held(k_buckets);
  std::vector<char> wanted(k_buckets, 0);
  for (std::size_t r : ranks_wanted)
    wanted[bucket_of_rank(r)] = 1;
  for (double v : values)
    if (const std::size_t b = bucket(v); wanted[b])
      held[b].push_back(v);
  for (std::size_t b = 0; b < k_buckets; ++b)
    if (wanted[b])
      std::sort(held[b].begin(), held[b].end());
  auto at_rank = [&](std::size_t r) {
    const std::size_t b = bucket_of_rank(r);
    return held[b][r - start[b]];
  };
  for (std::size_t k = 0; k < k_quantile_levels.size(); ++k) {
    const double h = double(n - 1) * k_quantile_levels[k];
    const auto i = static_cast<std::size_t>(std::floor(h));
    double value = at_rank(i);
    if (i + 1 < n && h > double(i))
      value += (h - double(i)) * (at_rank(i + 1) - value);
    out[k] = value;
  }
  return out;
}

// A radix sort of 22-bit keys, each a value's position between the extremes scaled to
// [0, 2^22) (the key never decreases as the value grows), packed above the value's index: two
// stable passes of 11 bits each, skipped when every key has the same digit. Values that share a
// key are then put in order by value among themselves, by insertion when they are few, else by
// std::sort (values bunched in one key, as a heavy tail leaves them, cost n log n at worst). A
// quarter faster than the bucket sort it replaces (15 sorts of 100,000 draws: 18 against 25 ms),
// whose insertion into buckets of about four mispredicted a branch per value; no Debian library
// offered a sort of doubles with their indices.
std::vector<std::uint32_t> sorted_order(std::span<const double> values,
                                        std::vector<std::uint8_t>* same_as_previous)
{
  const std::size_t n = values.size();
  std::vector<std::uint32_t> order(n);
  if (same_as_previous)
    same_as_previous->assign(n, 0);
  if (n == 0)
    return order;
  const auto [lo, hi] = value_range(values);
  const double span = hi - lo;
  constexpr int k_digit = 11;
  constexpr std::size_t k_digits = std::size_t{1} << k_digit;
  constexpr double k_top = double((std::uint64_t{1} << (2 * k_digit)) - 1);
  // a span that overflows (values near +-DBL_MAX) gives every value the key 0
  const double scale = std::isfinite(span) && span > 0 ? k_top / span : 0;
  // the thread's own scratch, kept for its next sort: memory freed and taken again was given
  // back to the system and faulted in again, page by page (half of discover's page faults)
  thread_local std::vector<std::uint64_t> scratch;
  if (scratch.size() < 2 * n)
    scratch.resize(2 * n);
  std::uint64_t* items = scratch.data();
  std::uint64_t* spare = scratch.data() + n;
  std::array<std::array<std::uint32_t, k_digits>, 2> at{};
  for (std::size_t i = 0; i < n; ++i) {
    const auto key = static_cast<std::uint64_t>(std::min(k_top, (values[i] - lo) * scale));
    items[i] = key << 32 | i;
    ++at[0][key & (k_digits - 1)];
    ++at[1][key >> k_digit];
  }
  for (std::size_t pass = 0; pass < 2; ++pass) {
    std::uint32_t before = 0;
    bool one_digit = false;
    for (std::uint32_t& count : at[pass]) {
      one_digit = one_digit || count == n;
      before += std::exchange(count, before);
    }
    if (one_digit)
      continue;
    const int shift = 32 + k_digit * static_cast<int>(pass);
    for (std::size_t i = 0; i < n; ++i)
      spare[at[pass][(items[i] >> shift) & (k_digits - 1)]++] = items[i];
    std::swap(items, spare);
  }
  for (std::size_t i = 0; i < n; ++i)
    order[i] = static_cast<std::uint32_t>(items[i]);
  // the runs of a shared key, in index order now: in order of value, ties keeping it
  auto before = [&](std::uint32_t a, std::uint32_t b) {
    return values[a] < values[b] || (values[a] == values[b] && a < b);
  };
  for (std::size_t i = 1; i < n;) {
    if (items[i] >> 32 != items[i - 1] >> 32) {
      ++i;
      continue;
    }
    const std::size_t run = i - 1;
    std::size_t end = i + 1;
    while (end < n && items[end] >> 32 == items[run] >> 32)
      ++end;
    if (end - run > 16) {
      std::sort(order.data() + run, order.data() + end, before);
    } else {
      for (std::size_t j = run + 1; j < end; ++j) {
        const std::uint32_t item = order[j];
        const double v = values[item];
        std::size_t k = j;
        for (; k > run && values[order[k - 1]] > v; --k)
          order[k] = order[k - 1];
        order[k] = item;
      }
    }
    // values of different keys differ (a key never decreases as the value grows): only a run's
    // values, just read to sort it, can be equal
    if (same_as_previous)
      for (std::size_t j = run + 1; j < end; ++j)
        (*same_as_previous)[j] = values[order[j]] == values[order[j - 1]];
    i = end;
  }
  return order;
}

std::vector<double> ranks(std::span<const double> values)
{
  std::vector<std::uint8_t> same;
  const auto order = sorted_order(values, &same);
  const std::size_t n = order.size();
  std::vector<double> r(n);
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && same[j])
      ++j;
    const double mean_rank = static_cast<double>(i + j + 1) / 2; // ranks i+1 .. j
    for (std::size_t k = i; k < j; ++k)
      r[order[k]] = mean_rank;
    i = j;
  }
  return r;
}

Outcome outcome_of(std::span<const double> y)
{
  Outcome out;
  for (double v : y)
    out.moments.add(v);
  const std::vector<double> r = ranks(y);
  const double mid = static_cast<double>(y.size() + 1) / 2; // the mean of any ranks 1..n
  out.centred.resize(y.size());
  for (std::size_t i = 0; i < y.size(); ++i) {
    out.centred[i] = {r[i] - mid, y[i]};
    out.rank_ss += out.centred[i].first * out.centred[i].first;
  }
  return out;
}

DriverStats driver_stats(std::span<const double> x, const Outcome& outcome)
{
  const std::size_t n = x.size();
  DriverStats out;
  if (n < 2)
    return out;
  std::vector<std::uint8_t> same;
  const auto order = sorted_order(x, &same);
  const Moments& all = outcome.moments;
  const double mid = static_cast<double>(n + 1) / 2;
  const auto bin = static_cast<std::size_t>(std::max(1.0, std::floor(std::sqrt(double(n)))));
  // Spearman's correlation from the centred ranks, and the binned EVPPI and variance share, in
  // one pass over x's groups of equal values (a group shares a rank; a bin closes at the end of
  // the group that brings it to `bin` samples, never inside one). Rank sums are sums of
  // multiples of 1/4 below 2^53: exact in any order.
  double between = 0, best = 0, total = 0, cov = 0, var_x = 0;
  double sum = 0;
  std::size_t in_bin = 0;
  auto close_bin = [&] {
    const double count = static_cast<double>(in_bin);
    const double mean = sum / count;
    between += count * (mean - all.mean) * (mean - all.mean);
    best += count * std::max(0.0, mean);
    total += count * mean; // the same terms as best: no rounding noise when every mean is > 0
    sum = 0;
    in_bin = 0;
  };
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && same[j])
      ++j;
    const double rx = static_cast<double>(i + j + 1) / 2 - mid;
    if (j == i + 1) { // the usual group: one value
      const auto& [ry, y] = outcome.centred[order[i]];
      cov += rx * ry;
      sum += y;
      var_x += rx * rx;
    } else {
      for (std::size_t k = i; k < j; ++k) {
        const auto& [ry, y] = outcome.centred[order[k]];
        cov += rx * ry;
        sum += y;
      }
      var_x += static_cast<double>(j - i) * rx * rx;
    }
    in_bin += j - i;
    if (in_bin >= bin)
      close_bin();
    i = j;
  }
  if (in_bin > 0)
    close_bin();
  const double var_y = outcome.rank_ss;
  out.rank_correlation = var_x > 0 && var_y > 0 ? cov / std::sqrt(var_x * var_y) : 0;
  out.variance_share = all.m2 > 0 ? between / all.m2 : 0;
  out.evppi = std::max(0.0, (best - std::max(0.0, total)) / static_cast<double>(n));
  return out;
}

void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& fn)
{
  std::atomic<std::size_t> next{0};
  std::mutex failure_lock;
  std::exception_ptr failure; // the first exception of any thread, rethrown after all are joined
  auto work = [&] {
    try {
      for (std::size_t i = next++; i < count; i = next++)
        fn(i);
    } catch (...) {
      next = count; // the others stop at their next item
      std::lock_guard<std::mutex> hold(failure_lock);
      if (!failure)
        failure = std::current_exception();
    }
  };
  if (count == 0)
    return;
  const auto extra = static_cast<unsigned>(std::min<std::size_t>(std::max(threads, 1u), count) - 1);
  std::vector<std::thread> pool;
  try {
    pool.reserve(extra);
    for (unsigned t = 0; t < extra; ++t)
      pool.emplace_back(work);
  } catch (const std::exception&) {
    // a thread that cannot be started (no memory for its stack, a process limit): the threads
    // that did start and this one share the items; the results do not depend on how many
  }
  work();
  for (auto& t : pool)
    t.join();
  if (failure)
    std::rethrow_exception(failure);
}

} // namespace relief
