#include "evaluate.hpp"

#include <algorithm>
#include <cmath>

#include "plan.hpp"

namespace relief {

std::string_view verdict_name(Verdict v)
{
  switch (v) {
  case Verdict::benefits_outweigh:
    return "benefits-outweigh";
  case Verdict::balanced:
    return "balanced";
  case Verdict::costs_outweigh:
    return "costs-outweigh";
  }
  return "balanced";
}

double decay(double months, double half_life_months)
{
  // 2^(-t/h), which exp2 computes in half pow(0.5, t/h)'s time (a sample's decay in simulate)
  return std::exp2(-(months / half_life_months));
}

double discount(double months, double rate_per_year)
{
  return rate_per_year == 0 ? 1 : std::exp(-std::log1p(rate_per_year) / 12 * months);
}

double concave_value(double x, double k)
{
  // written with expm1, exact for small k and small scores
  const double v = 10 * std::expm1(-k * std::abs(x) / 10) / std::expm1(-k);
  return x < 0 ? -v : v;
}

double flow(double months, double horizon_months, double rate_per_year)
{
  if (months <= 0)
    return 1;
  if (rate_per_year == 0)
    return std::max(0.0, 1 - months / horizon_months);
  const double r = std::log1p(rate_per_year) / 12;
  // (e^(-rt) - e^(-rH)) / (1 - e^(-rH)), written with expm1 for small rates
  const double f = (std::expm1(-r * months) - std::expm1(-r * horizon_months)) /
                   -std::expm1(-r * horizon_months);
  return std::max(0.0, f);
}

ResolvedContext resolve_context(const Scenario& s)
{
  const TimingDef& t = s.model->timings[static_cast<std::size_t>(s.timing)];
  ResolvedContext ctx{t.war, t.lukashenka_in_power, t.delay_months.mean};
  if (s.war)
    ctx.war = *s.war;
  if (s.lukashenka_in_power)
    ctx.lukashenka_in_power = *s.lukashenka_in_power;
  if (s.delay_months)
    ctx.delay_months = s.delay_months->mean;
  return ctx;
}

std::vector<double> raw_weights(const Scenario& s, std::size_t perspective)
{
  const Perspective& p = s.model->perspectives[perspective];
  std::vector<double> w(p.weights.size());
  for (std::size_t c = 0; c < w.size(); ++c)
    w[c] = c < s.weights.size() && s.weights[c] ? s.weights[c]->mean : p.weights[c].mean;
  return w;
}

Evaluation evaluate(const Scenario& s, std::size_t perspective, std::vector<Contribution>* trace)
{
  const Plan plan = compile(s, perspective, PlanNames::none);
  std::vector<double> x = plan.means();
  Evaluation ev;
  run(plan, x.data(), ev, trace);
  ev.uncertain_inputs = plan.uncertain.size();
  ev.uncertain_model_inputs = plan.uncertain_model;
  return ev;
}

} // namespace relief
