// timing -n -> table, CSV, JSON or Markdown text.
#include <algorithm>
#include <fmt/format.h>

#include "render/chart.hpp"
#include "render/columns.hpp"
#include "render/simulate_render.hpp"

namespace relief {
namespace {

double p_best(const TimingSimulation& t, std::size_t k)
{
  return t.sim.results[k].p_first.value_or(0);
}

// One strategy of a timing simulation: engaging at one moment.
struct Strat {
  const Answer<TimingSimulation>* a;
  std::size_t t;
  const SimResult& x() const { return a->result.sim.results[t]; }
  double p_best() const { return relief::p_best(a->result, t); }
};

std::vector<Strat> strategies_of(const Answer<TimingSimulation>& a)
{
  std::vector<Strat> out;
  for (std::size_t t = 0; t < a.result.sim.results.size(); ++t)
    out.push_back({&a, t});
  return out;
}

const Columns<Strat>& strategy_columns()
{
  using S = const Strat&;
  static const Columns<Strat> columns = [] {
    Columns<Strat> c = {
        {"timing", "strategy", [](S x) { return text(k_timing_names[x.t]); }, Align::left,
         Fit::wrap, Where::csv},
        {"arrives", "arrives", [](S x) { return number(x.a->result.arrives[x.t], 2); }},
        // JSON says these once per answer, and nests net's summary in "net"
        {"samples", "", [](S x) { return count(static_cast<long long>(x.a->result.sim.samples)); },
         Align::right, Fit::keep, Where::csv},
        {"seed", "", [](S x) { return count(static_cast<long long>(x.a->result.sim.seed)); },
         Align::right, Fit::keep, Where::csv},
        {"mean", "mean net", [](S x) { return number(x.x().net.mean, 3); }, Align::right, Fit::keep,
         Where::csv},
        {"sd", "sd", [](S x) { return number(x.x().net.sd, 3); }, Align::right, Fit::keep,
         Where::csv}};
    for (std::size_t q = 0; q < k_quantile_names.size(); ++q) // the table shows p5, p50, p95
      c.push_back({k_quantile_names[q], q % 2 == 0 ? k_quantile_names[q] : "",
                   [q](S x) { return number(x.x().net.q[q], 3); }, Align::right, Fit::keep,
                   Where::csv});
    c.insert(c.end(),
             {{"p_positive", "P(net>0)",
               [](S x) {
                 return Field{x.x().p_net_positive, pct(x.x().p_net_positive)};
               }},
              // the share of samples in which the regime accepts the package at that moment
              // (empty without a counterpart)
              {"p_accept", "P(accept)",
               [](S x) {
                 return x.x().p_accept ? Field{*x.x().p_accept, pct(*x.x().p_accept)}
                                       : Field{nullptr, "-"};
               }},
              {"p_best", "P(best)",
               [](S x) {
                 return Field{x.p_best(), pct(x.p_best())};
               }},
              {"p_best_se", "",
               [](S x) { return plain(share_se(x.p_best(), x.a->result.sim.samples)); }},
              {"best", "",
               [](S x) { return flag(static_cast<std::size_t>(x.a->result.best) == x.t, ""); },
               Align::left, Fit::keep, Where::csv}});
    return c;
  }();
  return columns;
}

} // namespace

std::string render_timing_simulation(const std::vector<Answer<TimingSimulation>>& reports,
                                     OutputFormat format, const TableStyle& style)
{
  if (format == OutputFormat::csv)
    return csv_of(reports, strategies_of, strategy_columns());
  if (format == OutputFormat::json) {
    Json document = json_document("timing");
    document["interrupted"] = std::any_of(reports.begin(), reports.end(),
                                          [](const auto& r) { return r.result.sim.interrupted; });
    JsonResultsWriter json(std::move(document));
    std::string out;
    for (const auto& r : reports) {
      const Simulation& sim = r.result.sim;
      Json one = json_row(case_columns(), r);
      one["samples"] = sim.samples;
      one["seed"] = sim.seed;
      Json strategies = Json::object();
      for (const Strat& x : strategies_of(r)) {
        Json e = json_row(strategy_columns(), x);
        e["net"] = summary_json(x.x().net);
        strategies[std::string(k_timing_names[x.t])] = std::move(e);
      }
      one["strategies"] = std::move(strategies);
      one["best"] = timing_name(r.result.best);
      out += json.add(one);
    }
    return out + json.finish();
  }
  const bool markdown = format == OutputFormat::markdown;
  std::string out;
  for (const auto& r : reports) {
    const Simulation& sim = r.result.sim;
    if (!out.empty())
      out += "\n";
    out +=
        section_heading(*r.scenario, r.perspective, style, markdown,
                        // the draws on a line of their own, as simulate's heading has them
                        fmt::format("\n{}{} samples{}, seed {}", markdown ? "\n" : "", sim.samples,
                                    sim.interrupted ? " (interrupted)" : "", sim.seed));
    out += render_table(text_table(strategy_columns(), strategies_of(r)), style, markdown) +
           (markdown ? "\n" : "");
    if (!style.quiet)
      out += note("net of a strategy: its net when its moment comes (and the regime, where the "
                  "model has one, accepts), 0 when it does not (nothing is engaged); P(best): the "
                  "share of samples in which it is worth the most",
                  style, markdown);
    const std::size_t best = static_cast<std::size_t>(r.result.best);
    const double p = p_best(r.result, best);
    out += note(fmt::format("best strategy by mean net: {} (mean {}, best in {} +- {} of samples)",
                            timing_name(r.result.best), fixed(sim.results[best].net.mean, 3),
                            pct(p), pct(share_se(p, sim.samples))),
                style, markdown);
  }
  return out;
}

} // namespace relief
