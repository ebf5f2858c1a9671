#include <fmt/format.h>
#include <span>

#include "render/chart.hpp"
#include "render/columns.hpp"
#include "render/simulate_render.hpp"
#include "render/simulate_state.hpp"

namespace relief {
namespace {

constexpr std::size_t k_top_drivers = 10;

std::string criterion_id(const SimReport& r, std::size_t c)
{
  return r.scenario->model->criteria[c].id;
}

// A summary of a quantity's draws: its mean, sd and quantiles.
const Columns<Summary>& summary_columns()
{
  static const Columns<Summary> columns = [] {
    Columns<Summary> c = {{"mean", "mean", [](const Summary& s) { return number(s.mean, 3); }},
                          {"sd", "sd", [](const Summary& s) { return number(s.sd, 3); }}};
    for (std::size_t q = 0; q < k_quantile_names.size(); ++q)
      c.push_back({k_quantile_names[q], k_quantile_names[q],
                   [q](const Summary& s) { return number(s.q[q], 3); }});
    return c;
  }();
  return columns;
}

// A summary with the name of its quantity, for a table's row.
struct Named {
  std::string name;
  const Summary* s;
};

Columns<Named> named_summary_columns()
{
  Columns<Named> columns = {{"", " ", [](const Named& n) { return text(n.name); }, Align::left}};
  for (const auto& c : summary_columns())
    columns.push_back({c.key, c.heading, [f = c.field](const Named& n) { return f(*n.s); }});
  return columns;
}

// Return a value of information in points of net with three significant digits ("0" for none).
std::string points(double v)
{
  return v == 0 ? "0" : fmt::format("{:.3g}", v);
}

const Columns<Driver>& driver_columns()
{
  using D = const Driver&;
  static const Columns<Driver> columns = {
      {"path", "input", [](D d) { return text(d.path); }, Align::left, Fit::wrap},
      {"mean", "mean", [](D d) { return figure(d.mean); }},
      {"rank_correlation", "rank corr", [](D d) { return number(d.rank_correlation, 3); }},
      {"variance_share", "var share", [](D d) { return number(d.variance_share, 3); }},
      {"evppi", "EVPPI",
       [](D d) {
         return Field{d.evppi, points(d.evppi)};
       }},
      {"clamped_share", "clamped",
       [](D d) {
         return Field{d.clamped_share, d.clamped_share > 0 ? pct(d.clamped_share) : ""};
       }},
  };
  return columns;
}

// What --in reads, passed along: the ask's id and one reading per report (none without --in).
struct InReadings {
  std::string_view ask;
  const std::vector<SimIn>* readings;
  const SimIn* at(std::size_t k) const
  {
    return ask.empty() || k >= readings->size() ? nullptr : &(*readings)[k];
  }
};

std::string render_json(const Simulation& sim, const std::vector<SimReport>& reports,
                        const InReadings& in = {})
{
  Json j = json_document("simulate");
  j["samples"] = sim.samples;
  j["requested_samples"] = sim.requested;
  j["seed"] = sim.seed;
  j["interrupted"] = sim.interrupted;
  if (sim.shard_count > 0)
    j["shard"] = {{"index", sim.shard_index},
                  {"count", sim.shard_count},
                  {"chunks", sim.chunks},
                  {"first_chunk", sim.first_chunk}};
  JsonResultsWriter json(std::move(j));
  std::string out;
  for (const SimReport& r : reports) {
    const SimResult& x = *r.result;
    Json one = json_row(case_columns(), r);
    one["samples"] = sim.samples;
    one["seed"] = sim.seed;
    one["benefits"] = summary_json(x.benefits);
    one["costs"] = summary_json(x.costs);
    one["net"] = summary_json(x.net);
    one["criteria"] = Json::object();
    for (std::size_t c = 0; c < x.criteria.size(); ++c)
      one["criteria"][criterion_id(r, c)] = summary_json(x.criteria[c]);
    one["p_net_positive"] = x.p_net_positive;
    one["p_net_positive_se"] = x.p_net_positive_se;
    one["verdicts"] = Json::object();
    one["verdicts_se"] = Json::object();
    for (std::size_t v = 0; v < 3; ++v) {
      one["verdicts"][std::string(verdict_name(Verdict(v)))] = x.verdicts[v];
      one["verdicts_se"][std::string(verdict_name(Verdict(v)))] = x.verdicts_se[v];
    }
    one["evpi"] = x.evpi;
    one["p_accept"] = json_optional(x.p_accept);
    one["p_accept_se"] = json_optional(x.p_accept_se);
    one["worth_mean"] = x.worth_mean;
    if (const SimIn* reading = in.at(static_cast<std::size_t>(&r - reports.data()))) {
      one["net_mean_in"] = equivalent_json(*r.scenario->model, in.ask, reading->net);
      one["evpi_in"] = equivalent_json(*r.scenario->model, in.ask, reading->evpi);
      if (!reading->evppi_path.empty()) {
        one["evppi_first_in"] = equivalent_json(*r.scenario->model, in.ask, reading->evppi);
        one["evppi_first_in"]["path"] = reading->evppi_path;
      }
    }
    one["drivers"] = Json::array();
    for (const Driver& d : x.drivers)
      one["drivers"].push_back(json_row(driver_columns(), d));
    one["histogram"] = Json::array();
    for (const HistogramBin& b : x.histogram)
      one["histogram"].push_back({{"from", b.from}, {"to", b.to}, {"share", b.share}});
    if (x.p_first) {
      one["p_first"] = *x.p_first;
      one["p_beats"] = Json::array();
      for (std::size_t o = 0; o < x.p_beats.size(); ++o)
        if (x.p_beats[o])
          one["p_beats"].push_back(
              json_row(case_columns(), reports[o], Json{{"p", *x.p_beats[o]}}));
    }
    if (sim.shard_count > 0) {
      std::vector<std::size_t> rivals;
      for (std::size_t o = 0; o < x.p_beats.size(); ++o)
        if (x.p_beats[o])
          rivals.push_back(o);
      one["shard_state"] = shard_state_json(sim.states[x.item], rivals);
    }
    out += json.add(one);
  }
  return out + json.finish();
}

std::string render_csv(const Simulation& sim, const std::vector<SimReport>& reports)
{
  CaseCsv csv({{"samples", "seed", "quantity", "statistic", "value"}});
  std::string out = csv.header();
  for (const SimReport& r : reports) {
    const SimResult& x = *r.result;
    auto add = [&](const std::string& quantity, std::string_view statistic, const Json& value) {
      out += csv.start(r)
                 .add({std::to_string(sim.samples), std::to_string(sim.seed), quantity,
                       std::string(statistic), csv_text(value)})
                 .end();
    };
    // the long format: a row per keyed column of a summary or a driver
    auto each = [&](const std::string& quantity, const auto& columns, const auto& row) {
      for (const auto& c : columns)
        if (!c.key.empty() && c.key != "path")
          add(quantity, c.key, c.field(row).value);
    };
    each("benefits", summary_columns(), x.benefits);
    each("costs", summary_columns(), x.costs);
    each("net", summary_columns(), x.net);
    add("net", "p_positive", x.p_net_positive);
    add("net", "p_positive_se", x.p_net_positive_se);
    add("net", "evpi", x.evpi);
    for (std::size_t v = 0; v < 3; ++v) {
      const std::string q = "verdict." + std::string(verdict_name(Verdict(v)));
      add(q, "share", x.verdicts[v]);
      add(q, "share_se", x.verdicts_se[v]);
    }
    for (std::size_t c = 0; c < x.criteria.size(); ++c)
      each("criterion." + criterion_id(r, c), summary_columns(), x.criteria[c]);
    for (const Driver& d : x.drivers)
      each("input." + d.path, driver_columns(), d);
    if (x.p_first) {
      add("rank", "p_first", *x.p_first);
      for (std::size_t o = 0; o < x.p_beats.size(); ++o)
        if (x.p_beats[o]) // the other case's id: its file, and #N for a later document
          add("beats." + shown_file(*reports[o].scenario), "p", *x.p_beats[o]);
    }
  }
  return out;
}

// Return the histogram of net as one row per bin, with a rule at zero.
std::string histogram_text(const SimResult& x, const TableStyle& style)
{
  double top = 0;
  for (const HistogramBin& b : x.histogram)
    top = std::max(top, b.share);
  std::size_t width = 0;
  for (const HistogramBin& b : x.histogram)
    width = std::max({width, fixed(b.from, 3).size(), fixed(b.to, 3).size()});
  std::string out;
  bool zero_drawn = false;
  for (std::size_t i = 0; i < x.histogram.size(); ++i) {
    const HistogramBin& b = x.histogram[i];
    if (!zero_drawn && b.from >= 0 && i > 0)
      out += fmt::format("    {:>{}}    {}\n", "", 2 * width,
                         style.unicode ? "┄┄┄┄┄┄ net = 0 ┄┄┄┄┄┄" : "------ net = 0 ------");
    zero_drawn = zero_drawn || b.from >= 0;
    const std::string bar = share_bar(b.share, top, 30, style.unicode);
    out += fmt::format("    {:>{}} .. {:>{}}  {:>6}{}{}\n", fixed(b.from, 3), width, fixed(b.to, 3),
                       width, pct(b.share), bar.empty() ? "" : "  ", bar);
  }
  return out;
}

} // namespace

TextTable paired_table(const std::vector<SimReport>& reports)
{
  TextTable t;
  t.header = {"#", "scenario", "file", "perspective", "beliefs", "P(first)"};
  t.align = {Align::right, Align::left, Align::left, Align::left, Align::left, Align::right};
  for (std::size_t k = 0; k < reports.size(); ++k) {
    t.header.push_back(fmt::format("beats #{}", k + 1));
    t.align.push_back(Align::right);
  }
  for (std::size_t k = 0; k < reports.size(); ++k) {
    const SimResult& x = *reports[k].result;
    std::vector<std::string> row = {std::to_string(k + 1),
                                    reports[k].scenario->name,
                                    shown_file(*reports[k].scenario),
                                    reports[k].perspective_id(),
                                    reports[k].scenario->model->belief,
                                    x.p_first ? fixed(*x.p_first, 3) : "-"};
    for (std::size_t o = 0; o < reports.size(); ++o)
      row.push_back(o < x.p_beats.size() && x.p_beats[o] ? fixed(*x.p_beats[o], 3) : "-");
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::string pairs_table(const std::vector<SimReport>& reports, const TableStyle& style,
                        bool markdown)
{
  const std::string title = "Paired comparison: the same draws for every scenario";
  std::string out = markdown ? "\n## " + title + "\n\n" : "\n" + paint(title, k_bold, style) + "\n";
  return out + render_table(paired_table(reports), style, markdown);
}

namespace {

// " (shard K/N: samples A to B of T)", or what a shard owns when it owns none; "" for a whole run.
std::string shard_text(const Simulation& sim)
{
  if (sim.shard_count == 0)
    return "";
  if (sim.samples == 0)
    return fmt::format(" (shard {}/{}: none of the run's {})", sim.shard_index, sim.shard_count,
                       sim.requested);
  const std::uint64_t first = sim.first_chunk * k_block * k_chunk_blocks;
  return fmt::format(" (shard {}/{}: samples {} to {} of the run's {})", sim.shard_index,
                     sim.shard_count, first + 1, first + sim.samples, sim.requested);
}

std::string render_report(const Simulation& sim, const std::vector<SimReport>& reports,
                          const TableStyle& style, bool markdown, const InReadings& in = {})
{
  std::string out;
  for (const SimReport& r : reports) {
    const SimResult& x = *r.result;
    if (!out.empty())
      out += "\n";
    out += section_heading(
        *r.scenario, r.perspective, style, markdown,
        fmt::format("\n{}{} samples{}{}, seed {}; {} uncertain input{}", markdown ? "\n" : "",
                    sim.samples,
                    sim.interrupted ? fmt::format(" (INTERRUPTED: {} asked)", sim.requested) : "",
                    shard_text(sim), sim.seed, x.drivers.size(), x.drivers.size() == 1 ? "" : "s"));
    if (sim.shard_count > 0) {
      // a shard's figures are of two bases; one that owns no sample has only the detail's
      out += fit_items(
          sim.samples == 0
              ? fmt::format("{}This shard draws only the run's first {} samples, which every "
                            "shard reports alike; its JSON is for relief merge.\n",
                            markdown ? "" : "  ", std::min(sim.requested, k_detail_samples))
              : fmt::format("{}Means, standard deviations, shares and the percentiles of net are "
                            "of this shard's samples; the other percentiles, the histogram and the "
                            "drivers of the run's first {}, alike in every shard. relief merge "
                            "of the shards' JSON gives the run's figures.\n",
                            markdown ? "" : "  ", std::min(sim.requested, k_detail_samples)),
          style);
      if (sim.samples == 0)
        continue;
      out += "\n";
    }
    std::vector<Named> rows;
    for (std::size_t c = 0; c < x.criteria.size(); ++c)
      rows.push_back({criterion_id(r, c), &x.criteria[c]});
    rows.push_back({"benefits", &x.benefits});
    rows.push_back({"costs", &x.costs});
    rows.push_back({"net", &x.net});
    TextTable t = text_table(named_summary_columns(), rows);
    t.header.front() = "";
    t.rules_before.push_back(x.criteria.size());
    out += render_table(t, style, markdown) + "\n";

    const std::string pm = markdown || !style.unicode ? "+-" : "±";
    out += fmt::format("{}P(net > 0) = {} {} {}\n", markdown ? "- " : "  ",
                       fixed(x.p_net_positive, 4), pm, fixed(x.p_net_positive_se, 4));
    for (std::size_t v = 0; v < 3; ++v)
      out += fmt::format("{}{:<18} {} {} {}\n", markdown ? "- " : "  ",
                         fmt::format("{}:", verdict_name(Verdict(v))), fixed(x.verdicts[v], 4), pm,
                         fixed(x.verdicts_se[v], 4));
    if (x.p_accept)
      out += fit_items(fmt::format("{}P(the regime accepts) = {} {} {}; mean worth to the EU {} "
                                   "(net when it accepts, 0 when it refuses)\n",
                                   markdown ? "- " : "  ", fixed(*x.p_accept, 4), pm,
                                   fixed(*x.p_accept_se, 4), fixed(x.worth_mean, 3)),
                       style);
    out += fit_items(fmt::format("{}EVPI {} points of net: the worth of knowing every input for "
                                 "certain to 'engage or not'\n",
                                 markdown ? "\n" : "  ", points(x.evpi)),
                     style);
    if (const SimIn* reading = in.at(static_cast<std::size_t>(&r - reports.data()))) {
      const Model& m = *r.scenario->model;
      out += fit_items(fmt::format("{}{}\n", markdown ? "\n" : "  ",
                                   equivalent_text(fmt::format("mean net {}", fixed(x.net.mean, 3)),
                                                   m, in.ask, reading->net)),
                       style);
      out += fit_items(fmt::format("{}{}\n", markdown ? "\n" : "  ",
                                   equivalent_text(fmt::format("EVPI {}", points(x.evpi)), m,
                                                   in.ask, reading->evpi)),
                       style);
      if (!reading->evppi_path.empty())
        out += fit_items(fmt::format("{}{}\n", markdown ? "\n" : "  ",
                                     equivalent_text(fmt::format("the largest EVPPI, of {}, {}",
                                                                 reading->evppi_path,
                                                                 points(reading->evppi_points)),
                                                     m, in.ask, reading->evppi)),
                         style);
    }
    if (x.p_first)
      out += fmt::format("{}P(ranks first) = {}\n", markdown ? "\n" : "  ", fixed(*x.p_first, 4));

    if (markdown) {
      TextTable h;
      h.header = {"net from", "net to", "share"};
      h.align = {Align::right, Align::right, Align::right};
      for (const HistogramBin& b : x.histogram)
        h.rows.push_back({fixed(b.from, 3), fixed(b.to, 3), pct(b.share)});
      out += "\n### Histogram of net\n\n" + render_markdown(h);
    } else
      out += "\n  " + paint("net: histogram (share of samples)", k_bold, style) + "\n" +
             histogram_text(x, style);

    if (x.drivers.empty())
      continue;
    const std::size_t shown =
        markdown ? x.drivers.size() : std::min(k_top_drivers, x.drivers.size());
    const std::string title =
        shown < x.drivers.size()
            ? fmt::format("Drivers of net: top {} of {} (all in -f csv or json)", shown,
                          x.drivers.size())
            : "Drivers of net";
    out += markdown ? "\n### " + title + "\n\n" : "\n  " + paint(title, k_bold, style) + "\n";
    out += render_table(text_table(driver_columns(), std::span(x.drivers).first(shown)), style,
                        markdown);
  }
  if (reports.size() > 1 && reports.front().result->p_first)
    out += pairs_table(reports, style, markdown);
  return out;
}

} // namespace

Json summary_json(const Summary& s)
{
  return json_row(summary_columns(), s);
}

std::string pct(double share)
{
  if (share > 0 && share < 0.0005)
    return "<0.1%";
  return fmt::format("{:.1f}%", share * 100);
}

std::string render_simulation(const Simulation& sim, const std::vector<SimReport>& reports,
                              OutputFormat format, const TableStyle& style, std::string_view in_ask,
                              const std::vector<SimIn>& in)
{
  const InReadings readings{in_ask, &in};
  if (sim.samples == 0 && sim.interrupted) { // before the first block was done: nothing to say
    std::vector<SimReport> none;
    if (format == OutputFormat::json || format == OutputFormat::csv)
      return format == OutputFormat::json ? render_json(sim, none) : render_csv(sim, none);
    return fmt::format("No sample was drawn before the interruption (seed {}).\n", sim.seed);
  }
  switch (format) {
  case OutputFormat::json:
    return render_json(sim, reports, readings);
  case OutputFormat::csv:
    return render_csv(sim, reports);
  case OutputFormat::markdown:
    return render_report(sim, reports, style, true, readings);
  default:
    return render_report(sim, reports, style, false, readings);
  }
}

} // namespace relief
