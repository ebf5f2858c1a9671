#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

std::string side(const Crossing& c)
{
  return c.benefits_above ? "above" : "below";
}

// A crossing of +-margin: where the verdict changes, and to what on each side.
Json verdict_json(const Crossing& c)
{
  auto [below, above] = verdicts_around(c);
  return Json{{"value", c.value},
              {"net", c.net},
              {"level", c.level},
              {"verdict_below", verdict_name(below)},
              {"verdict_above", verdict_name(above)}};
}

// The last whole unit below a crossing and the first above it (both the crossing itself when it
// is a whole number).
std::pair<long long, long long> whole_units_around(double value)
{
  return {static_cast<long long>(std::floor(value)), static_cast<long long>(std::ceil(value))};
}

// The sentence for a crossing of +-margin.
std::string verdict_text(const Crossing& c, const Breakeven& b, const std::string& value)
{
  auto [below, above] = verdicts_around(c);
  if (b.counted) {
    const auto [last, first] = whole_units_around(c.value);
    return fmt::format("the verdict changes at {} = {} (net {}{}): {} up to {} {}, {} from {}",
                       b.path, value, c.level > 0 ? "+" : "", exact(c.level), verdict_name(below),
                       last, *b.counted, verdict_name(above), first);
  }
  return fmt::format("the verdict changes at {} = {} (net {}{}): {} below, {} above", b.path,
                     value, c.level > 0 ? "+" : "", exact(c.level), verdict_name(below),
                     verdict_name(above));
}

// The sentence for a crossing of zero.
std::string zero_text(const Crossing& c, const Breakeven& b, const std::string& value)
{
  if (b.counted) {
    const auto [last, first] = whole_units_around(c.value);
    return c.benefits_above
               ? fmt::format("benefits outweigh costs for at least {} {} (net crosses zero at {} "
                             "= {})",
                             first, *b.counted, b.path, value)
               : fmt::format("benefits outweigh costs for at most {} {} (net crosses zero at {} "
                             "= {})",
                             last, *b.counted, b.path, value);
  }
  return fmt::format("net crosses zero at {} = {}: benefits outweigh costs {} it", b.path, value,
                     side(c));
}

// Return the sentences of one break-even report, one per line.
std::string breakeven_lines(const Answer<Breakeven>& r, const TableStyle& style, bool markdown)
{
  const Breakeven& b = r.result;
  std::string out;
  std::string bullet = markdown ? "- " : "  ";
  if (b.waiting) {
    const std::string_view m = timing_name(*b.waiting);
    out += fmt::format("{}{} varies over [{}, {}] (now {}); waiting for {} is worth {} against "
                       "engaging now at {} and {} at {} (expected nets: arrives x net)\n",
                       bullet, b.path, readable(b.from), readable(b.to), readable(b.current), m,
                       fixed(b.net_from, 3), readable(b.from), fixed(b.net_to, 3), readable(b.to));
    if (b.crossings.empty())
      out += fmt::format(
          "{}no tie in [{}, {}]{}\n", bullet, exact(b.from), exact(b.to),
          b.net_from > 0 && b.net_to > 0   ? fmt::format(": waiting for {} is better throughout", m)
          : b.net_from < 0 && b.net_to < 0 ? std::string(": engaging now is better throughout")
                                           : std::string());
    for (const Crossing& c : b.crossings)
      out +=
          fmt::format("{}waiting for {} ties with engaging now at {} = {}: waiting is "
                      "better {} it\n",
                      bullet, m, b.path, paint(fmt::format("{:.6g}", c.value), 1, style), side(c));
    out += means_note(b.uncertain_inputs, style, markdown);
    return out;
  }
  if (b.probability) {
    const double level = b.probability->level;
    out += fmt::format("{}{} varies over [{}, {}] (now {}); P(net > 0) is {} at {} and {} at "
                       "{} ({} samples at each value, seed {})\n",
                       bullet, b.path, readable(b.from), readable(b.to), readable(b.current),
                       fixed(b.net_from, 3), exact(b.from), fixed(b.net_to, 3), exact(b.to),
                       b.probability->samples, b.probability->seed);
    if (b.crossings.empty())
      out += fmt::format("{}P(net > 0) does not cross {} in [{}, {}]{}\n", bullet, exact(level),
                         exact(b.from), exact(b.to),
                         b.net_from > level && b.net_to > level   ? ": above it throughout"
                         : b.net_from < level && b.net_to < level ? ": below it throughout"
                                                                  : "");
    for (const Crossing& c : b.crossings)
      out += fmt::format("{}P(net > 0) crosses {} at {} = {}: it exceeds {} {} that value\n",
                         bullet, exact(level), b.path,
                         paint(fmt::format("{:.6g}", c.value), 1, style), exact(level), side(c));
    return out;
  }
  out += fmt::format("{}{} varies over [{}, {}] (now {}); net is {} at {} and {} at {}\n", bullet,
                     b.path, readable(b.from), readable(b.to), readable(b.current),
                     fixed(b.net_from, 3), readable(b.from), fixed(b.net_to, 3), readable(b.to));
  auto at_level = [&](bool zero) {
    return std::any_of(b.crossings.begin(), b.crossings.end(),
                       [&](const Crossing& c) { return (c.level == 0) == zero; });
  };
  if (!at_level(true)) {
    std::string_view throughout = b.net_from > 0 && b.net_to > 0   ? ": net stays positive"
                                  : b.net_from < 0 && b.net_to < 0 ? ": net stays negative"
                                                                   : "";
    out += fmt::format("{}net does not cross zero in [{}, {}]{}\n", bullet, exact(b.from),
                       exact(b.to), throughout);
  }
  if (!at_level(false)) {
    const Verdict v = verdict_of(b.net_from, r.scenario->model->margin.mean);
    out += fmt::format("{}the verdict is {} throughout\n", bullet, verdict_name(v));
  }
  for (const Crossing& c : b.crossings) {
    const std::string value = paint(fmt::format("{:.6g}", c.value), 1, style);
    out += bullet + (c.level == 0 ? zero_text(c, b, value) : verdict_text(c, b, value)) + "\n";
  }
  out += means_note(b.uncertain_inputs, style, markdown);
  return out;
}

} // namespace

std::string render_breakeven(const std::vector<Answer<Breakeven>>& reports, OutputFormat format,
                             const TableStyle& style)
{
  const bool probability = !reports.empty() && reports.front().result.probability.has_value();
  const bool waiting = !reports.empty() && reports.front().result.waiting.has_value();
  if (format == OutputFormat::csv) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : reports) {
      const Breakeven& b = r.result;
      std::vector<std::string> head = {r.scenario->name,
                                       shown_file(*r.scenario),
                                       r.scenario->model->perspectives[r.perspective].id,
                                       b.path,
                                       exact(b.from),
                                       exact(b.to),
                                       exact(b.current)};
      if (b.waiting)
        head.push_back(std::string(timing_name(*b.waiting)));
      if (b.probability)
        head.insert(head.end(),
                    {exact(b.probability->level), std::to_string(b.probability->samples),
                     std::to_string(b.probability->seed)});
      std::vector<std::string> tail = {exact(b.net_from), exact(b.net_to)};
      const bool net_target = !b.waiting && !b.probability; // with verdict changes
      if (b.crossings.empty()) {
        auto row = head;
        row.insert(row.end(), {"", "", ""});
        if (net_target)
          row.insert(row.end(), {"", "", ""});
        row.insert(row.end(), tail.begin(), tail.end());
        rows.push_back(std::move(row));
      }
      for (const Crossing& c : b.crossings) {
        auto row = head;
        row.insert(row.end(), {exact(c.value), exact(c.net), c.level == 0 ? side(c) : ""});
        if (net_target) {
          row.push_back(exact(c.level));
          if (c.level == 0)
            row.insert(row.end(), {"", ""});
          else {
            auto [below, above] = verdicts_around(c);
            row.insert(row.end(),
                       {std::string(verdict_name(below)), std::string(verdict_name(above))});
          }
        }
        row.insert(row.end(), tail.begin(), tail.end());
        rows.push_back(std::move(row));
      }
    }
    if (waiting)
      return csv_table({"scenario", "file", "perspective", "path", "from", "to", "current",
                        "waiting_for", "crossing", "difference_at_crossing", "waiting_wins",
                        "difference_from", "difference_to"},
                       rows);
    if (probability)
      return csv_table({"scenario", "file", "perspective", "path", "from", "to", "current", "level",
                        "samples", "seed", "crossing", "p_at_crossing", "exceeds_level", "p_from",
                        "p_to"},
                       rows);
    return csv_table({"scenario", "file", "perspective", "path", "from", "to", "current",
                      "crossing", "net_at_crossing", "benefits_outweigh", "level", "verdict_below",
                      "verdict_above", "net_from", "net_to"},
                     rows);
  }
  if (format == OutputFormat::json) {
    Json j = json_document("breakeven");
    j["results"] = Json::array();
    for (const auto& r : reports) {
      const Breakeven& b = r.result;
      Json one = json_report(*r.scenario, r.perspective);
      one["path"] = b.path;
      one["current"] = b.current;
      one["from"] = b.from;
      one["to"] = b.to;
      one["tolerance"] = b.tolerance;
      if (b.waiting) {
        one["target"] = "timing";
        one["waiting_for"] = timing_name(*b.waiting);
        one["difference_from"] = b.net_from;
        one["difference_to"] = b.net_to;
      } else if (b.probability) {
        one["target"] = "probability";
        one["level"] = b.probability->level;
        one["samples"] = b.probability->samples;
        one["seed"] = b.probability->seed;
        one["p_from"] = b.net_from;
        one["p_to"] = b.net_to;
      } else {
        one["net_from"] = b.net_from;
        one["net_to"] = b.net_to;
      }
      one["crossings"] = Json::array();
      for (const Crossing& c : b.crossings)
        one["crossings"].push_back(
            b.waiting ? Json{{"value", c.value}, {"difference", c.net}, {"waiting_wins", side(c)}}
            : b.probability ? Json{{"value", c.value}, {"p", c.net}, {"exceeds_level", side(c)}}
            : c.level == 0
                ? Json{{"value", c.value}, {"net", c.net}, {"benefits_outweigh", side(c)}}
                : verdict_json(c));
      j["results"].push_back(std::move(one));
    }
    return dump(j);
  }
  bool markdown = format == OutputFormat::markdown;
  std::string out;
  for (const auto& r : reports) {
    if (!out.empty())
      out += "\n";
    out += section_heading(*r.scenario, r.perspective, style, markdown);
    out += fit_items(breakeven_lines(r, style, markdown), style);
  }
  return out;
}

} // namespace relief
