#include "analysis/explain.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "analysis/paths.hpp"

namespace relief {

Explanation explain(const Scenario& s, std::size_t perspective)
{
  std::vector<Contribution> trace;
  Explanation out{evaluate(s, perspective, &trace), {}};
  const Model& m = *s.model;
  std::stable_sort(trace.begin(), trace.end(), [](const Contribution& a, const Contribution& b) {
    return a.criterion < b.criterion;
  });

  auto weight_source = [&](std::size_t c) {
    return source_of(c < s.weights.size() && s.weights[c]
                         ? s.weights[c]->pos
                         : m.perspectives[perspective].weights[c].pos,
                     fmt::format("perspectives.{}.weights.{}", m.perspectives[perspective].id,
                                 m.criteria[c].id));
  };
  std::size_t next = 0;
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    const CriterionResult& r = out.eval.criteria[c];
    for (; next < trace.size() && trace[next].criterion == c; ++next) {
      const Contribution& x = trace[next];
      ExplainRow row;
      row.criterion = c;
      row.amount = x.amount;
      row.effect = x.effect;
      row.credibility = x.credibility;
      row.time = x.time * r.time;
      row.share = x.share;
      row.multiplier = r.multiplier;
      row.weight = r.weight;
      row.value = r.weight * x.value * r.time * r.multiplier;
      row.weight_source = weight_source(c);
      if (x.ask) {
        const AskItem& a = s.asks[x.item];
        row.item = m.asks[a.ask].id;
        row.item_kind = "ask";
        row.amount_source = source_of(a.amount.pos);
        row.effect_source = source_of(
            c < a.effects.size() && a.effects[c] ? a.effects[c]->pos : m.asks[a.ask].effects[c].pos,
            fmt::format("asks.{}.effects.{}", m.asks[a.ask].id, m.criteria[c].id));
        row.credibility_source = source_of(a.credibility   ? a.credibility->pos
                                           : s.credibility ? s.credibility->pos
                                                           : m.default_credibility.pos,
                                           "default_credibility");
      } else {
        const OfferItem& o = s.offer[x.item];
        row.item = m.measures[o.measure].id;
        row.item_kind = "offer";
        row.amount_source = source_of(o.scope.pos);
        row.effect_source = source_of(
            c < o.effects.size() && o.effects[c] ? o.effects[c]->pos
                                                 : m.measures[o.measure].effects[c].pos,
            fmt::format("measures.{}.effects.{}", m.measures[o.measure].id, m.criteria[c].id));
        bool uses_p = o.conditional || (o.reversible && m.criteria[c].kind == Kind::cost);
        row.credibility_source =
            uses_p ? source_of(s.credibility ? s.credibility->pos : m.default_credibility.pos,
                               "default_credibility")
                   : "";
      }
      out.rows.push_back(std::move(row));
    }
    if (r.clamped) {
      ExplainRow row;
      row.criterion = c;
      row.item = "saturation";
      row.item_kind = "clamp";
      row.amount = 1;
      row.effect = r.score - r.unclamped;
      row.multiplier = r.multiplier;
      row.weight = r.weight;
      row.value = r.weight * (r.score - r.unclamped) * r.multiplier;
      row.weight_source = weight_source(c);
      out.rows.push_back(std::move(row));
    }
  }
  return out;
}

} // namespace relief
