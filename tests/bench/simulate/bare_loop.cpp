// The simulate benchmark's baseline: the formula of scenario.yaml under model.yaml written out in
// C++, on relief's own samplers and streams (the same draws as `relief simulate`), in blocks of
// 4096 over N threads; prints the mean of net and P(net > 0) as JSON. With `stats`, the baseline
// of SPEC 7's bar: the same formula, and every statistic `relief simulate -f json` reports of it
// (moments, quantiles, verdict shares, value of information, drivers, histogram), computed by
// relief's own statistics functions as the samplers are relief's own; printed in the shape of
// relief's result, so that the benchmark can check that the two agree. With `raw`, the second
// baseline: only the same count of raw 64-bit draws from the same streams (15 a sample), no
// sampler and no formula, so that the samplers' cost can be told from the generator's.
// With `draws`, the samplers alone: every input's draws, folded, no formula.
// Usage: relief_bare_loop SAMPLES SEED THREADS [stats|raw|draws]
#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "analysis/big_array.hpp"
#include "analysis/simulate.hpp"
#include "analysis/statistics.hpp"
#include "model.hpp"
#include "sample.hpp"

using namespace relief;

namespace {

struct Input {
  const char* path;  // the key of its stream
  const char* shown; // the path relief reports it by
  DistKind kind;
  std::array<double, 3> params;
  Range range;
};

// In the order of the formula's variables below.
const Input k_inputs[] = {
    {"credibility", "credibility", DistKind::beta, {6, 4}, ranges::share},
    {"context.delay_months", "context.delay_months", DistKind::uniform, {0, 12}, ranges::months},
    {"offer.m1.scope", "offer.m1.scope", DistKind::uniform, {0.3, 0.9}, ranges::share},
    {"offer.m2.scope", "offer.m2.scope", DistKind::triangular, {0.2, 0.5, 0.8}, ranges::share},
    {"offer.m3.scope", "offer.m3.scope", DistKind::uniform, {0.5, 1}, ranges::share},
    {"asks.a1.amount", "asks.a1.amount", DistKind::range, {100, 400}, Range{0, 10000}},
    {"asks.a1.credibility", "asks.a1.credibility", DistKind::beta, {7, 3}, ranges::share},
    {"asks.a2.amount", "asks.a2.amount", DistKind::beta, {8, 2}, Range{0, 1}},
    {"model.half_life_months",
     "model.half_life_months",
     DistKind::lognormal,
     {3.2, 0.2},
     ranges::half_life},
    {"model.measures.m1.effects.sov",
     "offer.m1.effects.sov",
     DistKind::normal,
     {3, 0.5},
     ranges::effect},
    {"model.measures.m1.effects.rep",
     "offer.m1.effects.rep",
     DistKind::normal,
     {4, 0.6},
     ranges::effect},
    {"model.measures.m2.effects.sov",
     "offer.m2.effects.sov",
     DistKind::normal,
     {2, 0.4},
     ranges::effect},
    {"model.measures.m3.effects.rep",
     "offer.m3.effects.rep",
     DistKind::normal,
     {2, 0.4},
     ranges::effect},
    {"model.asks.a1.effects.pri",
     "asks.a1.effects.pri",
     DistKind::normal,
     {0.004, 0.0008},
     ranges::effect},
    {"model.context.war.ongoing.rep",
     "model.context.war.ongoing.rep",
     DistKind::triangular,
     {1.2, 1.5, 1.8},
     ranges::multiplier},
};
constexpr std::size_t k_n = std::size(k_inputs);
static_assert(k_block == 4096); // relief's block: the unit of its streams

struct Sums {
  double net = 0;
  std::uint64_t positive = 0;
};

// Each criterion's weighted value of sample j: SPEC 3 under model.yaml for scenario.yaml, written
// out (benefits are sov + pri, costs rep, net their difference, as relief adds them).
struct Weighted {
  double sov, pri, rep;
};
inline Weighted weighted(const std::vector<std::vector<double>>& x, std::size_t j)
{
  const double p = x[0][j], t = x[1][j], s1 = x[2][j], s2 = x[3][j], s3 = x[4][j];
  const double x1 = std::min(x[5][j], 10000.0), p1 = x[6][j], x2 = std::min(x[7][j], 1.0);
  const double h = x[8][j], e1sov = x[9][j], e1rep = x[10][j], e2sov = x[11][j];
  const double e3rep = x[12][j], ea1 = x[13][j], kwar = x[14][j];
  const double g1 = p + (1 - p) * (1 - 0.5);
  // a reversible offer's share g weighs its benefits as its costs (SPEC 3 step 4)
  double sov = s1 * e1sov * g1 + s2 * e2sov + x2 * 2 * p;
  if (sov > 0)
    sov *= std::exp2(-(t / h)); // as relief::decay
  const double pri = s3 * 1 + x1 * ea1 * p1 + x2 * 1 * p;
  const double rep = std::clamp(s1 * e1rep * g1 + s2 * 2 + s3 * e3rep, -10.0, 10.0);
  return {0.5 * std::clamp(sov, -10.0, 10.0), 0.3 * std::clamp(pri, -10.0, 10.0),
          0.2 * rep * (rep != 0 ? kwar * 1.4 : 1)};
}

Sums block(std::uint64_t seed, std::uint64_t b, std::size_t count,
           const std::vector<Sampler>& samplers, std::vector<std::vector<double>>& x)
{
  for (std::size_t i = 0; i < k_n; ++i) {
    Stream stream(seed, b, path_key(k_inputs[i].path));
    samplers[i].fill(stream, x[i].data(), count);
  }
  Sums s;
  for (std::size_t j = 0; j < count; ++j) {
    const Weighted w = weighted(x, j);
    const double net = w.sov + w.pri - w.rep;
    s.net += net;
    s.positive += net > 0;
  }
  return s;
}

// Run work on this thread and threads - 1 more; return when every one has returned.
template <class Work> void on_threads(unsigned threads, Work& work)
{
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t)
    pool.emplace_back(std::ref(work));
  work();
  for (auto& t : pool)
    t.join();
}

// What `stats` keeps of one block: the statistics that merge, as relief's tally does.
struct BlockStats {
  std::array<Moments, 6> moments; // benefits, costs, net, sov, pri, rep (weighted)
  std::array<std::uint64_t, 3> verdicts{};
  std::uint64_t positive = 0;
  double positive_part = 0, net_sum = 0;
  std::array<double, k_n> input_sums{};
  std::array<std::uint64_t, k_n> clamped{};
};

// Where `stats` keeps its samples: every net, and the first k_detail_samples of the rest; in
// relief's storage for samples (not zeroed, on huge pages), as relief keeps them.
struct Kept {
  BigArray storage;
  double* net;                   // every sample's
  std::array<double*, 6> detail; // as BlockStats::moments
  std::array<double*, k_n> inputs;
};

// One block of `stats`: the block's draws, the formula giving each criterion's weighted value,
// the block's statistics, and its samples kept.
BlockStats stats_block(std::uint64_t seed, std::uint64_t b, std::size_t count,
                       const std::vector<Sampler>& samplers, std::vector<std::vector<double>>& x,
                       std::array<std::vector<double>, 6>& y, Kept& kept)
{
  BlockStats s;
  for (std::size_t i = 0; i < k_n; ++i) {
    Stream stream(seed, b, path_key(k_inputs[i].path));
    s.clamped[i] = samplers[i].fill(stream, x[i].data(), count);
  }
  double *benefits = y[0].data(), *costs = y[1].data(), *net = y[2].data();
  double *w_sov = y[3].data(), *w_pri = y[4].data(), *w_rep = y[5].data();
  for (std::size_t j = 0; j < count; ++j) {
    const Weighted w = weighted(x, j);
    w_sov[j] = w.sov;
    w_pri[j] = w.pri;
    w_rep[j] = w.rep;
    benefits[j] = w_sov[j] + w_pri[j];
    costs[j] = w_rep[j];
    net[j] = benefits[j] - costs[j];
    ++s.verdicts[net[j] > 0.05 ? 0 : net[j] < -0.05 ? 2 : 1];
    s.positive += net[j] > 0;
    s.positive_part += std::max(0.0, net[j]);
    s.net_sum += net[j];
  }
  const std::array<const double*, 6> of = {benefits, costs, net, w_sov, w_pri, w_rep};
  moments_of(of.data(), of.size(), count, s.moments.data());
  std::array<const double*, k_n> inputs;
  for (std::size_t i = 0; i < k_n; ++i)
    inputs[i] = x[i].data();
  sums_of(inputs.data(), k_n, count, s.input_sums.data());
  const std::size_t first = b * k_block;
  std::copy_n(net, count, kept.net + first);
  if (first < k_detail_samples) {
    const std::size_t d = std::min<std::size_t>(count, k_detail_samples - first);
    for (std::size_t c = 0; c < 6; ++c)
      std::copy_n(of[c], d, kept.detail[c] + first);
    for (std::size_t i = 0; i < k_n; ++i)
      std::copy_n(x[i].data(), d, kept.inputs[i] + first);
  }
  return s;
}

// Print a summary as relief's JSON does: mean, sd and the quantiles.
void print_summary(const char* name, const Moments& m, const std::array<double, 5>& q)
{
  std::printf("\"%s\": {\"mean\": %.17g, \"sd\": %.17g, \"p5\": %.17g, \"p25\": %.17g, "
              "\"p50\": %.17g, \"p75\": %.17g, \"p95\": %.17g}",
              name, m.mean, m.sd(), q[0], q[1], q[2], q[3], q[4]);
}

// `stats`: every statistic relief simulate reports, as its one result's JSON.
int run_stats(std::uint64_t n, std::uint64_t seed, unsigned threads,
              const std::vector<Sampler>& samplers)
{
  const std::uint64_t blocks = (n + k_block - 1) / k_block;
  const std::size_t detail = std::min<std::uint64_t>(n, k_detail_samples);
  Kept kept;
  kept.storage = big_array(n + detail * (6 + k_n));
  kept.net = kept.storage.get();
  double* at = kept.net + n;
  for (double*& c : kept.detail)
    c = std::exchange(at, at + detail);
  for (double*& c : kept.inputs)
    c = std::exchange(at, at + detail);
  std::vector<BlockStats> stats(blocks);
  std::atomic<std::uint64_t> next{0};
  auto work = [&] {
    std::vector<std::vector<double>> x(k_n, std::vector<double>(k_block));
    std::array<std::vector<double>, 6> y;
    for (auto& c : y)
      c.resize(k_block);
    for (std::uint64_t b = next++; b < blocks; b = next++)
      stats[b] = stats_block(seed, b, std::min<std::uint64_t>(k_block, n - b * k_block), samplers,
                             x, y, kept);
  };
  on_threads(threads, work);
  BlockStats total;
  for (const BlockStats& s : stats) {
    for (std::size_t c = 0; c < 6; ++c)
      total.moments[c].merge(s.moments[c]);
    for (std::size_t v = 0; v < 3; ++v)
      total.verdicts[v] += s.verdicts[v];
    total.positive += s.positive;
    total.positive_part += s.positive_part;
    total.net_sum += s.net_sum;
    for (std::size_t i = 0; i < k_n; ++i) {
      total.input_sums[i] += s.input_sums[i];
      total.clamped[i] += s.clamped[i];
    }
  }
  // the statistics of the kept samples, one job each as relief runs them: the quantiles, net
  // ranked, then the drivers
  std::array<std::array<double, 5>, 6> q;
  Outcome outcome;
  parallel_for(7, threads, [&](std::size_t j) {
    if (j == 2)
      q[2] = quantiles({kept.net, n});
    else if (j == 6)
      outcome = outcome_of({kept.detail[2], detail});
    else
      q[j] = quantiles({kept.detail[j], detail});
  });
  std::array<DriverStats, k_n> drivers;
  parallel_for(k_n, threads, [&](std::size_t i) {
    drivers[i] = driver_stats({kept.inputs[i], detail}, outcome);
  });
  const std::vector<HistogramBin> bins = histogram({kept.detail[2], detail});

  const double dn = double(n);
  std::printf("{");
  const char* names[] = {"benefits", "costs", "net"};
  for (std::size_t c = 0; c < 3; ++c) {
    print_summary(names[c], total.moments[c], q[c]);
    std::printf(", ");
  }
  std::printf("\"criteria\": {");
  const char* criteria[] = {"sov", "pri", "rep"};
  for (std::size_t c = 0; c < 3; ++c) {
    print_summary(criteria[c], total.moments[3 + c], q[3 + c]);
    std::printf(c < 2 ? ", " : "}, ");
  }
  std::printf("\"p_net_positive\": %.17g, \"verdicts\": {\"benefits-outweigh\": %.17g, "
              "\"balanced\": %.17g, \"costs-outweigh\": %.17g}, \"evpi\": %.17g, ",
              double(total.positive) / dn, double(total.verdicts[0]) / dn,
              double(total.verdicts[1]) / dn, double(total.verdicts[2]) / dn,
              std::max(0.0, (total.positive_part - std::max(0.0, total.net_sum)) / dn));
  std::printf("\"drivers\": [");
  for (std::size_t i = 0; i < k_n; ++i)
    std::printf("%s{\"path\": \"%s\", \"mean\": %.17g, \"rank_correlation\": %.17g, "
                "\"variance_share\": %.17g, \"evppi\": %.17g, \"clamped_share\": %.17g}",
                i > 0 ? ", " : "", k_inputs[i].shown, total.input_sums[i] / dn,
                drivers[i].rank_correlation, drivers[i].variance_share, drivers[i].evppi,
                double(total.clamped[i]) / dn);
  std::printf("], \"histogram\": [");
  for (std::size_t b = 0; b < bins.size(); ++b)
    std::printf("%s{\"from\": %.17g, \"to\": %.17g, \"share\": %.17g}", b > 0 ? ", " : "",
                bins[b].from, bins[b].to, bins[b].share);
  std::printf("]}\n");
  return 0;
}

// The raw draws of one block: every input's stream, count draws each, folded so that none is
// optimised away.
std::uint64_t raw_block(std::uint64_t seed, std::uint64_t b, std::size_t count,
                        std::vector<std::uint64_t>& buffer)
{
  std::uint64_t fold = 0;
  for (std::size_t i = 0; i < k_n; ++i) {
    Stream stream(seed, b, path_key(k_inputs[i].path));
    for (std::size_t j = 0; j < count; ++j)
      buffer[j] = stream();
    for (std::size_t j = 0; j < count; ++j)
      fold ^= buffer[j];
  }
  return fold;
}

} // namespace

int main(int argc, char** argv)
{
  const std::string mode = argc == 5 ? argv[4] : "";
  if (argc != 4 && !(argc == 5 && (mode == "stats" || mode == "raw" || mode == "draws"))) {
    std::fprintf(stderr, "usage: relief_bare_loop SAMPLES SEED THREADS [stats|raw|draws]\n");
    return 64;
  }
  const auto n = static_cast<std::uint64_t>(std::stod(argv[1]));
  const std::uint64_t seed = std::stoull(argv[2]);
  const unsigned threads = static_cast<unsigned>(std::stoul(argv[3]));
  std::vector<Sampler> samplers;
  for (const Input& in : k_inputs) {
    Value v;
    v.dist.kind = in.kind;
    v.dist.params = in.params;
    v.mean = distribution_mean(v.dist);
    samplers.emplace_back(v, in.range);
  }
  if (mode == "stats")
    return run_stats(n, seed, threads, samplers);
  const std::uint64_t blocks = (n + k_block - 1) / k_block;
  if (mode == "draws") { // the samplers alone: every input's block drawn, no formula
    // folded as the raw draws are, by exclusive or of their bits: a sum of doubles is a chain of
    // additions four cycles each, which timed the fold (15 ms of a million samples), not the
    // samplers
    std::vector<std::uint64_t> folds(blocks);
    std::atomic<std::uint64_t> next_draws{0};
    auto draws_work = [&] {
      std::vector<std::vector<double>> x(k_n, std::vector<double>(k_block));
      for (std::uint64_t b = next_draws++; b < blocks; b = next_draws++) {
        const std::size_t count = std::min<std::uint64_t>(k_block, n - b * k_block);
        std::uint64_t fold = 0;
        for (std::size_t i = 0; i < k_n; ++i) {
          Stream stream(seed, b, path_key(k_inputs[i].path));
          samplers[i].fill(stream, x[i].data(), count);
          for (std::size_t j = 0; j < count; ++j)
            fold ^= std::bit_cast<std::uint64_t>(x[i][j]);
        }
        folds[b] = fold;
      }
    };
    on_threads(threads, draws_work);
    std::uint64_t fold = 0;
    for (std::uint64_t f : folds)
      fold ^= f;
    std::printf("{\"draws\": %llu, \"fold\": %llu}\n", static_cast<unsigned long long>(n * k_n),
                static_cast<unsigned long long>(fold));
    return 0;
  }
  if (mode == "raw") { // raw draws only
    std::vector<std::uint64_t> folds(blocks);
    std::atomic<std::uint64_t> next_raw{0};
    auto raw_work = [&] {
      std::vector<std::uint64_t> buffer(k_block);
      for (std::uint64_t b = next_raw++; b < blocks; b = next_raw++)
        folds[b] = raw_block(seed, b, std::min<std::uint64_t>(k_block, n - b * k_block), buffer);
    };
    on_threads(threads, raw_work);
    std::uint64_t fold = 0;
    for (std::uint64_t f : folds)
      fold ^= f;
    std::printf("{\"raw_draws\": %llu, \"fold\": %llu}\n", static_cast<unsigned long long>(n * k_n),
                static_cast<unsigned long long>(fold));
    return 0;
  }
  std::vector<Sums> sums(blocks);
  std::atomic<std::uint64_t> next{0};
  auto work = [&] {
    std::vector<std::vector<double>> x(k_n, std::vector<double>(k_block));
    for (std::uint64_t b = next++; b < blocks; b = next++)
      sums[b] = block(seed, b, std::min<std::uint64_t>(k_block, n - b * k_block), samplers, x);
  };
  on_threads(threads, work);
  Sums total;
  for (const Sums& s : sums) {
    total.net += s.net;
    total.positive += s.positive;
  }
  std::printf("{\"mean\": %.17g, \"p_net_positive\": %.17g}\n", total.net / double(n),
              double(total.positive) / double(n));
  return 0;
}
