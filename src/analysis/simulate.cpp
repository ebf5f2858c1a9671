#include "analysis/simulate.hpp"

#include <algorithm>
#include <cmath>
#include <memory>

#include "analysis/big_array.hpp"
#include "correlation.hpp"
#include "sample.hpp"

namespace relief {
namespace {

// A run of doubles in an item's storage, left uninitialised until drawn: 1e8 samples need not
// be zeroed before the first, nor the detail samples copied from a zeroed prototype.
class Column {
public:
  // Point the column at the next n doubles of a storage; return the one after them.
  double* take(double* at, std::uint64_t n)
  {
    m_values = at;
    return at + n;
  }
  double& operator[](std::uint64_t i) { return m_values[i]; }
  double operator[](std::uint64_t i) const { return m_values[i]; }
  double* data() { return m_values; }
  const double* data() const { return m_values; }

private:
  double* m_values = nullptr;
};

// What one scenario under one perspective keeps of its draws.
struct ItemState {
  Plan plan;
  std::vector<Sampler> samplers; // per uncertain slot
  std::vector<std::uint64_t> keys;
  std::optional<RankCorrelation> correlation;
  BigArray storage;             // the columns below, in one allocation (huge pages)
  Column net;                   // every sample of the run (or shard), from net_first
  std::uint64_t net_first = 0;  // the index of net's first sample
  Column detail_net;            // detail samples
  bool detail_in_net = false;   // detail_net is net's first samples (a run, not a shard)
  Column benefits, costs;       // detail samples
  std::vector<Column> criteria; // each criterion's weighted value, detail samples
  std::vector<Column> inputs;   // each uncertain input's draws, detail samples
};

// What a drawing thread reuses from block to block for one item.
struct Scratch {
  std::vector<std::vector<double>> columns; // per uncertain input, a block of draws
  std::vector<const double*> inputs;        // the same, as run_block reads them
  std::vector<double> x;                    // every slot at its mean
  BlockOutput out;                          // the block's results
  std::vector<const double*> of;            // the output columns whose moments are taken
  std::vector<Moments> moments;             // and their moments

  explicit Scratch(const Plan& plan)
      : columns(plan.uncertain.size(), std::vector<double>(k_block)), x(plan.means())
  {
  }
};

// Draw one block of one item into its state; return the block's tally.
// A block outside the run's (the shard's) own blocks is drawn only for its detail samples.
SimTally draw_block(ItemState& st, std::uint64_t block, std::uint64_t first, std::size_t count,
                    std::uint64_t detail, bool own, const SimulateOptions& opt, Scratch& scratch)
{
  const Plan& plan = st.plan;
  const std::size_t nu = plan.uncertain.size(), nc = plan.kinds.size();
  SimTally t;
  t.criteria.resize(nc);
  t.input_sums.resize(nu);
  t.clamped.resize(nu);
  auto& columns = scratch.columns;
  for (std::size_t u = 0; u < nu; ++u) {
    Stream stream(opt.seed, block, st.keys[u]);
    t.clamped[u] = st.samplers[u].fill(stream, columns[u].data(), count);
  }
  st.correlation->apply(opt.seed, block, columns, count);
  // the block at once (structure of arrays), bit-identical to run() sample by sample
  BlockOutput& out = scratch.out;
  scratch.inputs.clear();
  for (std::size_t u = 0; u < nu; ++u)
    scratch.inputs.push_back(columns[u].data());
  run_block(plan, scratch.x, plan.uncertain, scratch.inputs, count, out);
  const double* benefits = out.benefits.data();
  const double* costs = out.costs.data();
  const double* net = out.net.data();
  const std::size_t kept = first < detail ? std::min<std::size_t>(count, detail - first) : 0;
  if (!st.detail_in_net)
    std::copy_n(net, kept, st.detail_net.data() + first);
  // the run's own nets kept as they are counted (one pass, not a copy and a pass)
  double* keep = own ? st.net.data() + (first - st.net_first) : nullptr;
  auto& weighted = out.weighted;
  for (std::size_t i = 0; i < count; ++i) {
    if (keep)
      keep[i] = net[i];
    ++t.verdicts[static_cast<std::size_t>(out.verdict[i])];
    t.positive += net[i] > 0 ? 1 : 0;
    t.positive_part += std::max(0.0, net[i]);
    t.net_sum += net[i];
    t.accepted += out.acceptable[i] ? 1 : 0;
    t.worth_sum += out.worth[i];
  }
  // benefits, costs, net and the criteria: their moments; the inputs: their sums
  scratch.of.assign({benefits, costs, net});
  for (std::size_t c = 0; c < nc; ++c)
    scratch.of.push_back(weighted[c].data());
  scratch.moments.resize(scratch.of.size());
  moments_of(scratch.of.data(), scratch.of.size(), count, scratch.moments.data());
  t.benefits = scratch.moments[0];
  t.costs = scratch.moments[1];
  t.net = scratch.moments[2];
  std::copy_n(scratch.moments.begin() + 3, nc, t.criteria.begin());
  sums_of(scratch.inputs.data(), nu, count, t.input_sums.data());
  std::copy_n(benefits, kept, st.benefits.data() + first);
  std::copy_n(costs, kept, st.costs.data() + first);
  for (std::size_t c = 0; c < nc; ++c)
    std::copy_n(weighted[c].begin(), kept, st.criteria[c].data() + first);
  for (std::size_t u = 0; u < nu; ++u)
    std::copy_n(columns[u].begin(), kept, st.inputs[u].data() + first);
  return t;
}

// Count, over the n draws of the run (or shard), the draws in which each item's net beats each
// other item's of its cell (one perspective under one belief set: the same package under two
// belief sets is not a rival), and those in which it ranks first, by the size of the tie.
void pairs(const std::vector<ItemState>& states, const std::vector<SimItem>& items,
           std::vector<SimShardState>& counts, std::uint64_t n)
{
  const std::size_t k = items.size();
  auto same_cell = [&](std::size_t a, std::size_t b) {
    return items[a].perspective == items[b].perspective &&
           items[a].scenario->model->belief == items[b].scenario->model->belief;
  };
  for (std::size_t a = 0; a < k; ++a) {
    counts[a].beats.assign(k, 0);
    counts[a].first.assign(k, 0);
    for (std::size_t b = 0; b < k; ++b) {
      if (a == b || !same_cell(a, b))
        continue;
      std::uint64_t wins = 0;
      for (std::uint64_t i = 0; i < n; ++i)
        wins += states[a].net[i] > states[b].net[i] ? 1 : 0;
      counts[a].beats[b] = wins;
    }
  }
  std::vector<std::size_t> group, best;
  for (std::size_t a = 0; a < k; ++a) {
    group.clear();
    for (std::size_t b = 0; b < k; ++b)
      if (same_cell(a, b))
        group.push_back(b);
    if (group.size() < 2 || group.front() != a)
      continue; // each cell's group is counted once, from its first item
    for (std::uint64_t i = 0; i < n; ++i) {
      best.clear();
      double top = -std::numeric_limits<double>::infinity();
      for (std::size_t b : group) {
        const double v = states[b].net[i];
        if (v > top) {
          top = v;
          best.clear();
        }
        if (v == top)
          best.push_back(b);
      }
      for (std::size_t b : best)
        ++counts[b].first[best.size() - 1];
    }
  }
}

// Return the edges of k_net_buckets buckets of about equal count among the sorted detail nets
// (repeated values give one edge).
std::vector<double> bucket_edges(std::vector<double> nets)
{
  std::sort(nets.begin(), nets.end());
  std::vector<double> edges;
  for (std::size_t b = 1; b < k_net_buckets && !nets.empty(); ++b) {
    const double e = nets[b * nets.size() / k_net_buckets];
    if (edges.empty() || e > edges.back())
      edges.push_back(e);
  }
  return edges;
}

NetBuckets count_buckets(std::vector<double> edges, const double* net, std::uint64_t n)
{
  NetBuckets out;
  const std::size_t nb = edges.size() + 1;
  out.counts.assign(nb, 0);
  out.min.assign(nb, std::numeric_limits<double>::infinity());
  out.max.assign(nb, -std::numeric_limits<double>::infinity());
  for (std::uint64_t i = 0; i < n; ++i) {
    const auto b = static_cast<std::size_t>(std::upper_bound(edges.begin(), edges.end(), net[i]) -
                                            edges.begin());
    ++out.counts[b];
    out.min[b] = std::min(out.min[b], net[i]);
    out.max[b] = std::max(out.max[b], net[i]);
  }
  out.edges = std::move(edges);
  return out;
}

} // namespace

void SimTally::merge(const SimTally& o)
{
  accepted += o.accepted;
  worth_sum += o.worth_sum;
  benefits.merge(o.benefits);
  costs.merge(o.costs);
  net.merge(o.net);
  criteria.resize(o.criteria.size());
  input_sums.resize(o.input_sums.size());
  clamped.resize(o.clamped.size());
  for (std::size_t c = 0; c < o.criteria.size(); ++c)
    criteria[c].merge(o.criteria[c]);
  for (std::size_t u = 0; u < o.input_sums.size(); ++u) {
    input_sums[u] += o.input_sums[u];
    clamped[u] += o.clamped[u];
  }
  for (std::size_t v = 0; v < 3; ++v)
    verdicts[v] += o.verdicts[v];
  positive += o.positive;
  positive_part += o.positive_part;
  net_sum += o.net_sum;
}

void NetBuckets::merge(const NetBuckets& o)
{
  for (std::size_t b = 0; b < counts.size() && b < o.counts.size(); ++b) {
    counts[b] += o.counts[b];
    min[b] = std::min(min[b], o.min[b]);
    max[b] = std::max(max[b], o.max[b]);
  }
}

std::pair<std::uint64_t, std::uint64_t> shard_chunks(std::uint64_t n, std::uint64_t index,
                                                     std::uint64_t count)
{
  const std::uint64_t chunk = k_block * k_chunk_blocks;
  const std::uint64_t chunks = (n + chunk - 1) / chunk;
  if (count == 0)
    return {0, chunks};
  return {(index - 1) * chunks / count, index * chunks / count};
}

void tally_figures(const SimTally& t, std::uint64_t m, bool regime, SimResult& r)
{
  const double dm = double(std::max<std::uint64_t>(m, 1)); // no draws: every share 0
  r.benefits.mean = t.benefits.mean;
  r.benefits.sd = t.benefits.sd();
  r.costs.mean = t.costs.mean;
  r.costs.sd = t.costs.sd();
  r.net.mean = t.net.mean;
  r.net.sd = t.net.sd();
  r.criteria.resize(t.criteria.size());
  for (std::size_t c = 0; c < t.criteria.size(); ++c) {
    r.criteria[c].mean = t.criteria[c].mean;
    r.criteria[c].sd = t.criteria[c].sd();
  }
  r.p_net_positive = double(t.positive) / dm;
  r.p_net_positive_se = share_se(r.p_net_positive, m);
  for (std::size_t v = 0; v < 3; ++v) {
    r.verdicts[v] = double(t.verdicts[v]) / dm;
    r.verdicts_se[v] = share_se(r.verdicts[v], m);
  }
  r.evpi = std::max(0.0, (t.positive_part - std::max(0.0, t.net_sum)) / dm);
  if (regime) {
    r.p_accept = double(t.accepted) / dm;
    r.p_accept_se = share_se(*r.p_accept, m);
  }
  r.worth_mean = t.worth_sum / dm;
}

double p_first_of(const std::vector<std::uint64_t>& first, std::uint64_t m)
{
  double wins = 0;
  for (std::size_t t = 0; t < first.size(); ++t)
    wins += double(first[t]) / double(t + 1);
  return wins / double(std::max<std::uint64_t>(m, 1));
}

std::array<double, 5> bucket_quantiles(const NetBuckets& b, std::uint64_t m, double* bound)
{
  *bound = 0;
  // the j-th smallest draw (from 0): exact when it is its bucket's first or last, else
  // interpolated by rank between them
  auto order = [&](std::uint64_t j) {
    std::uint64_t before = 0;
    for (std::size_t k = 0; k < b.counts.size(); ++k) {
      if (j < before + b.counts[k]) {
        const std::uint64_t c = b.counts[k];
        *bound = std::max(*bound, b.max[k] - b.min[k]);
        if (c == 1)
          return b.min[k];
        return b.min[k] + (b.max[k] - b.min[k]) * double(j - before) / double(c - 1);
      }
      before += b.counts[k];
    }
    return b.max.empty() ? 0.0 : b.max.back();
  };
  std::array<double, 5> q{};
  for (std::size_t i = 0; i < q.size(); ++i) { // R's type 7, as quantiles()
    const double h = double(m - 1) * k_quantile_levels[i];
    const auto lo = static_cast<std::uint64_t>(std::floor(h));
    const double lo_v = order(lo);
    q[i] = lo + 1 < m && h > double(lo) ? lo_v + (h - double(lo)) * (order(lo + 1) - lo_v) : lo_v;
  }
  return q;
}

Simulation simulate(const std::vector<SimItem>& items, const SimulateOptions& opt)
{
  const std::uint64_t n = opt.samples;
  const std::uint64_t detail = std::min(n, k_detail_samples);
  const std::uint64_t blocks = (n + k_block - 1) / k_block;
  // this run's own blocks [own_lo, own_hi): all, or a shard's chunks
  const auto [chunk_lo, chunk_hi] = shard_chunks(n, opt.shard_index, opt.shard_count);
  const std::uint64_t own_lo = std::min(blocks, chunk_lo * k_chunk_blocks);
  const std::uint64_t own_hi = std::min(blocks, chunk_hi * k_chunk_blocks);
  const std::uint64_t net_first = own_lo * k_block;
  const std::uint64_t own_n = std::min(n, own_hi * k_block) - net_first;
  // the blocks to draw, in order: the detail blocks a shard does not own, then its own
  std::vector<std::uint64_t> order;
  for (std::uint64_t b = 0; b * k_block < detail; ++b)
    if (b < own_lo || b >= own_hi)
      order.push_back(b);
  const std::size_t detail_only = order.size();
  for (std::uint64_t b = own_lo; b < own_hi; ++b)
    order.push_back(b);

  std::vector<ItemState> states(items.size());
  for (std::size_t k = 0; k < items.size(); ++k) {
    ItemState& st = states[k];
    st.plan = compile(*items[k].scenario, items[k].perspective,
                      items[k].pin ? PlanNames::all : PlanNames::paths, items[k].value);
    if (items[k].pin)
      if (const std::int32_t slot = st.plan.find(items[k].pin->first); slot >= 0)
        st.plan.pin(slot, items[k].pin->second);
    st.correlation.emplace(*items[k].scenario, st.plan);
    for (std::int32_t u : st.plan.uncertain) {
      const PlanSlot& slot = st.plan.slots[static_cast<std::size_t>(u)];
      st.samplers.emplace_back(*slot.value, slot.range);
      st.keys.push_back(path_key(st.plan.sources[static_cast<std::size_t>(u)]));
    }
    st.net_first = net_first;
    st.criteria.resize(st.plan.kinds.size());
    st.inputs.resize(st.plan.uncertain.size());
    // a run's first nets are its detail nets: kept once
    st.detail_in_net = net_first == 0 && own_n >= detail;
    st.storage = big_array(
        own_n + detail * ((st.detail_in_net ? 2 : 3) + st.criteria.size() + st.inputs.size()));
    double* at = st.net.take(st.storage.get(), own_n);
    if (st.detail_in_net)
      st.detail_net.take(st.net.data(), detail);
    else
      at = st.detail_net.take(at, detail);
    for (Column* c : {&st.benefits, &st.costs})
      at = c->take(at, detail);
    for (Column& c : st.criteria)
      at = c.take(at, detail);
    for (Column& c : st.inputs)
      at = c.take(at, detail);
  }

  std::vector<std::vector<SimTally>> tallies(order.size(), std::vector<SimTally>(items.size()));
  std::atomic<std::uint64_t> next{0}, drawn{0};
  auto work = [&](std::size_t) {
    std::vector<Scratch> scratch;
    for (const ItemState& st : states)
      scratch.emplace_back(st.plan);
    for (;;) {
      if (opt.stop && opt.stop->load())
        return;
      const std::uint64_t at = next++;
      if (at >= order.size())
        return;
      const std::uint64_t b = order[at];
      const bool own = at >= detail_only;
      const std::uint64_t first = b * k_block;
      const auto count = static_cast<std::size_t>(std::min<std::uint64_t>(k_block, n - first));
      for (std::size_t k = 0; k < items.size(); ++k)
        tallies[at][k] = draw_block(states[k], b, first, count, detail, own, opt, scratch[k]);
      if (!own)
        continue;
      if (opt.sink) {
        std::vector<SampleBlock> out;
        for (std::size_t k = 0; k < items.size(); ++k)
          out.push_back({b, first, count, &scratch[k].columns, scratch[k].out.benefits.data(),
                         scratch[k].out.costs.data(), scratch[k].out.net.data()});
        opt.sink(out);
      }
      const std::uint64_t done = drawn += count;
      if (opt.progress)
        opt.progress(done);
    }
  };
  const auto workers = static_cast<std::size_t>(
      std::clamp<std::uint64_t>(order.size(), 1, std::max(1u, opt.threads))); // no idle threads
  parallel_for(workers, static_cast<unsigned>(workers), work);

  Simulation sim;
  sim.requested = n;
  sim.seed = opt.seed;
  sim.shard_index = opt.shard_index;
  sim.shard_count = opt.shard_count;
  sim.chunks = shard_chunks(n, 0, 0).second;
  sim.first_chunk = chunk_lo;
  // Blocks are taken in order and every block taken is finished: the first `next` are done.
  const std::uint64_t done = std::min<std::uint64_t>(order.size(), next.load());
  const std::uint64_t own_done = done > detail_only ? done - detail_only : 0;
  const std::uint64_t m = std::min(own_n, own_done * k_block);
  sim.samples = m;
  sim.interrupted = done < order.size();
  // the detail samples drawn: a whole run's first ones; a shard's all or (interrupted) none
  const std::uint64_t md = opt.shard_count == 0   ? std::min(detail, m)
                           : done == order.size() ? detail
                                                  : 0;
  sim.results.resize(items.size());
  sim.states.resize(items.size());
  // a shard may own no chunk (a short run in many shards): it still reports the detail statistics,
  // which every shard's document carries alike, and zeros for its own
  if (md == 0 || (m == 0 && opt.shard_count == 0))
    return sim;

  // blocks into chunks, chunks into the total, in order
  std::vector<SimTally> total(items.size());
  for (std::size_t k = 0; k < items.size(); ++k) {
    for (std::uint64_t at = detail_only; at < done;) {
      const std::uint64_t chunk_end = std::min(
          done, detail_only + ((order[at] / k_chunk_blocks + 1) * k_chunk_blocks - own_lo));
      SimTally chunk;
      for (; at < chunk_end; ++at)
        chunk.merge(tallies[at][k]);
      total[k].merge(chunk);
      if (opt.shard_count > 0)
        sim.states[k].chunks.push_back(std::move(chunk));
    }
  }

  // The jobs after drawing, in one list so that no thread waits for another between them: per
  // item its net's quantiles (the longest job, over every draw) and its net ranked for the
  // drivers first, then the other quantiles, then one job per driver. A driver waits for its
  // item's ranked net only when a third thread took it while the ranking still ran; the jobs are
  // handed out in order, so the ranking has started by then.
  std::vector<Outcome> nets(items.size());
  enum class Ready : int { pending, ready, failed };
  std::unique_ptr<std::atomic<Ready>[]> ranked(new std::atomic<Ready>[items.size()]);
  struct Job {
    std::size_t item, what; // what: 0 benefits, 1 costs, 2 net, 3 net ranked, 4 + criterion,
                            // 4 + criteria + the driver's input
  };
  std::vector<Job> jobs;
  for (std::size_t k = 0; k < items.size(); ++k) {
    ranked[k] = Ready::pending;
    tally_figures(total[k], m, states[k].plan.regime.reservation >= 0, sim.results[k]);
    sim.results[k].criteria.resize(states[k].plan.kinds.size()); // (no draws: no sums to size it)
    sim.results[k].drivers.resize(states[k].plan.uncertain.size());
    sim.states[k].inputs.resize(opt.shard_count > 0 ? states[k].plan.uncertain.size() : 0);
    jobs.push_back({k, 2});
    jobs.push_back({k, 3});
  }
  for (std::size_t k = 0; k < items.size(); ++k)
    for (std::size_t w : {std::size_t{0}, std::size_t{1}})
      jobs.push_back({k, w});
  for (std::size_t k = 0; k < items.size(); ++k)
    for (std::size_t c = 0; c < states[k].plan.kinds.size(); ++c)
      jobs.push_back({k, 4 + c});
  for (std::size_t k = 0; k < items.size(); ++k)
    for (std::size_t u = 0; u < states[k].plan.uncertain.size(); ++u)
      jobs.push_back({k, 4 + states[k].plan.kinds.size() + u});
  parallel_for(jobs.size(), std::max(1u, opt.threads), [&](std::size_t j) {
    const auto [k, w] = jobs[j];
    const ItemState& st = states[k];
    SimResult& r = sim.results[k];
    const std::size_t nc = st.plan.kinds.size();
    if (w == 3) {
      // a failure wakes the drivers waiting for it too (parallel_for rethrows it)
      struct Wake {
        std::atomic<Ready>& state;
        ~Wake()
        {
          Ready pending = Ready::pending;
          state.compare_exchange_strong(pending, Ready::failed);
          state.notify_all();
        }
      } wake{ranked[k]};
      nets[k] = outcome_of({st.detail_net.data(), md});
      ranked[k] = Ready::ready;
    } else if (w == 0) {
      r.benefits.q = quantiles({st.benefits.data(), md});
    } else if (w == 1) {
      r.costs.q = quantiles({st.costs.data(), md});
    } else if (w == 2) {
      r.net.q = quantiles({st.net.data(), m});
      if (opt.shard_count > 0)
        sim.states[k].buckets = count_buckets(
            bucket_edges({st.detail_net.data(), st.detail_net.data() + md}), st.net.data(), m);
    } else if (w < 4 + nc) {
      r.criteria[w - 4].q = quantiles({st.criteria[w - 4].data(), md});
    } else {
      const std::size_t u = w - 4 - nc;
      Driver& d = r.drivers[u];
      d.path = st.plan.path(st.plan.uncertain[u]);
      if (opt.shard_count > 0)
        sim.states[k].inputs[u] = d.path;
      d.mean = m > 0 ? total[k].input_sums[u] / double(m) : 0; // a shard may own no draw
      d.clamped_share = m > 0 ? double(total[k].clamped[u]) / double(m) : 0;
      ranked[k].wait(Ready::pending);
      if (ranked[k] != Ready::ready)
        return; // the ranking failed: its exception is the run's
      const DriverStats stats = driver_stats({st.inputs[u].data(), md}, nets[k]);
      d.rank_correlation = stats.rank_correlation;
      d.variance_share = stats.variance_share;
      d.evppi = stats.evppi;
    }
  });

  for (std::size_t k = 0; k < items.size(); ++k) {
    SimResult& r = sim.results[k];
    r.item = k;
    std::stable_sort(r.drivers.begin(), r.drivers.end(), [](const Driver& a, const Driver& b) {
      return a.variance_share > b.variance_share;
    });
    r.histogram = histogram({states[k].detail_net.data(), md});
  }
  if (items.size() > 1) {
    std::vector<SimShardState> counts(items.size());
    pairs(states, items, counts, m);
    for (std::size_t k = 0; k < items.size(); ++k) {
      SimResult& r = sim.results[k];
      r.p_beats.assign(items.size(), std::nullopt);
      bool rivals = false;
      for (std::size_t o = 0; o < items.size(); ++o)
        if (o != k && items[o].perspective == items[k].perspective &&
            items[o].scenario->model->belief == items[k].scenario->model->belief) {
          r.p_beats[o] = double(counts[k].beats[o]) / double(std::max<std::uint64_t>(m, 1));
          rivals = true;
        }
      if (rivals)
        r.p_first = p_first_of(counts[k].first, m);
      if (opt.shard_count > 0) {
        sim.states[k].beats = std::move(counts[k].beats);
        sim.states[k].first = std::move(counts[k].first);
      }
    }
  }
  return sim;
}

} // namespace relief
