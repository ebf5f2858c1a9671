#pragma once
// SPEC 3 steps 1-10 written directly over the Scenario, as evaluate() read before it ran on the
// evaluation plan (with step 3's flows added from the spec's text): the reference the plan is
// checked against, bit for bit.
#include <algorithm>

#include "evaluate.hpp"

namespace relief::test {

inline double reference_effect(const std::vector<std::optional<Value>>& overrides,
                               const std::vector<Value>& defaults, std::size_t c)
{
  if (c < overrides.size() && overrides[c])
    return overrides[c]->mean;
  return defaults[c].mean;
}

inline Evaluation reference_evaluate(const Scenario& s, std::size_t perspective)
{
  constexpr double k_cap = 10;
  const Model& m = *s.model;
  const std::size_t n = m.criteria.size();
  Evaluation ev;
  ev.context = resolve_context(s);
  ev.p_deal = s.credibility ? s.credibility->mean : m.default_credibility.mean;
  ev.criteria.resize(n);

  const double half_life = m.half_life_months.mean;
  const double horizon = m.horizon_months.mean;
  // SPEC 3 step 3 written out again: r per month from the yearly rate
  const double rate = std::log(1 + m.discount_rate.mean) / 12;
  auto flow_at = [&](double t) {
    if (t <= 0)
      return 1.0;
    if (rate == 0)
      return std::max(0.0, 1 - t / horizon);
    return std::max(0.0, (std::exp(-rate * t) - std::exp(-rate * horizon)) /
                             (1 - std::exp(-rate * horizon)));
  };
  const double v = m.verification_months.mean;
  const double d_verify = decay(v, half_life) * std::exp(-rate * v);
  const double f_verify = flow_at(v);
  auto add = [&](Contribution x) {
    x.value = x.amount * x.effect * x.credibility * x.time * x.share;
    ev.criteria[x.criterion].raw += x.value;
  };
  for (std::size_t i = 0; i < s.offer.size(); ++i) {
    const OfferItem& item = s.offer[i];
    const Measure& measure = m.measures[item.measure];
    const double g = item.conditional ? ev.p_deal
                     : item.reversible
                         ? ev.p_deal + (1 - ev.p_deal) * (1 - m.snapback_recovery.mean)
                         : 1;
    for (std::size_t c = 0; c < n; ++c) {
      Contribution x{
          c, false, i, item.scope.mean, reference_effect(item.effects, measure.effects, c), 1,
          1, 1,     0};
      if (m.criteria[c].kind == Kind::cost || (item.reversible && !item.conditional))
        x.share = g; // snapback takes the benefits with the costs (SPEC 3 step 4)
      else if (item.conditional) {
        x.credibility = ev.p_deal;
        x.time = m.criteria[c].over_time == OverTime::decays ? d_verify
                 : m.criteria[c].over_time == OverTime::flow ? f_verify
                                                             : 1;
      }
      add(x);
    }
  }
  // step 5: p_a capped by Moscow's veto, p_a x m_a (m_a = 1 without a counterpart)
  auto credibility = [&](const AskItem& a) {
    const double p = a.credibility ? a.credibility->mean : ev.p_deal;
    return m.counterpart.present ? p * m.counterpart.moscow_allows[a.ask].mean : p;
  };
  // p_b x_b: the expected share delivered of the ask with this id (0 when it is not asked)
  auto delivered = [&](std::size_t ask) {
    for (const AskItem& b : s.asks)
      if (b.ask == ask)
        return credibility(b) * std::min(b.amount.mean, m.asks[ask].max_amount.mean);
    return 0.0;
  };
  for (std::size_t i = 0; i < s.asks.size(); ++i) {
    const AskItem& item = s.asks[i];
    const AskDef& def = m.asks[item.ask];
    const double p = credibility(item);
    const double x = std::min(item.amount.mean, def.max_amount.mean);
    double kept = 1; // step 5: 1 - o (1 - p_b x_b) where the model gives the ask an offset
    for (const Offset& o : m.offsets)
      if (o.ask == item.ask)
        kept = 1 - o.share.mean * (1 - delivered(o.cancelled_by));
    for (std::size_t c = 0; c < n; ++c)
      add(Contribution{c, true, i, x, reference_effect(item.effects, def.effects, c), p, 1, kept,
                       0});
  }

  const double t = ev.context.delay_months;
  const double e_delay = std::exp(-rate * t);
  const double d_delay = decay(t, half_life) * e_delay;
  const double f_delay = flow_at(t);
  std::vector<double> w = raw_weights(s, perspective);
  for (double x : w)
    ev.weight_sum += x;
  const auto& war_k = m.war_multipliers[static_cast<std::size_t>(ev.context.war)];
  const auto& ruler_k = m.ruler_multipliers[ev.context.lukashenka_in_power ? 1 : 0];
  for (std::size_t c = 0; c < n; ++c) {
    CriterionResult& r = ev.criteria[c];
    double score = r.raw;
    r.time = m.criteria[c].over_time == OverTime::flow                  ? f_delay
             : m.criteria[c].over_time == OverTime::decays && score > 0 ? d_delay
                                                                        : e_delay;
    score *= r.time;
    r.linear = score;
    // step 6: the function itself (its rounding is compared bit for bit here); its formula is
    // checked against hand-worked values in test_evaluate and against formulas.py
    if (m.criteria[c].concave)
      score = concave_value(score, m.criteria[c].concave->mean);
    r.unclamped = score;
    r.clamped = score > k_cap || score < -k_cap;
    r.score = std::clamp(score, -k_cap, k_cap);
    // weights that sum to 1 up to rounding are not divided (SPEC 3 step 7, read as typed)
    r.weight = std::abs(ev.weight_sum - 1) <= 1e-12 ? w[c]
               : ev.weight_sum > 0                  ? w[c] / ev.weight_sum
                                                    : 0;
    if (m.criteria[c].kind == Kind::cost) {
      r.multiplier = r.score != 0 ? war_k[c].mean * ruler_k[c].mean : 1; // either sign (step 8)
      r.weighted = r.weight * r.score * r.multiplier;
      ev.costs += r.weighted;
    } else {
      r.weighted = r.weight * r.score;
      ev.benefits += r.weighted;
    }
  }
  ev.net = ev.benefits - ev.costs;
  if (ev.costs > 0)
    ev.ratio = ev.benefits / ev.costs;
  const double margin = m.margin.mean;
  ev.verdict = ev.net > margin    ? Verdict::benefits_outweigh
               : ev.net < -margin ? Verdict::costs_outweigh
                                  : Verdict::balanced;
  // step 12: the regime's surplus and whether it accepts; a refused package is worth 0
  if (m.counterpart.present) {
    double u = -m.counterpart.reservation[static_cast<std::size_t>(s.timing)].mean;
    for (const OfferItem& o : s.offer)
      u += o.scope.mean * m.counterpart.value[o.measure].mean;
    for (const AskItem& a : s.asks)
      u -= std::min(a.amount.mean, m.asks[a.ask].max_amount.mean) * m.counterpart.cost[a.ask].mean;
    ev.regime_surplus = u;
    ev.acceptable = s.asks.empty() || u >= 0; // asking nothing, it is the EU's own act
  }
  ev.worth = ev.acceptable ? ev.net : 0;
  return ev;
}

} // namespace relief::test
