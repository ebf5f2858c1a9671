#include "analysis/timing.hpp"

#include <cmath>
#include <set>
#include <tuple>

#include "plan.hpp"
#include "probe.hpp"

namespace relief {

ByClass benefits_by_class(const Evaluation& ev, const Model& m)
{
  ByClass out{};
  for (std::size_t c = 0; c < ev.criteria.size(); ++c)
    if (m.criteria[c].kind == Kind::benefit)
      out[static_cast<std::size_t>(m.criteria[c].over_time)] += ev.criteria[c].weighted;
  return out;
}

std::array<Scenario, k_timings> timing_scenarios(const Scenario& s)
{
  std::array<Scenario, k_timings> out;
  for (std::size_t t = 0; t < k_timings; ++t) {
    out[t] = s;
    out[t].war.reset();
    out[t].lukashenka_in_power.reset();
    out[t].delay_months.reset();
    out[t].timing = static_cast<Timing>(t);
  }
  return out;
}

namespace {

// The distinct distributions that the plans of a scenario's moments read at their means. The
// moments are copies of the scenario, so a number is known by where it is written, not by its
// address.
class Distributions {
public:
  explicit Distributions(const Model& m) : m_model(m) {}
  void add(const Value& v)
  {
    if (!v.uncertain())
      return;
    const Key key = v.pos.file ? Key{v.pos.file.get(), v.pos.line, v.pos.col} : Key{&v, 0, 0};
    m_seen.insert(key);
    if (written_in_model(v, m_model))
      m_model_seen.insert(key);
  }
  // Add the distributions of a moment's plan, and its arrives.
  void add(const Plan& plan, const TimingDef& moment)
  {
    for (std::int32_t k : plan.uncertain)
      add(*plan.slots[static_cast<std::size_t>(k)].value);
    add(moment.arrives);
  }
  ReadAtMeans counted() const { return {m_seen.size(), m_model_seen.size()}; }

private:
  using Key = std::tuple<const void*, int, int>;
  const Model& m_model;
  std::set<Key> m_seen, m_model_seen;
};

} // namespace

ReadAtMeans timing_uncertain_inputs(const Scenario& s, std::size_t perspective)
{
  Distributions seen(*s.model);
  const std::array<Scenario, k_timings> at = timing_scenarios(s);
  for (std::size_t t = 0; t < k_timings; ++t)
    seen.add(compile(at[t], perspective, PlanNames::none), s.model->timings[t]);
  return seen.counted();
}

TimingResult timing(const Scenario& s, std::size_t perspective)
{
  TimingResult out{};
  const Model& m = *s.model;
  const std::array<Scenario, k_timings> at = timing_scenarios(s);
  Distributions read_at_means(m);
  for (std::size_t t = 0; t < k_timings; ++t) {
    Strategy& st = out.at[t];
    // one plan per moment: its evaluation, and the distributions it reads at their means
    Probe conditional(compile(at[t], perspective, PlanNames::none));
    read_at_means.add(conditional.plan(), m.timings[t]);
    st.eval = conditional.base();
    st.arrives = m.timings[t].arrives.mean;
    // the strategy's worth, arrives x net when the regime accepts and 0 when it refuses, as its
    // plan computes it (SPEC 3 steps 11 and 12)
    st.expected =
        Probe(compile(at[t], perspective, PlanNames::none, PlanValue::expected)).base().worth;
    st.benefits = benefits_by_class(st.eval, m);
  }
  const Strategy& now = out.at[0];
  // a moment whose package the regime refuses engages nothing: its benefits and costs count 0
  auto engaged = [](const Strategy& st) { return st.eval.acceptable ? st.arrives : 0.0; };
  for (std::size_t t = 1; t < k_timings; ++t) {
    Strategy& st = out.at[t];
    for (std::size_t k = 0; k < 3; ++k)
      st.forgone[k] = engaged(now) * now.benefits[k] - engaged(st) * st.benefits[k];
    st.saved = engaged(now) * now.eval.costs - engaged(st) * st.eval.costs;
    if (st.eval.worth > 0)
      st.tie_arrives = now.expected / st.eval.worth;
  }
  // The highest expected net wins; on a tie, the earlier moment (nothing is gained by waiting).
  std::size_t best = 0;
  for (std::size_t t = 1; t < k_timings; ++t)
    if (out.at[t].expected > out.at[best].expected)
      best = t;
  out.best = static_cast<Timing>(best);
  out.margin = m.margin.mean;
  const ReadAtMeans counted = read_at_means.counted();
  out.uncertain_inputs = counted.all;
  out.uncertain_model_inputs = counted.model;
  for (std::size_t t = 0; t < k_timings; ++t)
    if (t != best && out.at[best].expected - out.at[t].expected <= out.margin)
      out.indistinguishable.push_back(static_cast<Timing>(t));
  return out;
}

std::vector<DelayPoint> delay_sweep(const Scenario& s, std::size_t perspective, double a, double b,
                                    double step)
{
  std::vector<DelayPoint> out;
  const Model& m = *s.model;
  Probe probe(compile(s, perspective, PlanNames::none)); // the delay is probed, never copied in
  auto n = static_cast<long>(std::floor((b - a) / step + 1e-9));
  for (long i = 0; i <= n; ++i) {
    double d = a + static_cast<double>(i) * step;
    Evaluation ev = probe.at(probe.plan().delay, d);
    const double rate = m.discount_rate.mean;
    out.push_back({d, decay(d, m.half_life_months.mean) * discount(d, rate),
                   flow(d, m.horizon_months.mean, rate), benefits_by_class(ev, m), std::move(ev)});
  }
  return out;
}

} // namespace relief
