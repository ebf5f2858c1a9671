// relief bargain: the zone of possible agreement, described once for the table, CSV and JSON.
#include <cmath>
#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/columns.hpp"

namespace relief {
namespace {

struct Row {
  const Bargain* b;
  const BargainMoment* m;
  const BargainDraws* d; // with -n
};

// Return a set of intervals as people read it: "12.3 to 1150", "none", "0 to 4, 9 to 12".
std::string intervals_text(const std::vector<Interval>& set)
{
  if (set.empty())
    return "none";
  std::string out;
  for (const Interval& i : set)
    out += fmt::format("{}{} to {}", out.empty() ? "" : ", ", readable(i.from), readable(i.to));
  return out;
}

Json intervals_json(const std::vector<Interval>& set)
{
  Json j = Json::array();
  for (const Interval& i : set)
    j.push_back({{"from", i.from}, {"to", i.to}});
  return j;
}

// The hull's end of a set for CSV (none when the set is empty).
std::optional<double> lowest(const std::vector<Interval>& set)
{
  return set.empty() ? std::nullopt : std::optional<double>(set.front().from);
}
std::optional<double> highest(const std::vector<Interval>& set)
{
  return set.empty() ? std::nullopt : std::optional<double>(set.back().to);
}

// Append the three columns of a set of intervals: the intervals in tables and JSON (key), the
// ends of their hull in CSV (from_key, to_key).
void add_set(Columns<Row>& c, std::string_view key, std::string_view heading,
             std::string_view from_key, std::string_view to_key,
             std::vector<Interval> BargainMoment::*set)
{
  c.push_back({key, heading,
               [set](const Row& r) {
                 return Field{intervals_json(r.m->*set), intervals_text(r.m->*set)};
               },
               Align::left, Fit::wrap, Where::json});
  c.push_back({from_key, "", [set](const Row& r) { return maybe(lowest(r.m->*set), 6, ""); },
               Align::right, Fit::keep, Where::csv});
  c.push_back({to_key, "", [set](const Row& r) { return maybe(highest(r.m->*set), 6, ""); },
               Align::right, Fit::keep, Where::csv});
}

const Columns<Row>& bargain_columns()
{
  using R = const Row&;
  static const Columns<Row> columns = [] {
    Columns<Row> c = {
        {"timing", "timing", [](R r) { return text(k_timing_names[std::size_t(r.m->timing)]); },
         Align::left, Fit::wrap},
        {"path", "", [](R r) { return text(r.b->path); }},
        {"from", "", [](R r) { return plain(r.b->from); }},
        {"to", "", [](R r) { return plain(r.b->to); }},
        {"current", "", [](R r) { return plain(r.b->current); }},
        {"margin", "", [](R r) { return plain(r.b->margin); }},
    };
    // (the line above the table says what gaining and accepting are: net >= margin, U >= 0)
    add_set(c, "eu", "EU gains", "eu_from", "eu_to", &BargainMoment::eu);
    add_set(c, "regime", "regime accepts", "regime_from", "regime_to", &BargainMoment::regime);
    add_set(c, "zone", "zone", "zone_from", "zone_to", &BargainMoment::zone);
    c.insert(c.end(),
             {
                 {"zone_intervals", "",
                  [](R r) { return count(static_cast<long long>(r.m->zone.size())); }, Align::right,
                  Fit::keep, Where::csv},
                 {"nash", "Nash point",
                  [](R r) {
                    return r.m->nash ? Field{r.m->nash->value, readable(r.m->nash->value)}
                                     : Field{nullptr, "none"};
                  }},
                 {"nash_net", "net",
                  [](R r) {
                    return maybe(r.m->nash ? std::optional(r.m->nash->net) : std::nullopt, 3);
                  }},
                 {"nash_surplus", "U",
                  [](R r) {
                    return maybe(r.m->nash ? std::optional(r.m->nash->surplus) : std::nullopt, 3);
                  }},
                 // with -n: the share of draws with a zone (empty without -n)
                 {"p_zone", "P(zone)",
                  [](R r) {
                    return r.d ? Field{r.d->p_zone, fixed(r.d->p_zone, 3)} : Field{nullptr, ""};
                  }},
                 {"p_zone_se", "",
                  [](R r) {
                    return r.d ? Field{r.d->p_zone_se, ""} : Field{nullptr, ""};
                  }},
             });
    return c;
  }();
  return columns;
}

std::vector<Row> rows_of(const Answer<Bargain>& a)
{
  std::vector<Row> rows;
  for (std::size_t i = 0; i < a.result.moments.size(); ++i)
    rows.push_back({&a.result, &a.result.moments[i],
                    i < a.result.moment_draws.size() ? &a.result.moment_draws[i] : nullptr});
  return rows;
}

// The sentence under the table for one moment.
std::string zone_sentence(const Bargain& b, const BargainMoment& m)
{
  const std::string_view at = k_timing_names[static_cast<std::size_t>(m.timing)];
  const std::string unit = b.counted ? " " + *b.counted : "";
  // people are counted whole: a lower end rounds up, an upper end down, a point to the nearest
  auto up = [&](double v) { return b.counted ? readable(std::ceil(v - 1e-9)) : readable(v); };
  auto down = [&](double v) { return b.counted ? readable(std::floor(v + 1e-9)) : readable(v); };
  auto near = [&](double v) { return b.counted ? readable(std::round(v)) : readable(v); };
  if (!m.zone.empty()) {
    std::string zone;
    for (const Interval& i : m.zone)
      zone += fmt::format("{}{} to {}", zone.empty() ? "" : ", ", up(i.from), down(i.to));
    std::string out = fmt::format("at {}: the EU and the regime can agree for {} from {}{}", at,
                                  b.path, zone, unit);
    if (m.nash) {
      // at an end of its interval, net x U only falls into the zone from there: say so, or the
      // point reads as a compromise between the two sides' ends
      std::string end;
      const std::string_view of = m.zone.size() == 1 ? "the zone" : "an interval of the zone";
      for (const Interval& i : m.zone)
        if (i.from < i.to && (m.nash->value == i.from || m.nash->value == i.to))
          end = fmt::format(", {}'s {} end", of, m.nash->value == i.from ? "lower" : "upper");
      out +=
          fmt::format("; the Nash bargaining point is {}{}{} (net {}, U {})", near(m.nash->value),
                      unit, end, fixed(m.nash->net, 3), fixed(m.nash->surplus, 3));
    } else {
      out += "; no Nash bargaining point: net x U is 0 throughout the zone, one side gaining "
             "nothing over no deal";
    }
    return out;
  }
  // the common case of a deliverable: the EU needs at least a, the regime gives at most b
  if (m.eu.size() == 1 && m.regime.size() == 1 && m.eu.front().to == b.to &&
      m.regime.front().from == b.from)
    return fmt::format("at {}: no zone: the EU needs at least {}{} and the regime gives at most "
                       "{}{}",
                       at, up(m.eu.front().from), unit, down(m.regime.front().to), unit);
  if (m.eu.empty())
    return fmt::format("at {}: no zone: the EU does not gain anywhere in [{}, {}]", at,
                       readable(b.from), readable(b.to));
  if (m.regime.empty())
    return fmt::format("at {}: no zone: the regime accepts nowhere in [{}, {}]", at,
                       readable(b.from), readable(b.to));
  return fmt::format("at {}: no zone: where the EU gains, the regime refuses", at);
}

} // namespace

std::string render_bargain(const std::vector<Answer<Bargain>>& reports, OutputFormat format,
                           const TableStyle& style)
{
  auto json_of = [](const Answer<Bargain>& r, Json& one) {
    one["moments"] = Json::array();
    for (const Row& row : rows_of(r)) {
      Json m = json_row(bargain_columns(), row);
      if (row.d)
        m["draws"] = {
            {"samples", row.d->samples},
            {"seed", row.d->seed},
            {"share_eu", row.d->share_eu},
            {"share_regime", row.d->share_regime},
            {"eu_min",
             {{"p5", row.d->eu_min[0]}, {"p50", row.d->eu_min[1]}, {"p95", row.d->eu_min[2]}}},
            {"regime_max",
             {{"p5", row.d->regime_max[0]},
              {"p50", row.d->regime_max[1]},
              {"p95", row.d->regime_max[2]}}}};
      one["moments"].push_back(std::move(m));
    }
  };
  auto text_of = [&style](const Answer<Bargain>& r, bool markdown) {
    const Bargain& b = r.result;
    std::string out =
        fit_items(fmt::format("{}{} varies over [{}, {}] (now {}); the EU's minimum is net >= "
                              "{} (its margin), the regime's U >= 0\n",
                              markdown ? "- " : "  ", b.path, readable(b.from), readable(b.to),
                              readable(b.current), exact(b.margin)),
                  style);
    TextTable table = text_table(bargain_columns(), rows_of(r));
    if (r.result.moment_draws.empty()) // no -n: no P(zone)
      table = without_column(table, "P(zone)");
    out += (markdown ? "\n" : "") + render_table(table, style, markdown);
    std::string sentences;
    for (const Row& row : rows_of(r)) {
      sentences += (markdown ? "- " : "  ") + zone_sentence(b, *row.m) + "\n";
      if (const BargainDraws* d = row.d)
        sentences += fmt::format(
            "{}over {} draws (seed {}): a zone in {} +- {} of them; the EU's minimum {} (p5 {}, "
            "p95 {}; it gains somewhere in {}), the regime's maximum {} (p5 {}, p95 {}; it accepts "
            "somewhere in {})\n",
            markdown ? "- " : "  ", d->samples, d->seed, fixed(d->p_zone, 3),
            fixed(d->p_zone_se, 3), readable(d->eu_min[1]), readable(d->eu_min[0]),
            readable(d->eu_min[2]), fixed(d->share_eu, 3), readable(d->regime_max[1]),
            readable(d->regime_max[0]), readable(d->regime_max[2]), fixed(d->share_regime, 3));
    }
    return out + (markdown ? "\n" : "") + fit_items(sentences, style);
  };
  return render_cases<Bargain>(reports, format, style, "bargain", rows_of, bargain_columns(),
                               json_of, text_of);
}

} // namespace relief
