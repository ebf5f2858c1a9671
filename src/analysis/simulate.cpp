#include "analysis/simulate.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

#include "correlation.hpp"
#include "sample.hpp"

namespace relief {
namespace {

// n doubles, left uninitialised until drawn: 1e8 samples need not be zeroed before the first.
class Column {
public:
  void reset(std::uint64_t n) { m_values.reset(new double[n]); }
  double& operator[](std::uint64_t i) { return m_values[i]; }
  double operator[](std::uint64_t i) const { return m_values[i]; }
  double* data() { return m_values.get(); }
  const double* data() const { return m_values.get(); }

private:
  std::unique_ptr<double[]> m_values;
};

// What one scenario under one perspective keeps of its draws.
struct ItemState {
  Plan plan;
  std::vector<Sampler> samplers; // per uncertain slot
  std::vector<std::uint64_t> keys;
  std::optional<RankCorrelation> correlation;
  Column net;                                // every sample
  std::vector<double> benefits, costs;       // detail samples
  std::vector<std::vector<double>> criteria; // each criterion's weighted value, detail samples
  std::vector<std::vector<double>> inputs;   // each uncertain input's draws, detail samples
};

// What one block of one item adds up to; blocks are merged in order.
struct Tally {
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

  void merge(const Tally& o)
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
};

// What a drawing thread reuses from block to block for one item.
struct Scratch {
  std::vector<std::vector<double>> columns; // per uncertain input, a block of draws
  std::vector<const double*> inputs;        // the same, as run_block reads them
  std::vector<double> x;                    // every slot at its mean
  BlockOutput out;                          // the block's results

  explicit Scratch(const Plan& plan)
      : columns(plan.uncertain.size(), std::vector<double>(k_block)), x(plan.means())
  {
  }
};

// Draw one block of one item into its state; return the block's tally.
Tally draw_block(ItemState& st, std::uint64_t block, std::uint64_t first, std::size_t count,
                 std::uint64_t detail, const SimulateOptions& opt, Scratch& scratch)
{
  const Plan& plan = st.plan;
  const std::size_t nu = plan.uncertain.size(), nc = plan.kinds.size();
  Tally t;
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
  double* net = st.net.data() + first;
  std::copy_n(out.net.data(), count, net);
  auto& weighted = out.weighted;
  for (std::size_t i = 0; i < count; ++i) {
    ++t.verdicts[static_cast<std::size_t>(out.verdict[i])];
    t.positive += net[i] > 0 ? 1 : 0;
    t.positive_part += std::max(0.0, net[i]);
    t.net_sum += net[i];
    t.accepted += out.acceptable[i] ? 1 : 0;
    t.worth_sum += out.worth[i];
  }
  t.benefits = Moments::of(benefits, count);
  t.costs = Moments::of(costs, count);
  t.net = Moments::of(net, count);
  const std::size_t kept = first < detail ? std::min<std::size_t>(count, detail - first) : 0;
  std::copy_n(benefits, kept, st.benefits.begin() + std::ptrdiff_t(first));
  std::copy_n(costs, kept, st.costs.begin() + std::ptrdiff_t(first));
  for (std::size_t c = 0; c < nc; ++c) {
    t.criteria[c] = Moments::of(weighted[c].data(), count);
    std::copy_n(weighted[c].begin(), kept, st.criteria[c].begin() + std::ptrdiff_t(first));
  }
  for (std::size_t u = 0; u < nu; ++u) {
    t.input_sums[u] =
        std::accumulate(columns[u].begin(), columns[u].begin() + std::ptrdiff_t(count), 0.0);
    std::copy_n(columns[u].begin(), kept, st.inputs[u].begin() + std::ptrdiff_t(first));
  }
  return t;
}

Summary summarise(const Moments& m, std::span<const double> values)
{
  Summary s;
  s.mean = m.mean;
  s.sd = m.sd();
  s.q = quantiles(values);
  return s;
}

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

std::vector<HistogramBin> histogram(const double* net, std::uint64_t n)
{
  const auto [lo_it, hi_it] = std::minmax_element(net, net + n);
  if (n == 0 || *lo_it == *hi_it)
    return {HistogramBin{n ? *lo_it : 0, n ? *hi_it : 0, 1}};
  const double w = nice_width(*hi_it - *lo_it);
  const double lo = std::floor(*lo_it / w) * w;
  const auto bins = static_cast<std::size_t>(std::max(1.0, std::ceil((*hi_it - lo) / w)));
  std::vector<std::uint64_t> counts(bins);
  for (std::uint64_t i = 0; i < n; ++i)
    ++counts[std::min(bins - 1, static_cast<std::size_t>((net[i] - lo) / w))];
  std::vector<HistogramBin> out;
  for (std::size_t b = 0; b < bins; ++b)
    out.push_back({lo + double(b) * w, lo + double(b + 1) * w, double(counts[b]) / double(n)});
  return out;
}

// P(a beats b) for every pair, and P(ranks first) with ties shared, over items of one cell: one
// perspective under one belief set (the same package under two belief sets is not a rival).
void pairs(const std::vector<ItemState>& states, const std::vector<SimItem>& items,
           std::vector<SimResult>& results, std::uint64_t n)
{
  const std::size_t k = items.size();
  auto same_cell = [&](std::size_t a, std::size_t b) {
    return items[a].perspective == items[b].perspective &&
           items[a].scenario->model->belief == items[b].scenario->model->belief;
  };
  for (std::size_t a = 0; a < k; ++a) {
    results[a].p_beats.assign(k, std::nullopt);
    for (std::size_t b = 0; b < k; ++b) {
      if (a == b || !same_cell(a, b))
        continue;
      std::uint64_t wins = 0;
      for (std::uint64_t i = 0; i < n; ++i)
        wins += states[a].net[i] > states[b].net[i] ? 1 : 0;
      results[a].p_beats[b] = double(wins) / double(n);
    }
  }
  std::vector<double> first(k, 0);
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
        first[b] += 1.0 / double(best.size());
    }
    for (std::size_t b : group)
      results[b].p_first = first[b] / double(n);
  }
}

} // namespace

Simulation simulate(const std::vector<SimItem>& items, const SimulateOptions& opt)
{
  const std::uint64_t n = opt.samples;
  const std::uint64_t detail = std::min(n, k_detail_samples);
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
    st.net.reset(n);
    st.benefits.resize(detail);
    st.costs.resize(detail);
    st.criteria.assign(st.plan.kinds.size(), std::vector<double>(detail));
    st.inputs.assign(st.plan.uncertain.size(), std::vector<double>(detail));
  }

  const std::uint64_t blocks = (n + k_block - 1) / k_block;
  std::vector<std::vector<Tally>> tallies(blocks, std::vector<Tally>(items.size()));
  std::atomic<std::uint64_t> next{0}, drawn{0};
  auto work = [&](std::size_t) {
    std::vector<Scratch> scratch;
    for (const ItemState& st : states)
      scratch.emplace_back(st.plan);
    for (;;) {
      if (opt.stop && opt.stop->load())
        return;
      const std::uint64_t b = next++;
      if (b >= blocks)
        return;
      const std::uint64_t first = b * k_block;
      const auto count = static_cast<std::size_t>(std::min<std::uint64_t>(k_block, n - first));
      for (std::size_t k = 0; k < items.size(); ++k)
        tallies[b][k] = draw_block(states[k], b, first, count, detail, opt, scratch[k]);
      if (opt.sink) {
        std::vector<SampleBlock> out;
        for (std::size_t k = 0; k < items.size(); ++k)
          out.push_back({b, first, count, &scratch[k].columns, scratch[k].out.benefits.data(),
                         scratch[k].out.costs.data(), states[k].net.data() + first});
        opt.sink(out);
      }
      const std::uint64_t done = drawn += count;
      if (opt.progress)
        opt.progress(done);
    }
  };
  const auto workers = static_cast<std::size_t>(
      std::clamp<std::uint64_t>(blocks, 1, std::max(1u, opt.threads))); // no idle threads
  parallel_for(workers, static_cast<unsigned>(workers), work);

  Simulation sim;
  sim.requested = n;
  sim.seed = opt.seed;
  // Blocks are taken in order and every block taken is finished: the first `next` are done.
  const std::uint64_t done_blocks = std::min(blocks, next.load());
  sim.samples = std::min(n, done_blocks * k_block);
  sim.interrupted = sim.samples < n;
  const std::uint64_t m = sim.samples, md = std::min(m, detail);
  sim.results.resize(items.size());
  if (m == 0)
    return sim;

  std::vector<Tally> total(items.size());
  for (std::uint64_t b = 0; b < done_blocks; ++b)
    for (std::size_t k = 0; k < items.size(); ++k)
      total[k].merge(tallies[b][k]);

  // The jobs after drawing: per item, quantiles and net ranked for the drivers; then one job per
  // driver.
  std::vector<Outcome> nets(items.size());
  struct Job {
    std::size_t item, what; // what: 0 benefits, 1 costs, 2 net, 3 net's outcome, 4 + criterion
  };
  std::vector<Job> jobs;
  for (std::size_t k = 0; k < items.size(); ++k) {
    sim.results[k].criteria.resize(states[k].plan.kinds.size());
    for (std::size_t w = 0; w < 4 + states[k].plan.kinds.size(); ++w)
      jobs.push_back({k, w});
  }
  parallel_for(jobs.size(), std::max(1u, opt.threads), [&](std::size_t j) {
    const auto [k, w] = jobs[j];
    const ItemState& st = states[k];
    SimResult& r = sim.results[k];
    switch (w) {
    case 0:
      r.benefits = summarise(total[k].benefits, std::span<const double>(st.benefits.data(), md));
      break;
    case 1:
      r.costs = summarise(total[k].costs, std::span<const double>(st.costs.data(), md));
      break;
    case 2:
      r.net = summarise(total[k].net, std::span<const double>(st.net.data(), m));
      break;
    case 3:
      nets[k] = outcome_of({st.net.data(), md});
      break;
    default:
      r.criteria[w - 4] = summarise(total[k].criteria[w - 4],
                                    std::span<const double>(st.criteria[w - 4].data(), md));
    }
  });
  std::vector<std::pair<std::size_t, std::size_t>> drivers;
  for (std::size_t k = 0; k < items.size(); ++k) {
    sim.results[k].drivers.resize(states[k].plan.uncertain.size());
    for (std::size_t u = 0; u < states[k].plan.uncertain.size(); ++u)
      drivers.emplace_back(k, u);
  }
  parallel_for(drivers.size(), std::max(1u, opt.threads), [&](std::size_t j) {
    const auto [k, u] = drivers[j];
    const ItemState& st = states[k];
    Driver& d = sim.results[k].drivers[u];
    d.path = st.plan.path(st.plan.uncertain[u]);
    d.mean = total[k].input_sums[u] / double(m);
    d.clamped_share = double(total[k].clamped[u]) / double(m);
    const DriverStats stats = driver_stats({st.inputs[u].data(), md}, nets[k]);
    d.rank_correlation = stats.rank_correlation;
    d.variance_share = stats.variance_share;
    d.evppi = stats.evppi;
  });

  for (std::size_t k = 0; k < items.size(); ++k) {
    SimResult& r = sim.results[k];
    const Tally& t = total[k];
    r.item = k;
    const double dm = double(m);
    r.p_net_positive = double(t.positive) / dm;
    r.p_net_positive_se = share_se(r.p_net_positive, m);
    for (std::size_t v = 0; v < 3; ++v) {
      r.verdicts[v] = double(t.verdicts[v]) / dm;
      r.verdicts_se[v] = share_se(r.verdicts[v], m);
    }
    r.evpi = std::max(0.0, (t.positive_part - std::max(0.0, t.net_sum)) / dm);
    if (states[k].plan.regime.reservation >= 0) {
      r.p_accept = double(t.accepted) / dm;
      r.p_accept_se = share_se(*r.p_accept, m);
    }
    r.worth_mean = t.worth_sum / dm;
    std::stable_sort(r.drivers.begin(), r.drivers.end(), [](const Driver& a, const Driver& b) {
      return a.variance_share > b.variance_share;
    });
    r.histogram = histogram(states[k].net.data(), m);
  }
  if (items.size() > 1)
    pairs(states, items, sim.results, m);
  return sim;
}

} // namespace relief
