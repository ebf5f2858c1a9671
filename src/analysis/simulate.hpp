#pragma once
// simulate: Monte Carlo over every uncertain input of one or more scenarios (SPEC 4), with common
// random numbers across scenarios and results that do not depend on the number of threads.
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/statistics.hpp"
#include "case.hpp"
#include "plan.hpp"

namespace relief {

inline constexpr std::uint64_t k_default_seed = 20251128;
inline constexpr std::size_t k_block = 4096; // samples per block: the unit of streams and threads
// blocks per chunk: blocks are summed into chunks, and chunks into the run, in order; a shard
// (--shard K/N) is a run of whole chunks, so that merged shards sum exactly as one run does
inline constexpr std::size_t k_chunk_blocks = 8;
inline constexpr std::size_t k_net_buckets = 2048; // a shard's histogram of net, for its quantiles
// Quantiles of benefits, costs and each criterion, drivers and value of information use the first
// this many samples; means, standard deviations, probabilities and quantiles of net use all.
inline constexpr std::uint64_t k_detail_samples = 100'000;
inline constexpr std::uint64_t k_max_samples = 100'000'000; // 800 MB of stored nets per result
inline constexpr unsigned k_max_threads = 1024;

struct SimulateOptions {
  std::uint64_t samples = 100'000;
  std::uint64_t seed = k_default_seed;
  unsigned threads = 1;
  const std::atomic<bool>* stop = nullptr; // set (by Ctrl-C) to stop after the current blocks
  // Called from the drawing threads with the number of samples drawn so far.
  std::function<void(std::uint64_t)> progress;
  // Called from the drawing threads with each block's draws, one SampleBlock per item (for
  // --samples); blocks may arrive out of order.
  std::function<void(const std::vector<struct SampleBlock>&)> sink;
  // --shard K/N: draw only the K-th of N contiguous runs of chunks (and the first
  // k_detail_samples, which every shard reports alike); 0/0 for the whole run
  std::uint64_t shard_index = 0, shard_count = 0;
};

// The draws of one block of one scenario, for --samples.
struct SampleBlock {
  std::uint64_t block = 0;
  std::uint64_t first = 0; // the index of the block's first sample
  std::size_t count = 0;
  const std::vector<std::vector<double>>* inputs; // per uncertain slot, draws [0, count)
  const double* benefits;
  const double* costs;
  const double* net;
};

struct Summary {
  double mean = 0, sd = 0;
  std::array<double, 5> q{}; // at k_quantile_levels: p5, p25, p50, p75, p95
};

struct Driver {
  std::string path;
  double mean = 0;          // the input's mean as drawn (after clamping)
  double clamped_share = 0; // share of draws clamped to the input's valid range
  double rank_correlation = 0;
  double variance_share = 0; // first-order sensitivity index of net
  double evppi = 0;          // expected value of partial perfect information, in points of net
};

struct SimResult {
  std::size_t item = 0; // index into the items simulated
  Summary benefits, costs, net;
  std::vector<Summary> criteria; // each criterion's weighted value
  double p_net_positive = 0, p_net_positive_se = 0;
  std::array<double, 3> verdicts{}, verdicts_se{}; // by Verdict
  double evpi = 0;
  // the regime's side (SPEC 3 step 12): the share of draws in which it accepts (none without a
  // counterpart) and the mean worth to the EU, net x 1{accepted}
  std::optional<double> p_accept, p_accept_se;
  double worth_mean = 0;
  std::vector<Driver> drivers; // largest variance share first
  std::vector<HistogramBin> histogram;
  // With several scenarios under the same perspective: P(this net > that net) per other item
  // (nothing for itself and other perspectives), and P(this ranks first).
  std::vector<std::optional<double>> p_beats;
  std::optional<double> p_first;
};

// What a run of blocks of one item adds up to; blocks are summed into chunks and chunks into the
// run in order (Chan's formula for the moments), so a sum never depends on the threads and the
// chunks of shards sum to the whole run's to the last bit.
struct SimTally {
  Moments benefits, costs, net;
  std::vector<Moments> criteria;
  std::vector<double> input_sums; // of each uncertain input's draws
  std::vector<std::uint64_t> clamped;
  std::array<std::uint64_t, 3> verdicts{};
  std::uint64_t positive = 0;
  double positive_part = 0;   // sum of max(0, net)
  double net_sum = 0;         // sum of net, in the same order (EVPI is exactly 0 when net > 0)
  std::uint64_t accepted = 0; // draws in which the regime accepts (SPEC 3 step 12)
  double worth_sum = 0;       // sum of net x 1{accepted}

  void merge(const SimTally& o);
};

// A shard's counts of net between edges that every shard takes alike from the first
// k_detail_samples: counts[b] of the draws in [edges[b-1], edges[b]) (the first and the last bucket
// open-ended), with each bucket's smallest and largest draw.
struct NetBuckets {
  std::vector<double> edges;
  std::vector<std::uint64_t> counts;
  std::vector<double> min, max;

  void merge(const NetBuckets& o); // o's edges are these
};

// What a shard keeps of one item for `relief merge`: everything that sums exactly.
struct SimShardState {
  std::vector<std::string> inputs;  // the uncertain inputs' paths, in the order of the sums
  std::vector<SimTally> chunks;     // the shard's chunks, in order
  std::vector<std::uint64_t> beats; // per item of the same cell: draws in which this net is greater
  std::vector<std::uint64_t> first; // [t - 1]: draws in which this ties for first with t - 1 others
  NetBuckets buckets;
};

// One case to simulate, with what to draw for it.
struct SimItem : Case {
  PlanValue value = PlanValue::conditional; // expected: the strategy of engaging at its timing
  // an input (PATH or alias) held at a value in every draw (breakeven --target probability)
  std::optional<std::pair<std::string, double>> pin = std::nullopt;
};

struct Simulation {
  std::uint64_t samples = 0; // drawn: fewer than asked when interrupted
  std::uint64_t requested = 0;
  std::uint64_t seed = 0;
  bool interrupted = false;
  std::vector<SimResult> results; // one per item, in order
  // with --shard: which, the chunks of the whole run and the first of this shard's, and per item
  // what merges
  std::uint64_t shard_index = 0, shard_count = 0, chunks = 0, first_chunk = 0;
  std::vector<SimShardState> states;
};

// Return the chunks [first, last) of the K-th of N shards of a run of n samples.
std::pair<std::uint64_t, std::uint64_t> shard_chunks(std::uint64_t n, std::uint64_t index,
                                                     std::uint64_t count);

// Set the figures of r that the total of a run's chunks gives (moments, shares, EVPI, acceptance,
// the drivers' means and clamped shares); m draws, `regime` when the case has a counterpart.
void tally_figures(const SimTally& total, std::uint64_t m, bool regime, SimResult& r);

// Return P(ranks first) from the counts of draws by the size of the tie for first, over m draws.
double p_first_of(const std::vector<std::uint64_t>& first, std::uint64_t m);

// Return the quantiles of net at k_quantile_levels read from merged buckets of m draws: the rank
// of each is exact, its value interpolated within its bucket; *bound is the widest bucket read
// (the largest distance from the exact quantile).
std::array<double, 5> bucket_quantiles(const NetBuckets& b, std::uint64_t m, double* bound);

// Return the simulation of every item with the options.
Simulation simulate(const std::vector<SimItem>& items, const SimulateOptions& options);

} // namespace relief
