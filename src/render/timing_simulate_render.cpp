// timing -n -> table, CSV, JSON or Markdown text.
#include <fmt/format.h>

#include "render/chart.hpp"
#include "render/report_common.hpp"
#include "render/simulate_render.hpp"

namespace relief {
namespace {

double p_best(const TimingSimulation& t, std::size_t k)
{
  return t.sim.results[k].p_first.value_or(0);
}

} // namespace

std::string render_timing_simulation(const std::vector<Answer<TimingSimulation>>& reports,
                                     OutputFormat format, const TableStyle& style)
{
  if (format == OutputFormat::csv) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : reports) {
      const Simulation& sim = r.result.sim;
      for (std::size_t t = 0; t < 3; ++t) {
        const Summary& v = sim.results[t].net;
        std::vector<std::string> row = {r.scenario->name,
                                        shown_file(*r.scenario),
                                        r.scenario->model->perspectives[r.perspective].id,
                                        std::string(k_timing_names[t]),
                                        exact(r.result.arrives[t]),
                                        std::to_string(sim.samples),
                                        std::to_string(sim.seed),
                                        exact(v.mean),
                                        exact(v.sd)};
        for (double q : v.q)
          row.push_back(exact(q));
        row.push_back(exact(sim.results[t].p_net_positive));
        row.push_back(exact(p_best(r.result, t)));
        row.push_back(exact(share_se(p_best(r.result, t), sim.samples)));
        row.push_back(static_cast<std::size_t>(r.result.best) == t ? "true" : "false");
        rows.push_back(std::move(row));
      }
    }
    return csv_table({"scenario", "file", "perspective", "timing", "arrives", "samples", "seed",
                      "mean", "sd", "p5", "p25", "p50", "p75", "p95", "p_positive", "p_best",
                      "p_best_se", "best"},
                     rows);
  }
  if (format == OutputFormat::json) {
    Json j = json_document("timing");
    j["results"] = Json::array();
    bool interrupted = false;
    for (const auto& r : reports) {
      const Simulation& sim = r.result.sim;
      interrupted = interrupted || sim.interrupted;
      Json one = json_report(*r.scenario, r.perspective);
      one["samples"] = sim.samples;
      one["seed"] = sim.seed;
      Json strategies = Json::object();
      for (std::size_t t = 0; t < 3; ++t) {
        const SimResult& x = sim.results[t];
        strategies[std::string(k_timing_names[t])] = {
            {"arrives", r.result.arrives[t]},
            {"net", summary_json(x.net)},
            {"p_positive", x.p_net_positive},
            {"p_best", p_best(r.result, t)},
            {"p_best_se", share_se(p_best(r.result, t), sim.samples)}};
      }
      one["strategies"] = std::move(strategies);
      one["best"] = timing_name(r.result.best);
      j["results"].push_back(std::move(one));
    }
    j["interrupted"] = interrupted;
    return dump(j);
  }
  const bool markdown = format == OutputFormat::markdown;
  std::string out;
  for (const auto& r : reports) {
    const Simulation& sim = r.result.sim;
    if (!out.empty())
      out += "\n";
    out += section_heading(*r.scenario, r.perspective, style, markdown,
                           fmt::format(", {} samples{}, seed {}", sim.samples,
                                       sim.interrupted ? " (interrupted)" : "", sim.seed));
    TextTable t;
    t.header = {"strategy", "arrives", "mean net", "sd", "p5", "p50", "p95", "P(net>0)", "P(best)"};
    t.align = {Align::left};
    t.align.resize(t.header.size(), Align::right);
    for (std::size_t k = 0; k < 3; ++k) {
      const SimResult& x = sim.results[k];
      t.rows.push_back({std::string(k_timing_names[k]), fixed(r.result.arrives[k], 2),
                        fixed(x.net.mean, 3), fixed(x.net.sd, 3), fixed(x.net.q[0], 3),
                        fixed(x.net.q[2], 3), fixed(x.net.q[4], 3), pct(x.p_net_positive),
                        pct(p_best(r.result, k))});
    }
    out += markdown ? render_markdown(t) + "\n" : render_text(t, style);
    if (!style.quiet)
      out += note("net of a strategy: its net when its moment comes, 0 when it does not (nothing "
                  "is engaged); P(best): the share of samples in which it is worth the most",
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
