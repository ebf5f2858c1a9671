// The simulate benchmark's baseline: the formula of scenario.yaml under model.yaml written out in
// C++, on relief's own samplers and streams (the same draws as `relief simulate`), in blocks of
// 4096 over N threads; prints the mean of net and P(net > 0) as JSON. With `raw`, the second
// baseline: only the same count of raw 64-bit draws from the same streams (15 a sample), no
// sampler and no formula, so that the samplers' cost can be told from the generator's.
// With `draws`, the samplers alone: every input's draws, summed, no formula.
// Usage: relief_bare_loop SAMPLES SEED THREADS [raw|draws]
#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "model.hpp"
#include "sample.hpp"

using namespace relief;

namespace {

struct Input {
  const char* path;
  DistKind kind;
  std::array<double, 3> params;
  Range range;
};

// In the order of the formula's variables below.
const Input k_inputs[] = {
    {"credibility", DistKind::beta, {6, 4}, ranges::share},
    {"context.delay_months", DistKind::uniform, {0, 12}, ranges::months},
    {"offer.m1.scope", DistKind::uniform, {0.3, 0.9}, ranges::share},
    {"offer.m2.scope", DistKind::triangular, {0.2, 0.5, 0.8}, ranges::share},
    {"offer.m3.scope", DistKind::uniform, {0.5, 1}, ranges::share},
    {"asks.a1.amount", DistKind::range, {100, 400}, Range{0, 10000}},
    {"asks.a1.credibility", DistKind::beta, {7, 3}, ranges::share},
    {"asks.a2.amount", DistKind::beta, {8, 2}, Range{0, 1}},
    {"model.half_life_months", DistKind::lognormal, {3.2, 0.2}, ranges::half_life},
    {"model.measures.m1.effects.sov", DistKind::normal, {3, 0.5}, ranges::effect},
    {"model.measures.m1.effects.rep", DistKind::normal, {4, 0.6}, ranges::effect},
    {"model.measures.m2.effects.sov", DistKind::normal, {2, 0.4}, ranges::effect},
    {"model.measures.m3.effects.rep", DistKind::normal, {2, 0.4}, ranges::effect},
    {"model.asks.a1.effects.pri", DistKind::normal, {0.004, 0.0008}, ranges::effect},
    {"model.context.war.ongoing.rep", DistKind::triangular, {1.2, 1.5, 1.8}, ranges::multiplier},
};
constexpr std::size_t k_n = std::size(k_inputs);
constexpr std::size_t k_block = 4096;

struct Sums {
  double net = 0;
  std::uint64_t positive = 0;
};

Sums block(std::uint64_t seed, std::uint64_t b, std::size_t count,
           const std::vector<Sampler>& samplers, std::vector<std::vector<double>>& x)
{
  for (std::size_t i = 0; i < k_n; ++i) {
    Stream stream(seed, b, path_key(k_inputs[i].path));
    samplers[i].fill(stream, x[i].data(), count);
  }
  Sums s;
  for (std::size_t j = 0; j < count; ++j) {
    const double p = x[0][j], t = x[1][j], s1 = x[2][j], s2 = x[3][j], s3 = x[4][j];
    const double x1 = std::min(x[5][j], 10000.0), p1 = x[6][j], x2 = std::min(x[7][j], 1.0);
    const double h = x[8][j], e1sov = x[9][j], e1rep = x[10][j], e2sov = x[11][j];
    const double e3rep = x[12][j], ea1 = x[13][j], kwar = x[14][j];
    const double g1 = p + (1 - p) * (1 - 0.5);
    // a reversible offer's share g weighs its benefits as its costs (SPEC 3 step 4)
    double sov = s1 * e1sov * g1 + s2 * e2sov + x2 * 2 * p;
    if (sov > 0)
      sov *= std::pow(0.5, t / h);
    const double pri = s3 * 1 + x1 * ea1 * p1 + x2 * 1 * p;
    const double rep = s1 * e1rep * g1 + s2 * 2 + s3 * e3rep;
    const double k = rep > 0 ? kwar * 1.4 : 1;
    const double net = 0.5 * std::clamp(sov, -10.0, 10.0) + 0.3 * std::clamp(pri, -10.0, 10.0) -
                       0.2 * std::clamp(rep, -10.0, 10.0) * k;
    s.net += net;
    s.positive += net > 0;
  }
  return s;
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

} // namespace

int main(int argc, char** argv)
{
  const std::string mode = argc == 5 ? argv[4] : "";
  if (argc != 4 && !(argc == 5 && (mode == "raw" || mode == "draws"))) {
    std::fprintf(stderr, "usage: relief_bare_loop SAMPLES SEED THREADS [raw|draws]\n");
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
