// The block evaluator (issue 21 item 1): a plan run over many samples at once, structure of
// arrays. What it decides once per block rather than per sample:
// - which of a term's factors are the constant 1 (an offer's share, a time factor that does not
//   apply): left out, since x * 1 is x exactly; an amount without a maximum is not capped, since
//   min(a, +inf) is a. The loops that remain multiply as many columns as a term has factors.
// - which over-time rule, value function and kind a criterion has: one loop compiled for each.
// - weights, a discount rate and the war and ruler multipliers that do not vary: computed once.
// Each sample still sees the operations run() performs, in its order, so that every result is
// bit-identical to run()'s on the same slot values.
#include <algorithm>
#include <array>
#include <cmath>

#include "plan.hpp"

namespace relief {
namespace {

// The block evaluator's view of the slots: each slot a column of the sub-block, either a varying
// input's draws, a derived value computed per sample, or a constant broadcast once.
class BlockSlots {
public:
  BlockSlots(const std::vector<double>& x, std::size_t width)
      : m_width(width), m_x(x), m_column(x.size(), nullptr), m_owned(x.size())
  {
  }
  // Return the column of slot s (a constant broadcast on first use).
  const double* at(std::int32_t s)
  {
    const auto i = static_cast<std::size_t>(s);
    if (!m_column[i]) {
      m_owned[i].assign(m_width, m_x[i]);
      m_column[i] = m_owned[i].data();
    }
    return m_column[i];
  }
  // Point slot s at a column the caller owns (a varying input's draws for this sub-block).
  void point(std::int32_t s, const double* column)
  {
    m_column[static_cast<std::size_t>(s)] = column;
  }
  // Return a column of slot s to write this sub-block's derived values into.
  double* own(std::int32_t s)
  {
    const auto i = static_cast<std::size_t>(s);
    m_owned[i].resize(m_width);
    m_column[i] = m_owned[i].data();
    return m_owned[i].data();
  }
  // Forget which slots point at the caller's columns (before the next sub-block).
  void unpoint(std::int32_t s) { m_column[static_cast<std::size_t>(s)] = nullptr; }

private:
  std::size_t m_width;
  const std::vector<double>& m_x;
  std::vector<const double*> m_column;
  std::vector<std::vector<double>> m_owned;
};

// A term as the block runs it: its amount, capped or not, times the factors that are not 1.
struct BlockTerm {
  std::uint32_t criterion = 0;
  std::int32_t amount = -1, max_amount = -1; // max_amount -1: not capped
  std::array<std::int32_t, 4> factors{};     // effect, credibility, time, share, those kept
  int count = 0;
};

template <bool Capped, int F>
void add_term(double* r, const double* amount, const double* max_amount,
              const std::array<const double*, 4>& f, std::size_t w)
{
  const double *f0 = f[0], *f1 = f[1], *f2 = f[2], *f3 = f[3];
  for (std::size_t i = 0; i < w; ++i) {
    double v = Capped ? std::min(amount[i], max_amount[i]) : amount[i];
    if constexpr (F > 0)
      v *= f0[i];
    if constexpr (F > 1)
      v *= f1[i];
    if constexpr (F > 2)
      v *= f2[i];
    if constexpr (F > 3)
      v *= f3[i];
    r[i] += v;
  }
}

using AddTerm = void (*)(double*, const double*, const double*, const std::array<const double*, 4>&,
                         std::size_t);
constexpr AddTerm k_add_term[2][5] = {{add_term<false, 0>, add_term<false, 1>, add_term<false, 2>,
                                       add_term<false, 3>, add_term<false, 4>},
                                      {add_term<true, 0>, add_term<true, 1>, add_term<true, 2>,
                                       add_term<true, 3>, add_term<true, 4>}};

// The columns a criterion's score reads, shared by the criteria of a sub-block.
struct ScoreColumns {
  const double *raw, *discounted, *f_delay, *delay, *half_life, *concave, *weight, *war, *ruler;
  double *d_delay, *weighted, *sum;
};

// One criterion's weighted score over a sub-block: SPEC 3 steps 6 to 8, as run() computes it.
template <OverTime T, bool Cost, bool Concave> void score(const ScoreColumns& k, std::size_t w)
{
  for (std::size_t i = 0; i < w; ++i) {
    double score = k.raw[i];
    double time = k.discounted[i];
    if constexpr (T == OverTime::flow)
      time = k.f_delay[i];
    else if constexpr (T == OverTime::decays)
      if (score > 0) {
        if (k.d_delay[i] < 0)
          k.d_delay[i] = decay(k.delay[i], k.half_life[i]);
        time = k.d_delay[i] * k.discounted[i];
      }
    score *= time;
    if constexpr (Concave)
      score = concave_value(score, k.concave[i]);
    score = std::clamp(score, -k_cap, k_cap);
    if constexpr (Cost) {
      const double multiplier = score != 0 ? k.war[i] * k.ruler[i] : 1;
      k.weighted[i] = k.weight[i] * score * multiplier;
    } else {
      k.weighted[i] = k.weight[i] * score;
    }
    k.sum[i] += k.weighted[i];
  }
}

using Score = void (*)(const ScoreColumns&, std::size_t);
template <OverTime T>
constexpr std::array<Score, 4> k_scores_of = {score<T, false, false>, score<T, false, true>,
                                              score<T, true, false>, score<T, true, true>};
constexpr std::array<std::array<Score, 4>, 3> k_score = {
    k_scores_of<OverTime::once>, k_scores_of<OverTime::flow>, k_scores_of<OverTime::decays>};

} // namespace

void run_block(const Plan& plan, const std::vector<double>& x,
               const std::vector<std::int32_t>& varying, const std::vector<const double*>& columns,
               std::size_t count, BlockOutput& out)
{
  const std::size_t n = plan.kinds.size();
  out.benefits.resize(count);
  out.costs.resize(count);
  out.net.resize(count);
  out.worth.resize(count);
  out.acceptable.resize(count);
  out.verdict.resize(count);
  out.weighted.resize(n);
  for (auto& w : out.weighted)
    w.resize(count);

  // What varies from sample to sample: the inputs of `varying` and the derived slots after
  // k_infinity (computed per sample from slots that may vary). Every other slot is its x.
  std::vector<char> varies(x.size(), 0);
  for (std::int32_t s : varying)
    varies[static_cast<std::size_t>(s)] = 1;
  for (auto s = static_cast<std::size_t>(plan.derived(k_reversible)); s < x.size(); ++s)
    varies[s] = 1;
  auto constant = [&](std::int32_t s, double v) {
    return !varies[static_cast<std::size_t>(s)] && x[static_cast<std::size_t>(s)] == v;
  };
  auto fixed = [&](std::int32_t s) { return !varies[static_cast<std::size_t>(s)]; };

  std::vector<BlockTerm> terms;
  for (const PlanTerm& t : plan.terms) {
    BlockTerm b;
    b.criterion = t.criterion;
    b.amount = t.amount;
    b.max_amount = constant(t.max_amount, HUGE_VAL) ? -1 : t.max_amount;
    for (std::int32_t f : {t.effect, t.credibility, t.time, t.share})
      if (!constant(f, 1))
        b.factors[static_cast<std::size_t>(b.count++)] = f;
    terms.push_back(b);
  }
  bool any_flow = false, any_decays = false, fixed_weights = true;
  for (std::size_t c = 0; c < n; ++c) {
    any_flow = any_flow || plan.over_time[c] == OverTime::flow;
    any_decays = any_decays || plan.over_time[c] == OverTime::decays;
    fixed_weights = fixed_weights && fixed(plan.weights[c]);
  }
  // a discount rate of 0 discounts nothing, whatever the delay
  const bool undiscounted = constant(plan.discount, 0);

  // sub-blocks small enough that the columns a term reads stay in cache
  constexpr std::size_t k_width = 256;
  BlockSlots slots(x, k_width);
  std::vector<std::vector<double>> raw(n, std::vector<double>(k_width));
  std::vector<double> weight_sum(k_width), divisor(k_width), f_delay(k_width),
      discounted(k_width, 1), d_delay(k_width), benefits(k_width), costs(k_width), u(k_width);
  // weights that do not vary: their divisor once, as run() computes it
  std::vector<std::vector<double>> weights(n);
  if (fixed_weights) {
    double sum = 0;
    for (std::size_t c = 0; c < n; ++c)
      sum += x[static_cast<std::size_t>(plan.weights[c])];
    const double d = std::abs(sum - 1) <= k_weight_sum_slack ? 1 : sum > 0 ? sum : HUGE_VAL;
    for (std::size_t c = 0; c < n; ++c)
      weights[c].assign(k_width, x[static_cast<std::size_t>(plan.weights[c])] / d);
  } else {
    for (auto& w : weights)
      w.resize(k_width);
  }
  for (std::size_t first = 0; first < count; first += k_width) {
    const std::size_t w = std::min(k_width, count - first);
    for (std::size_t k = 0; k < varying.size(); ++k)
      slots.point(varying[k], columns[k] + first);
    const double* p_deal = slots.at(plan.p_deal);
    const double* snapback = slots.at(plan.snapback);
    const double* half_life = slots.at(plan.half_life);
    const double* rate = slots.at(plan.discount);
    const double* horizon = slots.at(plan.horizon);
    const double* delay = slots.at(plan.delay);
    { // the derived slots, as run() writes them
      double* g = slots.own(plan.derived(k_reversible));
      for (std::size_t i = 0; i < w; ++i)
        g[i] = p_deal[i] + (1 - p_deal[i]) * (1 - snapback[i]);
      if (plan.verification_decays) {
        const double* v = slots.at(plan.verification);
        double* d = slots.own(plan.derived(k_verify_decay));
        for (std::size_t i = 0; i < w; ++i)
          d[i] = decay(v[i], half_life[i]) * discount(v[i], rate[i]);
      }
      if (plan.verification_flows) {
        const double* v = slots.at(plan.verification);
        double* f = slots.own(plan.derived(k_verify_flow));
        for (std::size_t i = 0; i < w; ++i)
          f[i] = flow(v[i], horizon[i], rate[i]);
      }
      for (std::size_t j = 0; j < plan.capped.size(); ++j) {
        const double* c = slots.at(plan.capped[j].credibility);
        const double* m = slots.at(plan.capped[j].moscow);
        double* out_c = slots.own(plan.capped_credibility(j));
        for (std::size_t i = 0; i < w; ++i)
          out_c[i] = c[i] * m[i];
      }
      for (std::size_t j = 0; j < plan.offsets.size(); ++j) {
        const PlanOffset& o = plan.offsets[j];
        const double* share = slots.at(o.share);
        double* f = slots.own(plan.offset_factor(j));
        if (o.amount < 0) {
          for (std::size_t i = 0; i < w; ++i)
            f[i] = 1 - share[i] * (1 - 0.0);
          continue;
        }
        const double* c = slots.at(o.credibility);
        const double* amount = slots.at(o.amount);
        const double* max_amount = slots.at(o.max_amount);
        for (std::size_t i = 0; i < w; ++i)
          f[i] = 1 - share[i] * (1 - c[i] * std::min(amount[i], max_amount[i]));
      }
    }
    for (auto& r : raw)
      std::fill(r.begin(), r.begin() + static_cast<std::ptrdiff_t>(w), 0.0);
    for (const BlockTerm& t : terms) { // each term over the whole sub-block
      std::array<const double*, 4> f{};
      for (int k = 0; k < t.count; ++k)
        f[static_cast<std::size_t>(k)] = slots.at(t.factors[static_cast<std::size_t>(k)]);
      k_add_term[t.max_amount >= 0][t.count](raw[t.criterion].data(), slots.at(t.amount),
                                             t.max_amount >= 0 ? slots.at(t.max_amount) : nullptr,
                                             f, w);
    }
    if (any_flow)
      for (std::size_t i = 0; i < w; ++i)
        f_delay[i] = flow(delay[i], horizon[i], rate[i]);
    if (!undiscounted)
      for (std::size_t i = 0; i < w; ++i)
        discounted[i] = discount(delay[i], rate[i]);
    if (any_decays)
      std::fill_n(d_delay.begin(), w, -1.0);
    std::fill_n(benefits.begin(), w, 0.0);
    std::fill_n(costs.begin(), w, 0.0);
    if (!fixed_weights) {
      std::fill_n(weight_sum.begin(), w, 0.0);
      for (std::size_t c = 0; c < n; ++c) {
        const double* weight = slots.at(plan.weights[c]);
        for (std::size_t i = 0; i < w; ++i)
          weight_sum[i] += weight[i];
      }
      for (std::size_t i = 0; i < w; ++i)
        divisor[i] = std::abs(weight_sum[i] - 1) <= k_weight_sum_slack ? 1
                     : weight_sum[i] > 0                               ? weight_sum[i]
                                                                       : HUGE_VAL;
      for (std::size_t c = 0; c < n; ++c) {
        const double* weight = slots.at(plan.weights[c]);
        for (std::size_t i = 0; i < w; ++i)
          weights[c][i] = weight[i] / divisor[i];
      }
    }
    for (std::size_t c = 0; c < n; ++c) {
      const bool cost = plan.kinds[c] == Kind::cost;
      const bool concave = plan.concave[c] >= 0;
      ScoreColumns k{raw[c].data(),
                     discounted.data(),
                     f_delay.data(),
                     delay,
                     half_life,
                     concave ? slots.at(plan.concave[c]) : nullptr,
                     weights[c].data(),
                     cost ? slots.at(plan.war_k[c]) : nullptr,
                     cost ? slots.at(plan.ruler_k[c]) : nullptr,
                     d_delay.data(),
                     out.weighted[c].data() + first,
                     cost ? costs.data() : benefits.data()};
      k_score[static_cast<std::size_t>(plan.over_time[c])][(cost ? 2 : 0) + (concave ? 1 : 0)](k,
                                                                                               w);
    }
    // U, acceptance and a strategy's arrival (SPEC 3 steps 11 and 12)
    if (plan.regime.reservation >= 0) {
      const double* reservation = slots.at(plan.regime.reservation);
      for (std::size_t i = 0; i < w; ++i)
        u[i] = -reservation[i];
      for (const auto& [scope, value] : plan.regime.offer) {
        const double *s = slots.at(scope), *v = slots.at(value);
        for (std::size_t i = 0; i < w; ++i)
          u[i] += s[i] * v[i];
      }
      for (const auto& [amount, max_amount, cost] : plan.regime.asks) {
        const double *am = slots.at(amount), *mx = slots.at(max_amount), *co = slots.at(cost);
        for (std::size_t i = 0; i < w; ++i)
          u[i] -= std::min(am[i], mx[i]) * co[i];
      }
    }
    const bool always_acceptable = plan.regime.reservation < 0 || plan.regime.asks.empty();
    const double* arrival = plan.arrival >= 0 ? slots.at(plan.arrival) : nullptr;
    const double* margin = slots.at(plan.margin);
    if (arrival)
      for (std::size_t i = 0; i < w; ++i) {
        const bool acceptable = always_acceptable || u[i] >= 0;
        const double ai = arrival[i] * (acceptable ? 1 : 0);
        for (std::size_t k = 0; k < n; ++k)
          out.weighted[k][first + i] *= ai;
        benefits[i] *= ai;
        costs[i] *= ai;
      }
    // the outputs through pointers of their own: stores through out's vectors made the compiler
    // load every vector's pointer again for each sample
    double *o_benefits = out.benefits.data() + first, *o_costs = out.costs.data() + first;
    double *o_net = out.net.data() + first, *o_worth = out.worth.data() + first;
    char* o_acceptable = out.acceptable.data() + first;
    Verdict* o_verdict = out.verdict.data() + first;
    for (std::size_t i = 0; i < w; ++i) {
      const bool acceptable = always_acceptable || u[i] >= 0;
      const double b = benefits[i], c = costs[i], net = b - c;
      o_benefits[i] = b;
      o_costs[i] = c;
      o_net[i] = net;
      o_acceptable[i] = acceptable ? 1 : 0;
      o_verdict[i] = verdict_of(net, margin[i]);
      o_worth[i] = acceptable ? net : 0;
    }
    for (std::size_t k = 0; k < varying.size(); ++k)
      slots.unpoint(varying[k]);
  }
}

} // namespace relief
