#include "analysis/design.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fmt/format.h>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <thread>

#include "plan.hpp"

namespace relief {

DesignSpace default_space(const Model& model)
{
  DesignSpace space;
  space.scope_max.assign(model.measures.size(), 1.0);
  space.forms.assign(model.measures.size(), {true, true, true});
  for (const AskDef& a : model.asks) {
    const double max = a.max_amount.mean;
    const double step = a.counts_people() ? 50 : a.is_share() ? 0.25 : max / 4;
    space.asks.push_back({0, max, step > 0 ? step : 1});
  }
  space.caps.assign(model.criteria.size(), std::nullopt);
  return space;
}

std::vector<double> ask_amounts(const DesignSpace::AskGrid& g)
{
  std::vector<double> out;
  if (g.max <= 0 && g.min <= 0)
    return {0};
  // amounts min + i step up to max (a step that does not divide the range stops short of it)
  for (std::size_t i = 0;; ++i) {
    const double v = g.min + static_cast<double>(i) * g.step;
    if (v > g.max * (1 + 1e-12) + 1e-12 || out.size() > 100000)
      break;
    out.push_back(std::min(v, g.max));
  }
  return out;
}

namespace {

constexpr double k_inf = std::numeric_limits<double>::infinity();
// Pruning slack: a bound must fall this far below the best found (or a corner of the frontier
// this far outside a node's reach) before a node is dropped, so that rounding in the bound (about
// 1e-15) never drops a package that a brute force would keep.
constexpr double k_slack = 1e-9;
// The combinations of amounts of asks searched together (an offset ties them), at most.
constexpr std::size_t k_max_group_choices = 100000;

// The net as run() computes it from the raw criterion sums (plan.cpp): the same operations in the
// same order, so that the search's net of a package is the bits `relief eval` prints.
struct Scorer {
  std::size_t n = 0;
  std::vector<char> cost;
  std::vector<double> k; // the concave value function's k, or -1
  std::vector<double> weight, multiplier, time_pos, time_neg;

  double score(std::size_t c, double raw) const
  {
    double s = raw * (raw > 0 ? time_pos[c] : time_neg[c]);
    if (k[c] >= 0)
      s = concave_value(s, k[c]);
    return std::clamp(s, -k_cap, k_cap);
  }
  double net(const double* y) const
  {
    double benefits = 0, costs = 0;
    for (std::size_t c = 0; c < n; ++c) {
      const double s = score(c, y[c]);
      if (cost[c])
        costs += weight[c] * s * (s != 0 ? multiplier[c] : 1);
      else
        benefits += weight[c] * s;
    }
    return benefits - costs;
  }
  // criterion c's part of the net
  double h(std::size_t c, double y) const
  {
    const double s = score(c, y);
    return cost[c] ? -(weight[c] * s * multiplier[c]) : weight[c] * s;
  }
  // h's one-sided derivative at y (right: from above)
  double dh(std::size_t c, double y, bool right) const
  {
    const double t = (right ? y >= 0 : y > 0) ? time_pos[c] : time_neg[c];
    const double x = t * y;
    const double v = k[c] >= 0 ? concave_value(x, k[c]) : x;
    if (v > k_cap || v < -k_cap || (right && v == k_cap) || (!right && v == -k_cap))
      return 0; // clamped
    const double slope =
        t * (k[c] >= 0 ? k[c] * std::exp(-k[c] * std::abs(x) / 10) / -std::expm1(-k[c]) : 1);
    return cost[c] ? -(weight[c] * multiplier[c] * slope) : weight[c] * slope;
  }
  double secant(std::size_t c, double p, double q) const { return (h(c, q) - h(c, p)) / (q - p); }
  // The largest slope (h(t) - h(a)) / (t - a) for t in (a, b]. A benefit's h is convex where y <= 0
  // and concave where y >= 0 (the value function is, the clamp keeps it so, and a decaying score's
  // smaller time factor above 0 bends it down there); a cost's h is its negative times K.
  double sup_right(std::size_t c, double a, double b) const
  {
    if (!cost[c]) {
      if (a >= 0)
        return dh(c, a, true);
      if (b <= 0)
        return secant(c, a, b);
      return std::max(secant(c, a, 0), dh(c, 0, true));
    }
    if (a >= 0)
      return secant(c, a, b);
    if (b <= 0)
      return dh(c, a, true);
    return std::max(dh(c, a, true), secant(c, 0, b));
  }
  // The smallest slope (h(a) - h(t)) / (a - t) for t in [l, a).
  double inf_left(std::size_t c, double l, double a) const
  {
    if (!cost[c]) {
      if (l >= 0)
        return dh(c, a, false);
      if (a <= 0)
        return secant(c, l, a);
      return std::min(dh(c, a, false), secant(c, l, 0));
    }
    if (l >= 0)
      return secant(c, l, a);
    if (a <= 0)
      return dh(c, a, false);
    return std::min(secant(c, 0, a), dh(c, 0, false));
  }
};

// One item of the search: a measure (its choices: nothing, or a scope in a form) or a group of asks
// that an offset ties together (their choices: every combination of amounts).
struct Item {
  bool offer = false;
  std::size_t measure = 0;
  std::vector<std::size_t> asks; // the group, in the model's order
  std::size_t parts = 1;
  std::size_t choices = 0;
  std::vector<double> delta;    // [choice][part][criterion]: contributions as run() computes them
  std::vector<double> u;        // [choice][part]: the regime's value (or minus its cost)
  std::vector<double> pos, neg; // [choice][criterion]: the total's positive and negative parts
  std::vector<double> total_t, pos_t; // [criterion][choice]: the total and its positive part
  std::vector<double> utotal;         // [choice]
  std::vector<char> asks_any;         // [choice]: asks something
  std::vector<char> nothing;          // [choice]: neither offers nor asks anything
  std::vector<double> scope;          // offers [choice]
  std::vector<OfferForm> form;        // offers [choice]
  std::vector<double> amounts;        // asks [choice][part]
};

using Choices = std::vector<std::uint32_t>;

struct Found {
  double net = 0, u = 0;
  Choices choices;
};

// better in the ranking: larger net, then the earlier package on the grid
bool better(const Found& a, const Found& b)
{
  return a.net > b.net || (a.net == b.net && a.choices < b.choices);
}

class Engine {
public:
  Engine(const std::shared_ptr<const Model>& model, std::size_t perspective, Timing timing,
         const DesignSpace& space)
      : m_model(*model)
  {
    build(model, perspective, timing, space);
  }

  const Model& m_model;
  std::size_t n = 0; // criteria
  Scorer scorer;
  std::vector<Item> items;
  double reservation = 0, margin = 0;
  std::vector<std::optional<double>> caps;
  // per depth k (items k.. to come), per criterion: sums of the largest positive and the most
  // negative contribution of each item, and of each item's smallest contribution
  std::vector<double> suf_pos, suf_neg, suf_min;
  std::vector<double> suf_umax; // per depth: the largest regime's value to come
  // items are searched in an order of their own; by_canon lists them in the order of the written
  // scenario (offers, then asks, each in the model's order), which is the order run() sums them in
  std::vector<std::size_t> by_canon;
  std::vector<char> noask_possible; // per depth: every item to come can ask nothing
  std::size_t total_choices = 0;

private:
  void build(const std::shared_ptr<const Model>& model, std::size_t perspective, Timing timing,
             const DesignSpace& space);
};

// Return the full catalogue as a scenario: every measure at scope 1 in one form, every ask at its
// maximum, so that one compiled plan holds every factor a term of the search multiplies.
Scenario full_scenario(const std::shared_ptr<const Model>& model, Timing timing,
                       const DesignSpace& space, OfferForm form)
{
  Scenario s;
  s.name = "catalogue";
  s.model = model;
  s.timing = timing;
  if (space.credibility)
    s.credibility = point(*space.credibility);
  const std::size_t n = model->criteria.size();
  s.weights.resize(n);
  for (std::size_t m = 0; m < model->measures.size(); ++m) {
    OfferItem item;
    item.measure = m;
    item.scope = point(1);
    item.conditional = form == OfferForm::conditional;
    item.reversible = form == OfferForm::reversible;
    item.effects.resize(n);
    s.offer.push_back(std::move(item));
  }
  for (std::size_t a = 0; a < model->asks.size(); ++a) {
    AskItem item;
    item.ask = a;
    item.amount = point(model->asks[a].max_amount.mean);
    item.effects.resize(n);
    s.asks.push_back(std::move(item));
  }
  return s;
}

void Engine::build(const std::shared_ptr<const Model>& model, std::size_t perspective,
                   Timing timing, const DesignSpace& space)
{
  const Model& m = *model;
  n = m.criteria.size();
  caps = space.caps;
  caps.resize(n);
  std::array<Plan, 3> plans;
  std::array<std::vector<double>, 3> xs;
  for (std::size_t f = 0; f < 3; ++f) {
    const Scenario full = full_scenario(model, timing, space, static_cast<OfferForm>(f));
    plans[f] = compile(full, perspective, PlanNames::none);
    xs[f] = plans[f].means();
    Evaluation ev;
    run(plans[f], xs[f].data(), ev); // fills the derived slots
  }
  const Plan& plan = plans[0];
  const double* x = xs[0].data();

  // the scorer: the constants run() reads at the moment
  scorer.n = n;
  const double delay = x[plan.delay], rate = x[plan.discount];
  const double discounted = discount(delay, rate);
  const double f_delay = flow(delay, x[plan.horizon], rate);
  const double d_delay = decay(delay, x[plan.half_life]) * discounted;
  double weight_sum = 0;
  for (std::size_t c = 0; c < n; ++c)
    weight_sum += x[plan.weights[c]];
  const double divisor = std::abs(weight_sum - 1) <= 1e-12 ? 1
                         : weight_sum > 0                  ? weight_sum
                                                           : HUGE_VAL;
  for (std::size_t c = 0; c < n; ++c) {
    const bool is_cost = plan.kinds[c] == Kind::cost;
    scorer.cost.push_back(is_cost);
    scorer.k.push_back(plan.concave[c] >= 0 ? x[plan.concave[c]] : -1);
    scorer.weight.push_back(x[plan.weights[c]] / divisor);
    scorer.multiplier.push_back(is_cost ? x[plan.war_k[c]] * x[plan.ruler_k[c]] : 1);
    const OverTime o = plan.over_time[c];
    scorer.time_pos.push_back(o == OverTime::flow     ? f_delay
                              : o == OverTime::decays ? d_delay
                                                      : discounted);
    scorer.time_neg.push_back(o == OverTime::flow ? f_delay : discounted);
  }
  reservation = plan.regime.reservation >= 0 ? x[plan.regime.reservation] : 0;
  margin = x[plan.margin];

  // offers: nothing, or each scope of the grid in each form
  for (std::size_t mi = 0; mi < m.measures.size(); ++mi) {
    Item it;
    it.offer = true;
    it.measure = mi;
    it.scope.push_back(0);
    it.form.push_back(OfferForm::plain);
    const double max = mi < space.scope_max.size() ? space.scope_max[mi] : 1;
    for (std::size_t i = 1; space.scope_step > 0; ++i) {
      const double s = static_cast<double>(i) * space.scope_step;
      if (s > max * (1 + 1e-12) + 1e-12)
        break;
      for (std::size_t f = 0; f < 3; ++f)
        if (mi >= space.forms.size() || space.forms[mi][f]) {
          it.scope.push_back(s);
          it.form.push_back(static_cast<OfferForm>(f));
        }
    }
    it.choices = it.scope.size();
    if (it.choices == 1)
      continue; // nothing to choose
    it.delta.assign(it.choices * n, 0);
    it.u.assign(it.choices, 0);
    for (std::size_t j = 1; j < it.choices; ++j) {
      const auto f = static_cast<std::size_t>(it.form[j]);
      const Plan& p = plans[f];
      const double* xf = xs[f].data();
      for (const PlanTerm& t : p.terms)
        if (!t.ask && t.item == mi) // as run(): amount * effect * credibility * time * share
          it.delta[j * n + t.criterion] = std::min(it.scope[j], xf[t.max_amount]) * xf[t.effect] *
                                          xf[t.credibility] * xf[t.time] * xf[t.share];
      it.u[j] = it.scope[j] * xf[p.regime.offer[mi].second];
    }
    items.push_back(std::move(it));
  }

  // asks: groups tied by offsets, each an item whose choices are every combination of amounts
  std::vector<std::size_t> group(m.asks.size());
  std::iota(group.begin(), group.end(), 0);
  auto find = [&](std::size_t a) {
    while (group[a] != a)
      a = group[a];
    return a;
  };
  for (const Offset& o : m.offsets) {
    const std::size_t a = find(o.ask), b = find(o.cancelled_by);
    group[std::max(a, b)] = std::min(a, b);
  }
  for (std::size_t root = 0; root < m.asks.size(); ++root) {
    if (find(root) != root)
      continue;
    Item it;
    for (std::size_t a = 0; a < m.asks.size(); ++a)
      if (find(a) == root)
        it.asks.push_back(a);
    it.parts = it.asks.size();
    std::vector<std::vector<double>> grids;
    for (std::size_t a : it.asks)
      grids.push_back(
          ask_amounts(a < space.asks.size() ? space.asks[a] : DesignSpace::AskGrid{0, 0, 1}));
    std::size_t count = 1;
    for (const auto& g : grids)
      count *= g.size();
    if (count > k_max_group_choices) {
      std::string names;
      for (std::size_t a : it.asks)
        names += (names.empty() ? "" : " and ") + m.asks[a].id;
      throw std::invalid_argument(fmt::format(
          "{} are searched together (an offset ties them) and their grids make {} combinations; "
          "at most {}: give them coarser steps",
          names, count, k_max_group_choices));
    }
    if (count == 1 && grids[0][0] == 0 &&
        std::all_of(grids.begin(), grids.end(), [](auto& g) { return g.size() == 1 && g[0] == 0; }))
      continue; // asks nothing whatever is chosen
    it.choices = count;
    it.delta.assign(count * it.parts * n, 0);
    it.u.assign(count * it.parts, 0);
    it.amounts.assign(count * it.parts, 0);
    for (std::size_t j = 0; j < count; ++j) {
      std::size_t rest = j;
      for (std::size_t q = it.parts; q-- > 0;) { // the last ask varies fastest
        it.amounts[j * it.parts + q] = grids[q][rest % grids[q].size()];
        rest /= grids[q].size();
      }
      auto amount_of = [&](std::size_t ask) {
        for (std::size_t q = 0; q < it.parts; ++q)
          if (it.asks[q] == ask)
            return it.amounts[j * it.parts + q];
        return 0.0;
      };
      for (std::size_t q = 0; q < it.parts; ++q) {
        const std::size_t a = it.asks[q];
        const double amount = it.amounts[j * it.parts + q];
        if (amount == 0)
          continue;
        for (const PlanTerm& t : plan.terms) {
          if (!t.ask || t.item != a)
            continue;
          double share = x[t.share];
          if (t.share >= plan.offset_factor(0) && t.share < plan.capped_credibility(0)) {
            // the offset's factor with the cancelling ask at this choice's amount, as run()
            const PlanOffset& o =
                plan.offsets[static_cast<std::size_t>(t.share - plan.offset_factor(0))];
            const std::size_t by =
                m.offsets[static_cast<std::size_t>(t.share - plan.offset_factor(0))].cancelled_by;
            const double by_amount = amount_of(by);
            const double delivered =
                by_amount == 0 ? 0 : x[o.credibility] * std::min(by_amount, x[o.max_amount]);
            share = 1 - x[o.share] * (1 - delivered);
          }
          it.delta[(j * it.parts + q) * n + t.criterion] = std::min(amount, x[t.max_amount]) *
                                                           x[t.effect] * x[t.credibility] *
                                                           x[t.time] * share;
        }
        const auto& regime_ask = plan.regime.asks[a]; // amount, max_amount, cost
        it.u[j * it.parts + q] = -(std::min(amount, x[regime_ask[1]]) * x[regime_ask[2]]);
      }
    }
    items.push_back(std::move(it));
  }

  // what the bounds read: each choice's total contribution split by sign, suffix sums
  for (Item& it : items) {
    it.pos.assign(it.choices * n, 0);
    it.neg.assign(it.choices * n, 0);
    it.utotal.assign(it.choices, 0);
    it.asks_any.assign(it.choices, 0);
    it.nothing.assign(it.choices, 0);
    for (std::size_t j = 0; j < it.choices; ++j) {
      for (std::size_t c = 0; c < n; ++c) {
        double total = 0;
        for (std::size_t q = 0; q < it.parts; ++q)
          total += it.delta[(j * it.parts + q) * n + c];
        (total > 0 ? it.pos : it.neg)[j * n + c] = total;
      }
      bool any = false;
      for (std::size_t q = 0; q < it.parts; ++q) {
        it.utotal[j] += it.u[j * it.parts + q];
        if (!it.offer && it.amounts[j * it.parts + q] != 0)
          any = true;
      }
      it.asks_any[j] = any;
      it.nothing[j] = it.offer ? it.scope[j] == 0 : !any;
    }
    it.total_t.assign(n * it.choices, 0);
    it.pos_t.assign(n * it.choices, 0);
    for (std::size_t j = 0; j < it.choices; ++j)
      for (std::size_t c = 0; c < n; ++c) {
        it.total_t[c * it.choices + j] = it.pos[j * n + c] + it.neg[j * n + c];
        it.pos_t[c * it.choices + j] = it.pos[j * n + c];
      }
    total_choices += it.choices;
  }
  // the search's order: the asks first (what the regime pays for decides what it accepts), then
  // the measures, those worth most to the regime first
  by_canon.resize(items.size());
  std::iota(by_canon.begin(), by_canon.end(), 0);
  std::vector<std::size_t> seq = by_canon;
  auto reach = [&](const Item& it) {
    double r = 0;
    for (double u : it.utotal)
      r = std::max(r, std::abs(u));
    return r;
  };
  std::stable_sort(seq.begin(), seq.end(),
                   [&](std::size_t a, std::size_t b) { return reach(items[a]) > reach(items[b]); });
  {
    std::vector<Item> sorted;
    for (std::size_t i : seq)
      sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
    for (std::size_t d = 0; d < seq.size(); ++d)
      by_canon[seq[d]] = d;
  }
  const std::size_t depth = items.size();
  suf_pos.assign((depth + 1) * n, 0);
  suf_neg.assign((depth + 1) * n, 0);
  suf_min.assign((depth + 1) * n, 0);
  suf_umax.assign(depth + 1, 0);
  noask_possible.assign(depth + 1, 1);
  for (std::size_t k = depth; k-- > 0;) {
    const Item& it = items[k];
    double umax = -k_inf;
    bool noask = false;
    for (std::size_t j = 0; j < it.choices; ++j) {
      umax = std::max(umax, it.utotal[j]);
      noask = noask || !it.asks_any[j];
    }
    suf_umax[k] = suf_umax[k + 1] + umax;
    noask_possible[k] = noask_possible[k + 1] && noask;
    for (std::size_t c = 0; c < n; ++c) {
      double hi = 0, lo = 0, least = k_inf;
      for (std::size_t j = 0; j < it.choices; ++j) {
        const double total = it.pos[j * n + c] + it.neg[j * n + c];
        hi = std::max(hi, total);
        lo = std::min(lo, total);
        least = std::min(least, total);
      }
      suf_pos[k * n + c] = suf_pos[(k + 1) * n + c] + hi;
      suf_neg[k * n + c] = suf_neg[(k + 1) * n + c] + lo;
      suf_min[k * n + c] = suf_min[(k + 1) * n + c] + least;
    }
  }
}

class TopK {
public:
  explicit TopK(std::size_t k) : m_k(k) {}
  double threshold() const { return m_found.size() < m_k ? -k_inf : m_found.back().net; }
  void offer(double net, double u, const Choices& choices)
  {
    if (m_k == 0)
      return;
    Found f{net, u, choices};
    if (m_found.size() == m_k && !better(f, m_found.back()))
      return;
    m_found.insert(std::upper_bound(m_found.begin(), m_found.end(), f, better), std::move(f));
    if (m_found.size() > m_k)
      m_found.pop_back();
  }
  const std::vector<Found>& found() const { return m_found; }

private:
  std::size_t m_k;
  std::vector<Found> m_found; // best first
};

// The deals that no other found beats on both the EU's net and the regime's surplus, by surplus.
class Frontier {
public:
  void offer(double net, double u, const Choices& choices)
  {
    for (const Found& f : m_points)
      if (f.net >= net && f.u >= u && (f.net > net || f.u > u))
        return; // dominated (equal points are kept, and the earlier on the grid chosen at the end)
    std::erase_if(m_points, [&](const Found& f) {
      return net >= f.net && u >= f.u && (net > f.net || u > f.u);
    });
    Found f{net, u, choices};
    auto at = std::upper_bound(m_points.begin(), m_points.end(), f,
                               [](const Found& a, const Found& b) { return a.u < b.u; });
    m_points.insert(at, std::move(f));
  }
  const std::vector<Found>& points() const { return m_points; }

private:
  std::vector<Found> m_points; // by surplus ascending, so by net descending
};

// The λ values a node tries: its parent's best, halved and doubled (any λ >= 0 gives a valid
// bound; these follow the one that bound best).
constexpr std::array<double, 3> k_lambda_steps{0.5, 1, 2};
constexpr std::array<double, 6> k_frontier_lambdas{1.0 / 64, 1.0 / 16, 0.25, 1, 4, 16};

class Worker {
public:
  Worker(const Engine& e, const DesignOptions& o, std::atomic<double>& shared, std::size_t best)
      : top(best), m_e(e), m_o(o), m_shared(shared)
  {
    const std::size_t depth = e.items.size();
    m_y.assign((depth + 1) * e.n, 0);
    m_u.assign(depth + 1, 0);
    m_choices.assign(depth, 0);
    m_ell.assign(e.total_choices, 0);
    m_leaf.assign(e.n, 0);
    for (const Item& it : e.items)
      m_child.emplace_back(it.choices, k_inf);
  }

  // Search below the prefix of the first k items, whose choices are fixed.
  void search(const Choices& prefix, double lambda)
  {
    const std::size_t n = m_e.n;
    std::fill(m_y.begin(), m_y.begin() + static_cast<std::ptrdiff_t>(n), 0.0);
    m_u[0] = -m_e.reservation;
    bool asks = false;
    bool empty = true;
    for (std::size_t k = 0; k < prefix.size(); ++k) {
      m_choices[k] = prefix[k];
      step(k, prefix[k], asks, empty);
    }
    dfs(prefix.size(), asks, empty, lambda);
  }

  bool aborted = false;
  std::uint64_t nodes = 0, evaluated = 0;
  TopK top;
  Frontier front;
  std::vector<std::vector<std::uint32_t>> order; // per item, choices in the order tried

private:
  // Add choice j of item k to the sums at depth k, giving those at depth k + 1.
  void step(std::size_t k, std::size_t j, bool& asks, bool& empty)
  {
    const Item& it = m_e.items[k];
    const std::size_t n = m_e.n;
    const double* from = &m_y[k * n];
    double* to = &m_y[(k + 1) * n];
    std::copy(from, from + n, to);
    double u = m_u[k];
    for (std::size_t q = 0; q < it.parts; ++q) {
      const double* d = &it.delta[(j * it.parts + q) * n];
      for (std::size_t c = 0; c < n; ++c)
        to[c] += d[c];
      u += it.u[j * it.parts + q];
    }
    m_u[k + 1] = u;
    asks = asks || it.asks_any[j];
    empty = empty && it.nothing[j];
  }

  bool violates_caps(const double* y, const double* add) const
  {
    for (std::size_t c = 0; c < m_e.n; ++c)
      if (m_e.caps[c] &&
          m_e.scorer.score(c, y[c] + (add ? add[c] : 0)) > *m_e.caps[c] + (add ? k_slack : 0))
        return true;
    return false;
  }

  void leaf(std::size_t depth, bool asks, bool empty)
  {
    ++evaluated;
    if (empty)
      return; // no deal: the reference every package is measured against
    // the sums again in the written scenario's order: the bits `relief eval` computes
    const std::size_t n = m_e.n;
    std::fill(m_leaf.begin(), m_leaf.end(), 0.0);
    double u = -m_e.reservation;
    Choices choices(depth);
    for (std::size_t ci = 0; ci < depth; ++ci) {
      const std::size_t i = m_e.by_canon[ci];
      const Item& it = m_e.items[i];
      const std::size_t j = m_choices[i];
      choices[ci] = static_cast<std::uint32_t>(j);
      for (std::size_t q = 0; q < it.parts; ++q) {
        const double* d = &it.delta[(j * it.parts + q) * n];
        for (std::size_t c = 0; c < n; ++c)
          m_leaf[c] += d[c];
        u += it.u[j * it.parts + q];
      }
    }
    const double* y = m_leaf.data();
    if (violates_caps(y, nullptr))
      return;
    if (asks && u < 0)
      return; // refused: worth nothing
    const double net = m_e.scorer.net(y);
    if (net >= top.threshold())
      top.offer(net, u, choices);
    if (m_o.frontier && asks && net >= m_e.margin)
      front.offer(net, u, choices);
  }

  double threshold() const
  {
    return std::max(top.threshold(), m_shared.load(std::memory_order_relaxed));
  }

  void dfs(std::size_t k, bool asks, bool empty, double lambda)
  {
    const std::size_t depth = m_e.items.size();
    if (k == depth) {
      leaf(k, asks, empty);
      return;
    }
    if ((++nodes & 1023) == 0 && m_o.stop && m_o.stop->load(std::memory_order_relaxed))
      aborted = true;
    if (aborted)
      return;
    double next_lambda = lambda;
    if (m_o.exhaustive)
      std::fill(m_child[k].begin(), m_child[k].end(), k_inf);
    else if (prune(k, asks, lambda, next_lambda))
      return;
    const std::vector<double>& child = m_child[k];
    for (std::uint32_t j : order[k]) {
      if (child[j] < threshold() - k_slack)
        continue; // the node's own bound, with this choice made, already excludes it
      m_choices[k] = j;
      bool a = asks, e = empty;
      step(k, j, a, e);
      dfs(k + 1, a, e, next_lambda);
      if (aborted)
        return;
    }
  }

  // Return true when no completion of the node at depth k can enter the best K or the frontier.
  bool prune(std::size_t k, bool asks, double lambda, double& best_lambda)
  {
    const Engine& e = m_e;
    const std::size_t n = e.n;
    const std::size_t depth = e.items.size();
    const double* y = &m_y[k * n];
    if (violates_caps(y, &e.suf_min[k * n]))
      return true; // every completion breaks a cap: a score only grows with its sum
    const double up = m_u[k];
    const bool deal_possible = up + e.suf_umax[k] >= -k_slack;
    const bool noask_possible = !asks && e.noask_possible[k];
    if (!deal_possible && !noask_possible)
      return true;
    const double net = e.scorer.net(y);
    // slopes per criterion that bound h(y + A) - h(y) by sp * P - sn * N (relief(1), DESIGN)
    std::array<double, 64> sp{}, sn{};
    for (std::size_t c = 0; c < n; ++c) {
      const double a = y[c], r = a + e.suf_pos[k * n + c], l = a + e.suf_neg[k * n + c];
      const bool right = r > a, left = l < a;
      double hi = right ? e.scorer.sup_right(c, a, r) : 0;
      double lo = left ? e.scorer.inf_left(c, l, a) : hi;
      if (!right)
        hi = lo;
      if (hi >= lo) {
        sp[c] = hi;
        sn[c] = lo;
      } else {
        sp[c] = sn[c] = hi;
      }
    }
    // each choice's linear bound on what it adds to the net: sn x its total, plus (sp - sn) x its
    // positive part where the two slopes differ (criterion by criterion, over every choice at once)
    std::size_t at = 0;
    for (std::size_t i = k; i < depth; ++i) {
      const Item& it = e.items[i];
      const std::size_t m = it.choices;
      double* ell = &m_ell[at];
      std::fill(ell, ell + m, 0.0);
      for (std::size_t c = 0; c < n; ++c) {
        const double* t = &it.total_t[c * m];
        const double lo = sn[c];
        if (lo != 0)
          for (std::size_t j = 0; j < m; ++j)
            ell[j] += lo * t[j];
        if (const double d = sp[c] - sn[c]; d != 0) {
          const double* p = &it.pos_t[c * m];
          for (std::size_t j = 0; j < m; ++j)
            ell[j] += d * p[j];
        }
      }
      at += m;
    }
    const Item& here = e.items[k];
    // sum over the items after this one of max (l + lam u)
    auto rest = [&](double lam) {
      double total = 0;
      std::size_t at2 = here.choices;
      for (std::size_t i = k + 1; i < depth; ++i) {
        const Item& it = e.items[i];
        double best = -k_inf;
        for (std::size_t j = 0; j < it.choices; ++j)
          best = std::max(best, m_ell[at2 + j] + lam * it.utotal[j]);
        total += best;
        at2 += it.choices;
      }
      return total;
    };
    auto phi = [&](double lam) { // lam U + sum over items to come of max (l + lam u)
      double best = -k_inf;
      for (std::size_t j = 0; j < here.choices; ++j)
        best = std::max(best, m_ell[j] + lam * here.utotal[j]);
      return lam * up + best + rest(lam);
    };
    std::array<double, k_lambda_steps.size()> lambdas{}, phis{}, rests{};
    double deal_bound = -k_inf;
    if (deal_possible) {
      double best = k_inf;
      for (std::size_t s = 0; s < k_lambda_steps.size(); ++s) {
        lambdas[s] = lambda * k_lambda_steps[s];
        rests[s] = rest(lambdas[s]);
        double first = -k_inf;
        for (std::size_t j = 0; j < here.choices; ++j)
          first = std::max(first, m_ell[j] + lambdas[s] * here.utotal[j]);
        phis[s] = lambdas[s] * up + first + rests[s];
        if (phis[s] < best) {
          best = phis[s];
          best_lambda = lambdas[s];
        }
      }
      deal_bound = net + best;
    }
    double noask_bound = -k_inf, noask_rest = -k_inf;
    if (noask_possible) {
      double total = 0;
      std::size_t at2 = here.choices;
      for (std::size_t i = k + 1; i < depth; ++i) {
        const Item& it = e.items[i];
        double best = -k_inf;
        for (std::size_t j = 0; j < it.choices; ++j)
          if (!it.asks_any[j])
            best = std::max(best, m_ell[at2 + j]);
        total += best;
        at2 += it.choices;
      }
      noask_rest = total;
      double first = -k_inf;
      for (std::size_t j = 0; j < here.choices; ++j)
        if (!here.asks_any[j])
          first = std::max(first, m_ell[j]);
      noask_bound = net + first + noask_rest;
    }
    if (std::max(deal_bound, noask_bound) >= threshold() - k_slack) {
      // a completion may enter the best K: bound each child with its choice made, the same way
      std::vector<double>& child = m_child[k];
      for (std::size_t j = 0; j < here.choices; ++j) {
        if (m_o.frontier) { // the frontier's corners are tested node by node
          child[j] = k_inf;
          continue;
        }
        double b = -k_inf;
        if (deal_possible && up + here.utotal[j] + e.suf_umax[k + 1] >= -k_slack) {
          b = k_inf;
          for (std::size_t s = 0; s < k_lambda_steps.size(); ++s)
            b = std::min(b, lambdas[s] * (up + here.utotal[j]) + m_ell[j] + rests[s]);
          b += net;
        }
        if (noask_possible && !here.asks_any[j])
          b = std::max(b, net + m_ell[j] + noask_rest);
        child[j] = b;
      }
      return false;
    }
    if (!m_o.frontier || !deal_possible)
      return true;
    std::fill(m_child[k].begin(), m_child[k].end(), k_inf); // if explored: every child in turn
    // The frontier: the node's deals lie in {(n, u): n <= deal_bound, u <= u_max, n + lam u <=
    // net + phi(lam)}, a set closed downwards; it holds a deal no frontier point dominates only if
    // it reaches past a corner of the frontier's staircase.
    const double u_max = up + e.suf_umax[k];
    // more λ for the frontier's corners, whose best λ is larger where the surplus is larger
    std::array<double, k_lambda_steps.size() + k_frontier_lambdas.size()> lams{}, ps{};
    std::copy(lambdas.begin(), lambdas.end(), lams.begin());
    std::copy(phis.begin(), phis.end(), ps.begin());
    for (std::size_t s = 0; s < k_frontier_lambdas.size(); ++s) {
      lams[k_lambda_steps.size() + s] = k_frontier_lambdas[s];
      ps[k_lambda_steps.size() + s] = phi(k_frontier_lambdas[s]);
    }
    auto outside = [&](double cn, double cu) {
      if (cn > deal_bound + k_slack || cu > u_max + k_slack)
        return true;
      std::size_t best = 0; // the λ that leaves the corner furthest inside is refined below
      double best_gap = k_inf;
      for (std::size_t s = 0; s < lams.size(); ++s) {
        const double gap = net + ps[s] + k_slack * (1 + lams[s]) - (cn + lams[s] * cu);
        if (gap < 0)
          return true;
        if (gap < best_gap) {
          best_gap = gap;
          best = s;
        }
      }
      // golden-section search of log λ around the best of the set: any λ >= 0 that puts the
      // corner outside proves it (the bound holds for every λ)
      double a = std::log(std::max(lams[best], 1.0 / 1024) / 4),
             b = std::log(std::max(lams[best], 1.0 / 1024) * 4);
      auto gap_at = [&](double log_lam) {
        const double lam = std::exp(log_lam);
        return net + phi(lam) + k_slack * (1 + lam) - (cn + lam * cu);
      };
      const double g = (std::sqrt(5.0) - 1) / 2;
      double c1 = b - g * (b - a), c2 = a + g * (b - a);
      double f1 = gap_at(c1), f2 = gap_at(c2);
      for (int it = 0; it < 12; ++it) {
        if (f1 < 0 || f2 < 0)
          return true;
        if (f1 < f2) {
          b = c2;
          c2 = c1;
          f2 = f1;
          c1 = b - g * (b - a);
          f1 = gap_at(c1);
        } else {
          a = c1;
          c1 = c2;
          f1 = f2;
          c2 = a + g * (b - a);
          f2 = gap_at(c2);
        }
      }
      return f1 < 0 || f2 < 0;
    };
    const std::vector<Found>& f = front.points();
    if (f.empty())
      return outside(e.margin, 0);
    if (!outside(f.front().net, 0))
      return false;
    for (std::size_t j = 0; j + 1 < f.size(); ++j)
      if (!outside(f[j + 1].net, f[j].u))
        return false;
    return outside(e.margin, f.back().u);
  }

  const Engine& m_e;
  const DesignOptions& m_o;
  std::atomic<double>& m_shared;
  std::vector<double> m_y, m_u, m_ell, m_leaf;
  std::vector<std::vector<double>> m_child; // per depth, per choice: its bound at its parent
  std::vector<std::uint32_t> m_choices;
};

DesignPackage package_of(const Engine& e, const Found& f)
{
  DesignPackage p;
  p.searched_net = f.net;
  p.searched_u = f.u;
  p.choices = f.choices;
  for (std::size_t ci = 0; ci < e.items.size(); ++ci) {
    const Item& it = e.items[e.by_canon[ci]];
    const std::size_t j = f.choices[ci];
    if (it.offer) {
      if (it.scope[j] > 0)
        p.offer.push_back({it.measure, it.scope[j], it.form[j]});
    } else
      for (std::size_t q = 0; q < it.parts; ++q)
        if (const double a = it.amounts[j * it.parts + q]; a != 0)
          p.asks.push_back({it.asks[q], a});
  }
  return p;
}

} // namespace

Scenario package_scenario(const DesignPackage& p, const std::shared_ptr<const Model>& model,
                          Timing timing, const DesignSpace& space)
{
  Scenario s;
  s.name = "design";
  s.file = "design";
  s.model = model;
  s.timing = timing;
  if (space.credibility)
    s.credibility = point(*space.credibility);
  const std::size_t n = model->criteria.size();
  s.weights.resize(n);
  for (const DesignPackage::Offer& o : p.offer) {
    OfferItem item;
    item.measure = o.measure;
    item.scope = point(o.scope);
    item.conditional = o.form == OfferForm::conditional;
    item.reversible = o.form == OfferForm::reversible;
    item.effects.resize(n);
    s.offer.push_back(std::move(item));
  }
  for (const DesignPackage::Ask& a : p.asks) {
    AskItem item;
    item.ask = a.ask;
    item.amount = point(a.amount);
    item.effects.resize(n);
    s.asks.push_back(std::move(item));
  }
  return s;
}

std::string offer_text(const DesignPackage& p, const Model& model)
{
  std::string out;
  for (const DesignPackage::Offer& o : p.offer) {
    if (!out.empty())
      out += ", ";
    out += fmt::format("{} {}", model.measures[o.measure].id, o.scope);
    if (o.form != OfferForm::plain)
      out += fmt::format(" {}", k_form_names[static_cast<std::size_t>(o.form)]);
  }
  return out.empty() ? "nothing" : out;
}

std::string asks_text(const DesignPackage& p, const Model& model)
{
  std::string out;
  for (const DesignPackage::Ask& a : p.asks) {
    if (!out.empty())
      out += ", ";
    out += fmt::format("{} {}", model.asks[a.ask].id, a.amount);
  }
  return out.empty() ? "nothing" : out;
}

std::string package_yaml(const DesignPackage& p, const Model& model, Timing timing,
                         const DesignSpace& space, std::string_view name, std::string_view header)
{
  std::string out;
  for (std::size_t from = 0; from < header.size();) {
    const std::size_t to = std::min(header.find('\n', from), header.size());
    out += fmt::format("# {}\n", header.substr(from, to - from));
    from = to + 1;
  }
  out += fmt::format("relief: 1\nname: \"{}\"\ntiming: {}\n", name,
                     k_timing_names[static_cast<std::size_t>(timing)]);
  if (space.credibility)
    out += fmt::format("credibility: {}\n", *space.credibility);
  if (!p.offer.empty()) {
    out += "offer:\n";
    for (const DesignPackage::Offer& o : p.offer) {
      out += fmt::format("  - measure: {}\n    scope: {}\n", model.measures[o.measure].id, o.scope);
      if (o.form != OfferForm::plain)
        out += fmt::format("    {}: true\n", k_form_names[static_cast<std::size_t>(o.form)]);
    }
  }
  if (!p.asks.empty()) {
    out += "asks:\n";
    for (const DesignPackage::Ask& a : p.asks)
      out += fmt::format("  - item: {}\n    amount: {}\n", model.asks[a.ask].id, a.amount);
  }
  return out;
}

std::pair<std::vector<std::size_t>, std::vector<std::size_t>>
merge_candidates(const std::vector<DesignCandidate>& best, std::size_t k,
                 const std::vector<DesignCandidate>& frontier)
{
  // the candidates' indices travel as the last choice, which orders nothing among distinct
  // packages (two candidates with the same choices are the same package)
  auto found = [](const DesignCandidate& c, std::size_t i) {
    Found f{c.net, c.u, c.choices};
    f.choices.push_back(static_cast<std::uint32_t>(i));
    return f;
  };
  TopK top(k);
  for (std::size_t i = 0; i < best.size(); ++i)
    top.offer(best[i].net, best[i].u, found(best[i], i).choices);
  Frontier front;
  for (std::size_t i = 0; i < frontier.size(); ++i)
    front.offer(frontier[i].net, frontier[i].u, found(frontier[i], i).choices);
  std::vector<Found> points = front.points();
  std::stable_sort(points.begin(), points.end(), [](const Found& a, const Found& b) {
    return a.u < b.u || (a.u == b.u && a.choices < b.choices);
  });
  points.erase(
      std::unique(points.begin(), points.end(),
                  [](const Found& a, const Found& b) { return a.u == b.u && a.net == b.net; }),
      points.end());
  std::pair<std::vector<std::size_t>, std::vector<std::size_t>> out;
  for (const Found& f : top.found())
    out.first.push_back(f.choices.back());
  for (const Found& f : points)
    out.second.push_back(f.choices.back());
  return out;
}

DesignResult design(const std::shared_ptr<const Model>& model, std::size_t perspective,
                    Timing timing, const DesignSpace& space, const DesignOptions& options)
{
  const auto start = std::chrono::steady_clock::now();
  const Engine engine(model, perspective, timing, space);
  DesignResult out;
  out.timing = timing;
  out.shard = options.shard_count > 0;
  out.k = options.best;
  out.grid = 1;
  for (const Item& it : engine.items)
    out.grid *= static_cast<double>(it.choices);

  std::atomic<double> shared{-k_inf}; // the best K-th net any thread has found
  // each choice's linear bound at the empty package (the slopes at 0), once
  std::vector<std::vector<double>> root_ell;
  for (const Item& it : engine.items) {
    std::vector<double> ell(it.choices, 0);
    for (std::size_t j = 0; j < it.choices; ++j)
      for (std::size_t c = 0; c < engine.n; ++c)
        ell[j] += engine.scorer.dh(c, 0, true) * it.pos[j * engine.n + c] +
                  engine.scorer.dh(c, 0, false) * it.neg[j * engine.n + c];
    root_ell.push_back(std::move(ell));
  }
  // λ at the root: the one of a geometric grid that bounds best
  double root_lambda = 1;
  double best = k_inf;
  for (int e = -12; e <= 6; ++e) {
    const double lam = std::ldexp(1.0, e);
    double total = lam * -engine.reservation;
    for (std::size_t i = 0; i < engine.items.size(); ++i) {
      double b = -k_inf;
      for (std::size_t j = 0; j < engine.items[i].choices; ++j)
        b = std::max(b, root_ell[i][j] + lam * engine.items[i].utotal[j]);
      total += b;
    }
    if (total < best) {
      best = total;
      root_lambda = lam;
    }
  }
  // each item's choices in the order tried: the most promising first, so that the best found soon
  // bounds the rest
  std::vector<std::vector<std::uint32_t>> order;
  for (std::size_t i = 0; i < engine.items.size(); ++i) {
    const Item& it = engine.items[i];
    std::vector<double> score(it.choices);
    for (std::size_t j = 0; j < it.choices; ++j)
      score[j] = root_ell[i][j] + root_lambda * it.utotal[j];
    std::vector<std::uint32_t> o(it.choices);
    std::iota(o.begin(), o.end(), 0);
    std::stable_sort(o.begin(), o.end(), [&](auto x, auto y) { return score[x] > score[y]; });
    order.push_back(std::move(o));
  }

  // tasks: the prefixes of the first items, handed to the threads in turn
  std::size_t prefix_items = 0;
  std::size_t tasks = 1;
  while (prefix_items < engine.items.size() && tasks < 512) {
    tasks *= engine.items[prefix_items].choices;
    ++prefix_items;
  }
  auto prefix_of = [&](std::size_t t) {
    Choices c(prefix_items);
    for (std::size_t i = prefix_items; i-- > 0;) {
      const auto& o = order[i];
      c[i] = o[t % o.size()];
      t /= o.size();
    }
    return c;
  };
  // a shard's tasks: every N-th from the K-th, so that each gets its share of the promising
  // prefixes (which come first, and hold most of the work)
  const std::size_t stride = std::max<std::size_t>(1, options.shard_count);
  const std::size_t task_lo = options.shard_count ? options.shard_index - 1 : 0;
  const std::size_t own_tasks = task_lo < tasks ? (tasks - task_lo + stride - 1) / stride : 0;
  const unsigned threads = std::max(1u, options.threads);
  std::atomic<std::size_t> next{0}, done{0};
  std::vector<std::unique_ptr<Worker>> workers;
  for (unsigned w = 0; w < threads; ++w) {
    workers.push_back(std::make_unique<Worker>(engine, options, shared, options.best));
    workers.back()->order = order;
  }
  // A shard that does not own the first task (the most promising prefix) searches it first,
  // only for its K-th best net: a bound that no package of the whole grid's best K is below, so
  // the shard prunes as the whole search would, and reports only its own tasks' packages.
  // Its frontier's points prune the frontier's search likewise (a deal they dominate is not on
  // the whole grid's frontier); they start every worker's frontier and are left out at the end.
  std::vector<Choices> seeded;
  if (task_lo > 0 && tasks > 0) {
    Worker seed(engine, options, shared, options.best);
    seed.order = order;
    seed.search(prefix_of(0), root_lambda);
    if (!seed.aborted) {
      shared = seed.top.threshold();
      for (const auto& w : workers)
        w->front = seed.front;
      for (const Found& f : seed.front.points())
        seeded.push_back(f.choices);
    }
  }
  auto work = [&](Worker& worker) {
    for (;;) {
      const std::size_t i = next.fetch_add(1);
      if (i >= own_tasks || worker.aborted)
        return;
      const std::size_t t = task_lo + i * stride;
      worker.search(prefix_of(t), root_lambda);
      // share the K-th best found: no package below it can enter anyone's best K
      double th = worker.top.threshold();
      double cur = shared.load();
      while (th > cur && !shared.compare_exchange_weak(cur, th)) {
      }
      const std::size_t d = ++done;
      if (options.progress)
        options.progress(static_cast<double>(d) / static_cast<double>(own_tasks));
    }
  };
  if (threads == 1)
    work(*workers[0]);
  else {
    std::vector<std::thread> pool;
    for (unsigned w = 0; w < threads; ++w)
      pool.emplace_back(work, std::ref(*workers[w]));
    for (std::thread& t : pool)
      t.join();
  }

  // merge: the best K of all, the frontier of all (equal points: the earlier on the grid)
  std::vector<DesignCandidate> tops, fronts;
  for (const auto& w : workers) {
    out.nodes += w->nodes;
    out.evaluated += w->evaluated;
    out.interrupted = out.interrupted || w->aborted;
    for (const Found& f : w->top.found())
      tops.push_back({f.net, f.u, f.choices});
    for (const Found& f : w->front.points())
      if (std::find(seeded.begin(), seeded.end(), f.choices) == seeded.end())
        fronts.push_back({f.net, f.u, f.choices});
  }
  const auto [best_at, frontier_at] = merge_candidates(tops, options.best, fronts);
  auto exact = [&](const Found& f) {
    DesignPackage p = package_of(engine, f);
    p.ev = evaluate(package_scenario(p, model, timing, space), perspective);
    return p;
  };
  for (std::size_t i : best_at)
    out.best.push_back(exact({tops[i].net, tops[i].u, tops[i].choices}));
  for (std::size_t i : frontier_at)
    out.frontier.push_back(exact({fronts[i].net, fronts[i].u, fronts[i].choices}));
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out;
}

} // namespace relief
