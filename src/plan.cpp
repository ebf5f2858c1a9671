#include "plan.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string_view>
#include <type_traits>

namespace relief {
namespace {

// A PATH as the parts it is joined from, joined only when the plan wants names: evaluate()
// compiles a plan for every evaluation, and the analyses evaluate thousands of times.
struct Path {
  std::array<std::string_view, 6> parts{};

  // (by reference: a by-value std::string would die with the constructor, leaving its view
  // dangling)
  template <class... Parts> explicit Path(const Parts&... p) : parts{std::string_view(p)...} {}
  std::string joined() const
  {
    std::string out;
    for (std::string_view part : parts)
      out += part;
    return out;
  }
};

class Compiler {
public:
  Compiler(Plan& plan, PlanNames names)
      : m_plan(plan), m_names(names != PlanNames::none), m_zeros(names == PlanNames::all)
  {
  }

  // Return a new slot for the number at path, written at source (its path when the scenario
  // sets it, else its model path). Every number the evaluation reads has one path (a measure or
  // ask is listed once per scenario), so there is nothing to look up.
  std::int32_t slot(const Path& path, const Value& v, const Range& range)
  {
    return slot(path, path, v, range);
  }
  std::int32_t slot(const Path& path, const Path& source, const Value& v, const Range& range)
  {
    m_plan.slots.push_back({&v, range});
    const auto at = static_cast<std::int32_t>(m_plan.slots.size() - 1);
    if (m_names) {
      m_plan.paths.push_back(path.joined());
      m_plan.sources.push_back(source.joined());
      if (m_plan.sources.back() != m_plan.paths.back())
        m_plan.aliases.emplace_back(m_plan.sources.back(), at);
    }
    return at;
  }
  // Record another spelling of a slot.
  void alias(const Path& path, std::int32_t slot)
  {
    if (m_names)
      m_plan.aliases.emplace_back(path.joined(), slot);
  }

  // Return the slot of an effect of an offer item ("offer", "measures") or an ask ("asks",
  // "asks"): the scenario's override, else the model's default; -1 for a point value of 0
  // (unless every effect gets a slot).
  std::int32_t effect(std::string_view item_kind, std::string_view model_kind,
                      const std::string& id, const std::vector<std::optional<Value>>& overrides,
                      const std::vector<Value>& defaults, const std::string& criterion,
                      std::size_t c)
  {
    const Path path(item_kind, ".", id, ".effects.", criterion);
    if (c < overrides.size() && overrides[c])
      return slot(path, *overrides[c], ranges::effect);
    if (!defaults[c].uncertain() && defaults[c].mean == 0 && !m_zeros)
      return -1; // contributes nothing
    return slot(path, Path("model.", model_kind, ".", id, ".effects.", criterion), defaults[c],
                ranges::effect);
  }

private:
  Plan& m_plan;
  bool m_names;
  bool m_zeros;
};

// While slots are still being added, a derived slot is written as this placeholder; compile()
// replaces it with plan.derived(d) at the end.
constexpr std::int32_t placeholder(Derived d)
{
  return -100 - d;
}
// The placeholder of offset j's factor.
constexpr std::int32_t offset_placeholder(std::size_t j)
{
  return -1000 - static_cast<std::int32_t>(j);
}
// The placeholder of capped credibility j (after every offset placeholder).
constexpr std::int32_t capped_placeholder(std::size_t j)
{
  return -1000000 - static_cast<std::int32_t>(j);
}

// Return a term of criterion c and item i whose factors are all 1 (the derived slot k_one).
PlanTerm unit_term(std::size_t c, std::size_t i)
{
  PlanTerm t;
  t.criterion = static_cast<std::uint32_t>(c);
  t.item = static_cast<std::uint32_t>(i);
  t.max_amount = placeholder(k_infinity);
  t.credibility = t.time = t.share = placeholder(k_one);
  return t;
}

} // namespace

std::vector<double> Plan::means() const
{
  std::vector<double> x(slots.size() + k_derived_count + offsets.size() + capped.size(), 1.0);
  for (std::size_t i = 0; i < slots.size(); ++i)
    x[i] = slots[i].value->mean;
  x[static_cast<std::size_t>(derived(k_infinity))] = std::numeric_limits<double>::infinity();
  return x;
}

std::int32_t Plan::find(std::string_view path) const
{
  for (std::size_t i = 0; i < paths.size(); ++i)
    if (paths[i] == path)
      return static_cast<std::int32_t>(i);
  for (const auto& [alias, slot] : aliases)
    if (alias == path)
      return slot;
  return -1;
}

std::string Plan::canonical(const std::string& path) const
{
  const std::int32_t slot = find(path);
  return slot < 0 ? path : paths[static_cast<std::size_t>(slot)];
}

void Plan::pin(std::int32_t slot, double v)
{
  PlanSlot& s = slots[static_cast<std::size_t>(slot)];
  pinned.push_back(std::make_shared<const Value>(point(v, s.value->pos)));
  s.value = pinned.back().get();
  uncertain.erase(std::remove(uncertain.begin(), uncertain.end(), slot), uncertain.end());
}

Plan compile(const Scenario& s, std::size_t perspective, PlanNames names, PlanValue value)
{
  const Model& m = *s.model;
  const std::size_t n = m.criteria.size();
  Plan plan;
  const std::size_t items = s.offer.size() + s.asks.size();
  plan.slots.reserve(8 + 4 * n + items * (n + 3));
  plan.terms.reserve(items * n);
  for (auto* v : {&plan.weights, &plan.war_k, &plan.ruler_k})
    v->reserve(n);
  plan.kinds.reserve(n);
  plan.over_time.reserve(n);
  Compiler cc(plan, names);
  const auto timing = static_cast<std::size_t>(s.timing);
  plan.context = resolve_context(s);

  plan.p_deal = s.credibility ? cc.slot(Path("credibility"), *s.credibility, ranges::share)
                              : cc.slot(Path("credibility"), Path("model.default_credibility"),
                                        m.default_credibility, ranges::share);
  plan.delay = s.delay_months
                   ? cc.slot(Path("context.delay_months"), *s.delay_months, ranges::months)
                   : cc.slot(Path("model.timings.", k_timing_names[timing], ".delay_months"),
                             m.timings[timing].delay_months, ranges::months);
  if (!s.delay_months) // named by its moment (a timing analysis holds three), or as the scenario
    cc.alias(Path("context.delay_months"), plan.delay); // key that would set it
  plan.horizon = cc.slot(Path("model.horizon_months"), m.horizon_months, ranges::horizon);
  plan.half_life = cc.slot(Path("model.half_life_months"), m.half_life_months, ranges::half_life);
  plan.discount = cc.slot(Path("model.discount_rate"), m.discount_rate, ranges::discount);
  plan.verification =
      cc.slot(Path("model.verification_months"), m.verification_months, ranges::months);
  plan.snapback = cc.slot(Path("model.snapback_recovery"), m.snapback_recovery, ranges::share);
  plan.margin = cc.slot(Path("model.margin"), m.margin, ranges::margin);
  if (value == PlanValue::expected) {
    // whether the moment comes: a Bernoulli draw with the mean of arrives (a distribution of
    // arrives mixes to the Bernoulli of its mean, since nothing else reads it)
    const Value& arrives = m.timings[timing].arrives;
    const double a = arrives.mean;
    plan.arrival_value = std::make_shared<const Value>(
        a > 0 && a < 1 ? Value{a, {DistKind::bernoulli, {a, 0, 0}}, arrives.pos}
                       : point(a, arrives.pos));
    plan.arrival = cc.slot(Path("model.timings.", k_timing_names[timing], ".arrives"),
                           *plan.arrival_value, ranges::share);
  }

  for (std::size_t i = 0; i < s.offer.size(); ++i) {
    const OfferItem& item = s.offer[i];
    const Measure& measure = m.measures[item.measure];
    const std::int32_t scope =
        cc.slot(Path("offer.", measure.id, ".scope"), item.scope, ranges::share);
    if (m.counterpart.present) // what the measure is worth to the regime (SPEC 3 step 12)
      plan.regime.offer.emplace_back(
          scope, cc.slot(Path("model.counterpart.measures.", measure.id, ".value"),
                         m.counterpart.value[item.measure], ranges::effect));
    for (std::size_t c = 0; c < n; ++c) {
      PlanTerm t = unit_term(c, i);
      t.amount = scope;
      t.effect = cc.effect("offer", "measures", measure.id, item.effects, measure.effects,
                           m.criteria[c].id, c);
      if (t.effect < 0)
        continue;
      // g (SPEC 3 step 4): a reversible measure that snaps back takes its benefits with it as it
      // takes its costs; a conditional one's costs carry p_deal, its benefits p_deal as their
      // credibility and the verification delay
      if (item.reversible && !item.conditional)
        t.share = placeholder(k_reversible);
      else if (m.criteria[c].kind == Kind::cost && item.conditional)
        t.share = plan.p_deal;
      else if (item.conditional) {
        // a conditional offer's benefits start verification_months later (SPEC 3 step 3)
        t.credibility = plan.p_deal;
        if (m.criteria[c].over_time == OverTime::decays) {
          t.time = placeholder(k_verify_decay);
          plan.verification_decays = true;
        } else if (m.criteria[c].over_time == OverTime::flow) {
          t.time = placeholder(k_verify_flow);
          plan.verification_flows = true;
        }
      }
      plan.terms.push_back(t);
    }
  }
  // per ask of the model, its slots when the scenario asks it: what an offset reads
  std::vector<PlanOffset> asked(m.asks.size());
  std::vector<std::size_t> cancelled_by; // per offset of the plan, the ask that cancels it
  for (std::size_t i = 0; i < s.asks.size(); ++i) {
    const AskItem& item = s.asks[i];
    const AskDef& def = m.asks[item.ask];
    const std::int32_t amount =
        cc.slot(Path("asks.", def.id, ".amount"), item.amount, Range{0, def.max_amount.mean});
    const std::int32_t max_amount =
        cc.slot(Path("model.asks.", def.id, ".max_amount"), def.max_amount, ranges::max_amount);
    std::int32_t credibility = plan.p_deal; // an ask without its own reads the deal's
    if (item.credibility)
      credibility =
          cc.slot(Path("asks.", def.id, ".credibility"), *item.credibility, ranges::share);
    else
      cc.alias(Path("asks.", def.id, ".credibility"), plan.p_deal);
    if (m.counterpart.present) {
      // Moscow's veto caps the ask's credibility (SPEC 3 step 5); the regime pays its cost
      const std::int32_t moscow = cc.slot(Path("model.counterpart.asks.", def.id, ".moscow_allows"),
                                          m.counterpart.moscow_allows[item.ask], ranges::share);
      plan.capped.push_back({credibility, moscow});
      credibility = capped_placeholder(plan.capped.size() - 1);
      plan.regime.asks.push_back({amount, max_amount,
                                  cc.slot(Path("model.counterpart.asks.", def.id, ".cost"),
                                          m.counterpart.cost[item.ask], ranges::effect)});
    }
    asked[item.ask] = {-1, amount, max_amount, credibility};
    // the ask's offset (SPEC 3 step 5), when the model gives it one
    std::int32_t share = placeholder(k_one);
    for (std::size_t j = 0; j < m.offsets.size(); ++j)
      if (m.offsets[j].ask == item.ask) {
        PlanOffset o;
        o.share =
            cc.slot(Path("model.offsets.", def.id, ".share"), m.offsets[j].share, ranges::share);
        share = offset_placeholder(plan.offsets.size());
        plan.offsets.push_back(o);
        cancelled_by.push_back(m.offsets[j].cancelled_by);
      }
    for (std::size_t c = 0; c < n; ++c) {
      PlanTerm t = unit_term(c, i);
      t.ask = true;
      t.amount = amount;
      t.max_amount = max_amount;
      t.credibility = credibility;
      t.share = share;
      t.effect = cc.effect("asks", "asks", def.id, item.effects, def.effects, m.criteria[c].id, c);
      if (t.effect >= 0)
        plan.terms.push_back(t);
    }
  }
  // each offset reads its cancelling ask where the scenario asks it (in any order)
  for (std::size_t k = 0; k < plan.offsets.size(); ++k) {
    const PlanOffset& by = asked[cancelled_by[k]];
    plan.offsets[k].amount = by.amount;
    plan.offsets[k].max_amount = by.max_amount;
    plan.offsets[k].credibility = by.credibility;
  }

  const Perspective& p = m.perspectives[perspective];
  const auto war = static_cast<std::size_t>(plan.context.war);
  const std::size_t ruler = plan.context.lukashenka_in_power ? 1 : 0;
  for (std::size_t c = 0; c < n; ++c) {
    const std::string& id = m.criteria[c].id;
    plan.weights.push_back(c < s.weights.size() && s.weights[c]
                               ? cc.slot(Path("weights.", id), *s.weights[c], ranges::weight)
                               : cc.slot(Path("weights.", id),
                                         Path("model.perspectives.", p.id, ".weights.", id),
                                         p.weights[c], ranges::weight));
    plan.kinds.push_back(m.criteria[c].kind);
    plan.over_time.push_back(m.criteria[c].over_time);
    plan.concave.push_back(m.criteria[c].concave
                               ? cc.slot(Path("model.criteria.", id, ".value.concave"),
                                         *m.criteria[c].concave, ranges::concave)
                               : -1);
    if (m.criteria[c].kind == Kind::cost) {
      plan.war_k.push_back(cc.slot(Path("model.context.war.", k_war_names[war], ".", id),
                                   m.war_multipliers[war][c], ranges::multiplier));
      plan.ruler_k.push_back(
          cc.slot(Path("model.context.lukashenka_in_power.", ruler ? "true" : "false", ".", id),
                  m.ruler_multipliers[ruler][c], ranges::multiplier));
    } else {
      plan.war_k.push_back(-1);
      plan.ruler_k.push_back(-1);
    }
  }
  if (m.counterpart.present)
    plan.regime.reservation =
        cc.slot(Path("model.counterpart.timings.", k_timing_names[timing], ".reservation"),
                m.counterpart.reservation[timing], ranges::effect);
  auto resolve = [&](std::int32_t& index) {
    if (index <= capped_placeholder(0))
      index = plan.capped_credibility(static_cast<std::size_t>(capped_placeholder(0) - index));
  };
  for (PlanOffset& o : plan.offsets)
    resolve(o.credibility);
  for (PlanTerm& t : plan.terms)
    resolve(t.credibility);
  for (PlanTerm& t : plan.terms)
    for (std::int32_t* index : {&t.max_amount, &t.credibility, &t.time, &t.share})
      if (*index <= capped_placeholder(0))
        continue;
      else if (*index <= offset_placeholder(0))
        *index = plan.offset_factor(static_cast<std::size_t>(offset_placeholder(0) - *index));
      else if (*index <= placeholder(k_one))
        *index = plan.derived(static_cast<Derived>(placeholder(k_one) - *index));
  for (std::size_t i = 0; i < plan.slots.size(); ++i)
    if (plan.slots[i].value->uncertain()) {
      plan.uncertain.push_back(static_cast<std::int32_t>(i));
      plan.uncertain_model += written_in_model(*plan.slots[i].value, m) ? 1 : 0;
    }
  return plan;
}

void run(const Plan& plan, double* x, Evaluation& ev, std::vector<Contribution>* trace)
{
  const std::size_t n = plan.kinds.size();
  ev.context = plan.context;
  ev.context.delay_months = x[plan.delay];
  ev.p_deal = x[plan.p_deal];
  ev.weight_sum = 0;
  ev.benefits = 0;
  ev.costs = 0;
  ev.criteria.resize(n);
  for (CriterionResult& r : ev.criteria)
    r.raw = 0;

  const double half_life = x[plan.half_life];
  const double rate = x[plan.discount];
  const double p_deal = ev.p_deal;
  // g of a reversible offer (SPEC 3 step 4); a conditional one's is p_deal, others' 1.
  x[plan.derived(k_reversible)] = p_deal + (1 - p_deal) * (1 - x[plan.snapback]);
  // D(v) and D(t) cost a pow() each: computed only where a term or score needs them.
  if (plan.verification_decays)
    x[plan.derived(k_verify_decay)] =
        decay(x[plan.verification], half_life) * discount(x[plan.verification], rate);
  const double horizon = x[plan.horizon];
  if (plan.verification_flows)
    x[plan.derived(k_verify_flow)] = flow(x[plan.verification], horizon, rate);
  // p_a x m_a: an ask's credibility capped by Moscow's veto (SPEC 3 step 5)
  for (std::size_t j = 0; j < plan.capped.size(); ++j)
    x[plan.capped_credibility(j)] = x[plan.capped[j].credibility] * x[plan.capped[j].moscow];
  // 1 - o (1 - p_b x_b): the share of the offset ask kept (SPEC 3 step 5)
  for (std::size_t j = 0; j < plan.offsets.size(); ++j) {
    const PlanOffset& o = plan.offsets[j];
    const double delivered =
        o.amount < 0 ? 0 : x[o.credibility] * std::min(x[o.amount], x[o.max_amount]);
    x[plan.offset_factor(j)] = 1 - x[o.share] * (1 - delivered);
  }
  auto add_terms = [&](auto traced) { // one loop with the trace, one without: the hot path
    for (const PlanTerm& t : plan.terms) {
      const double amount = std::min(x[t.amount], x[t.max_amount]);
      const double value = amount * x[t.effect] * x[t.credibility] * x[t.time] * x[t.share];
      ev.criteria[t.criterion].raw += value;
      if constexpr (decltype(traced)::value)
        if (value != 0)
          trace->push_back({t.criterion, t.ask, t.item, amount, x[t.effect], x[t.credibility],
                            x[t.time], x[t.share], value});
    }
  };
  const std::size_t traced_from = trace ? trace->size() : 0;
  if (trace)
    add_terms(std::true_type{});
  else
    add_terms(std::false_type{});

  double d_delay = -1;
  const double f_delay = flow(ev.context.delay_months, horizon, rate);
  // a point t months away is worth e^(-rt) of one now; decay erodes a positive score only
  const double discounted = discount(ev.context.delay_months, rate);
  for (std::size_t c = 0; c < n; ++c)
    ev.weight_sum += x[plan.weights[c]];
  // Weights that already sum to 1 (up to the rounding of their sum) are used as written: dividing
  // 0.15 by 0.9999999999999999 would print 0.15000000000000002.
  const double divisor = std::abs(ev.weight_sum - 1) <= k_weight_sum_slack ? 1
                         : ev.weight_sum > 0                               ? ev.weight_sum
                                                                           : HUGE_VAL;
  for (std::size_t c = 0; c < n; ++c) {
    CriterionResult& r = ev.criteria[c];
    double score = r.raw;
    r.time = discounted; // once (and a decaying score that is not positive)
    if (plan.over_time[c] == OverTime::flow)
      r.time = f_delay;
    else if (plan.over_time[c] == OverTime::decays && score > 0) {
      if (d_delay < 0)
        d_delay = decay(ev.context.delay_months, half_life);
      r.time = d_delay * discounted;
    }
    score *= r.time;
    r.linear = score;
    if (plan.concave[c] >= 0) // the value function (SPEC 3 step 6)
      score = concave_value(score, x[plan.concave[c]]);
    r.unclamped = score;
    r.clamped = score > k_cap || score < -k_cap;
    r.score = std::clamp(score, -k_cap, k_cap);
    r.weight = x[plan.weights[c]] / divisor;
    r.multiplier = 1;
    // K_c on cost scores of either sign (SPEC 3 step 8): a context in which opening a loophole
    // costs more is one in which closing it gains as much more
    r.multiplied = plan.kinds[c] == Kind::cost && r.score != 0;
    if (plan.kinds[c] == Kind::cost) {
      if (r.multiplied)
        r.multiplier = x[plan.war_k[c]] * x[plan.ruler_k[c]];
      r.weighted = r.weight * r.score * r.multiplier;
      ev.costs += r.weighted;
    } else {
      r.weighted = r.weight * r.score;
      ev.benefits += r.weighted;
    }
  }
  // U = sum of s value - sum of x cost - reservation; refused: worth 0 (SPEC 3 step 12)
  if (plan.regime.reservation >= 0) {
    double u = -x[plan.regime.reservation];
    for (const auto& [scope, value] : plan.regime.offer)
      u += x[scope] * x[value];
    for (const auto& [amount, max_amount, cost] : plan.regime.asks)
      u -= std::min(x[amount], x[max_amount]) * x[cost];
    ev.regime_surplus = u;
    // a package that asks nothing is the EU's own act (sanctions, aid): nobody has to accept it
    ev.acceptable = plan.regime.asks.empty() || u >= 0;
  } else {
    ev.regime_surplus.reset();
    ev.acceptable = true;
  }
  // a strategy is worth nothing when its moment does not come, nor when the regime refuses its
  // package: it engages nothing (SPEC 3 steps 11 and 12)
  const double a = plan.arrival >= 0 ? x[plan.arrival] * (ev.acceptable ? 1 : 0) : 1;
  if (trace) { // each contribution's part of its criterion's weighted score, then the clamps
    for (std::size_t i = traced_from; i < trace->size(); ++i) {
      Contribution& t = (*trace)[i];
      const CriterionResult& r = ev.criteria[t.criterion];
      t.weighted = r.weight * t.value * r.time * r.multiplier * a;
    }
    auto adjust = [&](std::size_t c, double by, Adjustment what) {
      const CriterionResult& r = ev.criteria[c];
      trace->push_back({c, false, 0, 1, by, 1, 1, 1, by, r.weight * by * r.multiplier * a, what});
    };
    for (std::size_t c = 0; c < n; ++c) {
      const CriterionResult& r = ev.criteria[c];
      if (r.unclamped != r.linear)
        adjust(c, r.unclamped - r.linear, Adjustment::value_function);
      if (r.clamped)
        adjust(c, r.score - r.unclamped, Adjustment::clamp);
    }
  }
  if (plan.arrival >= 0) { // a strategy: weighed by whether its moment comes and is taken
    for (CriterionResult& r : ev.criteria)
      r.weighted *= a;
    ev.benefits *= a;
    ev.costs *= a;
  }
  ev.net = ev.benefits - ev.costs;
  ev.ratio = ev.costs > 0 ? std::optional<double>(ev.benefits / ev.costs) : std::nullopt;
  const double margin = x[plan.margin];
  ev.verdict = verdict_of(ev.net, margin);
  ev.worth = ev.acceptable ? ev.net : 0;
}

} // namespace relief
