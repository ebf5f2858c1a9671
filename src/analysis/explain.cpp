#include "analysis/explain.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace relief {

std::string source_of(const SourcePos& pos, std::string_view model_path)
{
  if (pos.file && pos.file->name != "<default model>")
    return pos.str();
  // a default of the embedded model: where it is written, and how a scenario overrides it
  std::string where = pos.file ? fmt::format("model line {}", pos.line) : "model default";
  if (!model_path.empty())
    where += fmt::format(" (assumptions: {})", model_path);
  return where;
}

Explanation explain(const Scenario& s, std::size_t perspective)
{
  std::vector<Contribution> trace;
  Explanation out{evaluate(s, perspective, &trace), {}, {}};
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
  // the time factor: the criterion's class, the delay and the half-life or horizon it reads
  const Value& delay =
      s.delay_months ? *s.delay_months : m.timings[static_cast<std::size_t>(s.timing)].delay_months;
  const bool discounted = m.discount_rate.mean != 0;
  auto time_source = [&](std::size_t c) -> std::string {
    const Criterion& k = m.criteria[c];
    if (k.over_time == OverTime::once && !discounted)
      return "";
    const bool decays = k.over_time == OverTime::decays;
    std::string text = fmt::format(
        "{} ({}), delay {}", over_time_name(k.over_time), source_of(k.over_time_pos),
        source_of(delay.pos,
                  s.delay_months
                      ? ""
                      : fmt::format("timings.{}.delay_months",
                                    k_timing_names[static_cast<std::size_t>(s.timing)])));
    if (k.over_time != OverTime::once)
      text += fmt::format(", {} {}", decays ? "half-life" : "horizon",
                          source_of(decays ? m.half_life_months.pos : m.horizon_months.pos,
                                    decays ? "half_life_months" : "horizon_months"));
    if (discounted)
      text += fmt::format(", discount rate {}", source_of(m.discount_rate.pos, "discount_rate"));
    return text;
  };
  const std::string credibility_source = source_of(
      s.credibility ? s.credibility->pos : m.default_credibility.pos, "default_credibility");
  // K_c: the product of the context's war and ruler multipliers on a cost criterion
  auto multiplier_source = [&](std::size_t c) {
    const ResolvedContext& ctx = out.eval.context;
    const auto war = static_cast<std::size_t>(ctx.war);
    const std::size_t ruler = ctx.lukashenka_in_power ? 1 : 0;
    return fmt::format(
        "war {}, Lukashenka {}",
        source_of(m.war_multipliers[war][c].pos,
                  fmt::format("context.war.{}.{}", k_war_names[war], m.criteria[c].id)),
        source_of(m.ruler_multipliers[ruler][c].pos,
                  fmt::format("context.lukashenka_in_power.{}.{}", ruler ? "true" : "false",
                              m.criteria[c].id)));
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
      row.multiplier = r.multiplier;
      row.multiplied = r.multiplied;
      row.weight = r.weight;
      row.value = x.weighted;
      row.weight_source = weight_source(c);
      if (x.adjustment == Adjustment::clamp) { // the score's cut at the cap, after the time
        row.item = "saturation";               // factor and the value function
        row.item_kind = "clamp";
        out.rows.push_back(std::move(row));
        continue;
      }
      if (x.adjustment == Adjustment::value_function) { // v(linear) - linear (SPEC 3 step 6)
        row.item = "diminishing returns";
        row.item_kind = "value";
        const Value& k = *m.criteria[c].concave;
        row.effect_source = fmt::format(
            "concave {} {}", k.mean,
            source_of(k.pos, fmt::format("criteria.{}.value.concave", m.criteria[c].id)));
        out.rows.push_back(std::move(row));
        continue;
      }
      row.credibility = x.credibility;
      row.time = x.time * r.time;
      row.share = x.share;
      row.time_source = time_source(c);
      if (row.multiplied)
        row.multiplier_source = multiplier_source(c);
      if (x.ask) {
        const AskItem& a = s.asks[x.item];
        row.item = m.asks[a.ask].id;
        row.item_kind = "ask";
        row.amount_source = source_of(a.amount.pos);
        row.effect_source = source_of(
            c < a.effects.size() && a.effects[c] ? a.effects[c]->pos : m.asks[a.ask].effects[c].pos,
            fmt::format("asks.{}.effects.{}", m.asks[a.ask].id, m.criteria[c].id));
        row.credibility_source = a.credibility ? source_of(a.credibility->pos) : credibility_source;
        if (m.counterpart.present) // capped by Moscow's veto (SPEC 3 step 5)
          row.credibility_source += fmt::format(
              " x Moscow allows {}",
              source_of(m.counterpart.moscow_allows[a.ask].pos,
                        fmt::format("counterpart.asks.{}.moscow_allows", m.asks[a.ask].id)));
        for (const Offset& o : m.offsets) // the hostage bank and its like (SPEC 3 step 5)
          if (o.ask == a.ask) {
            const auto by = std::find_if(s.asks.begin(), s.asks.end(),
                                         [&](const AskItem& b) { return b.ask == o.cancelled_by; });
            row.share_source = fmt::format(
                "offset {}, unless {} {}",
                source_of(o.share.pos, fmt::format("offsets.{}.share", m.asks[a.ask].id)),
                m.asks[o.cancelled_by].id,
                by == s.asks.end() ? std::string("(not asked)") : source_of(by->amount.pos));
          }
      } else {
        const OfferItem& o = s.offer[x.item];
        row.item = m.measures[o.measure].id;
        row.item_kind = "offer";
        row.amount_source = source_of(o.scope.pos);
        row.effect_source = source_of(
            c < o.effects.size() && o.effects[c] ? o.effects[c]->pos
                                                 : m.measures[o.measure].effects[c].pos,
            fmt::format("measures.{}.effects.{}", m.measures[o.measure].id, m.criteria[c].id));
        const bool cost = m.criteria[c].kind == Kind::cost;
        row.credibility_source = o.conditional && !cost ? credibility_source : "";
        if (cost && o.conditional)
          row.share_source = "credibility " + credibility_source;
        else if (o.reversible && !o.conditional) // snapback takes benefits and costs (step 4)
          row.share_source = fmt::format("credibility {}, snapback {}", credibility_source,
                                         source_of(m.snapback_recovery.pos, "snapback_recovery"));
      }
      out.rows.push_back(std::move(row));
    }
  }
  if (m.counterpart.present) { // the regime's side, term by term, with sources like the EU's
    const Counterpart& cp = m.counterpart;
    for (const OfferItem& o : s.offer) {
      const std::string& id = m.measures[o.measure].id;
      out.regime.push_back(
          {id, "offer", o.scope.mean, cp.value[o.measure].mean,
           o.scope.mean * cp.value[o.measure].mean, source_of(o.scope.pos),
           source_of(cp.value[o.measure].pos, fmt::format("counterpart.measures.{}.value", id))});
    }
    for (const AskItem& a : s.asks) {
      const std::string& id = m.asks[a.ask].id;
      const double x = std::min(a.amount.mean, m.asks[a.ask].max_amount.mean);
      out.regime.push_back(
          {id, "ask", x, cp.cost[a.ask].mean, -x * cp.cost[a.ask].mean, source_of(a.amount.pos),
           source_of(cp.cost[a.ask].pos, fmt::format("counterpart.asks.{}.cost", id))});
    }
    const auto t = static_cast<std::size_t>(s.timing);
    const std::string timing(k_timing_names[t]);
    out.regime.push_back({timing, "reservation", 1, cp.reservation[t].mean, -cp.reservation[t].mean,
                          "",
                          source_of(cp.reservation[t].pos,
                                    fmt::format("counterpart.timings.{}.reservation", timing))});
  }
  return out;
}

} // namespace relief
