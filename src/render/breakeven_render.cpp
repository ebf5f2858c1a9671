#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/columns.hpp"

namespace relief {
namespace {

std::string side(const Crossing& c)
{
  return c.benefits_above ? "above" : "below";
}

// What a break-even's numbers are: net, P(net > 0), or waiting's expected net minus now's.
enum class Target { net, probability, timing };

Target target_of(const Breakeven& b)
{
  return b.waiting ? Target::timing : b.probability ? Target::probability : Target::net;
}

std::string_view target_name(Target t)
{
  return t == Target::timing ? "timing" : t == Target::probability ? "probability" : "net";
}

// One crossing of a break-even; none in the CSV row of a break-even that has none.
struct Cross {
  const Breakeven* b;
  const Crossing* c;
};

// A break-even's columns: the answer's before its crossings' (in CSV), each crossing's, and the
// answer's after them.
struct BreakevenColumns {
  Columns<Breakeven> head;
  Columns<Cross> crossing;
  Columns<Breakeven> tail;
};

Field of_crossing(const Cross& x, Field (*f)(const Crossing&))
{
  return x.c ? f(*x.c) : Field{nullptr, ""};
}

// The number a target crosses at a crossing (net, P(net > 0), or the difference), under its key in
// a crossing's JSON and its name in CSV.
Column<Cross> crossed(std::string_view key, const char* csv_key)
{
  return {
      key,
      "",
      [](const Cross& x) { return of_crossing(x, [](const Crossing& c) { return plain(c.net); }); },
      Align::right,
      Fit::keep,
      Where::both,
      csv_key};
}

// On which side of a crossing the target holds ("above" or "below").
Column<Cross> side_of(std::string_view key)
{
  return {key, "", [](const Cross& x) { return x.c ? text(side(*x.c)) : Field{nullptr, ""}; }};
}

// The target's values at the two ends of the range, under the target's keys.
Columns<Breakeven> ends(std::string_view from, std::string_view to)
{
  return {{from, "", [](const Breakeven& b) { return plain(b.net_from); }},
          {to, "", [](const Breakeven& b) { return plain(b.net_to); }}};
}

const BreakevenColumns& columns_of(Target target)
{
  using B = const Breakeven&;
  using X = const Cross&;
  const auto value = Column<Cross>{
      "value",
      "",
      [](X x) { return of_crossing(x, [](const Crossing& c) { return plain(c.value); }); },
      Align::right,
      Fit::keep,
      Where::both,
      "crossing"};
  const Columns<Breakeven> head = {
      {"path", "", [](B b) { return text(b.path); }},
      {"from", "", [](B b) { return plain(b.from); }},
      {"to", "", [](B b) { return plain(b.to); }},
      {"current", "", [](B b) { return plain(b.current); }},
      {"tolerance", "", [](B b) { return plain(b.tolerance); }},
      {"target", "", [](B b) { return text(target_name(target_of(b))); }},
  };
  auto with = [&](Columns<Breakeven> more) {
    Columns<Breakeven> all = head;
    all.insert(all.end(), more.begin(), more.end());
    return all;
  };
  static const BreakevenColumns net = {
      head,
      {value,
       crossed("net", "net_at_crossing"),
       {"benefits_outweigh", "",
        [](X x) {
          return x.c && x.c->level == 0 ? text(side(*x.c)) : Field{nullptr, ""};
        }},
       {"level", "",
        [](X x) { return of_crossing(x, [](const Crossing& c) { return plain(c.level); }); }},
       {"verdict_below", "",
        [](X x) {
          return x.c && x.c->level != 0 ? text(verdict_name(verdicts_around(*x.c).first))
                                        : Field{nullptr, ""};
        }},
       {"verdict_above", "",
        [](X x) {
          return x.c && x.c->level != 0 ? text(verdict_name(verdicts_around(*x.c).second))
                                        : Field{nullptr, ""};
        }}},
      ends("net_from", "net_to"),
  };
  static const BreakevenColumns waiting = {
      with({{"waiting_for", "", [](B b) { return text(timing_name(*b.waiting)); }}}),
      {value, crossed("difference", "difference_at_crossing"), side_of("waiting_wins")},
      ends("difference_from", "difference_to"),
  };
  static const BreakevenColumns probability = {
      with({{"level", "", [](B b) { return plain(b.probability->level); }},
            {"samples", "",
             [](B b) { return count(static_cast<long long>(b.probability->samples)); }},
            {"seed", "", [](B b) { return count(static_cast<long long>(b.probability->seed)); }}}),
      {value, crossed("p", "p_at_crossing"), side_of("exceeds_level")},
      ends("p_from", "p_to"),
  };
  return target == Target::timing ? waiting : target == Target::probability ? probability : net;
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
  return fmt::format("the verdict changes at {} = {} (net {}{}): {} below, {} above", b.path, value,
                     c.level > 0 ? "+" : "", exact(c.level), verdict_name(below),
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
      out += fmt::format("{}waiting for {} ties with engaging now at {} = {}: waiting is "
                         "better {} it\n",
                         bullet, m, b.path, paint(fmt::format("{:.6g}", c.value), k_bold, style),
                         side(c));
    out += means_note(b.uncertain_inputs, b.uncertain_model_inputs, style, markdown);
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
      out += fmt::format(
          "{}P(net > 0) crosses {} at {} = {}: it exceeds {} {} that value\n", bullet, exact(level),
          b.path, paint(fmt::format("{:.6g}", c.value), k_bold, style), exact(level), side(c));
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
    const std::string value = paint(fmt::format("{:.6g}", c.value), k_bold, style);
    out += bullet + (c.level == 0 ? zero_text(c, b, value) : verdict_text(c, b, value)) + "\n";
  }
  out += means_note(b.uncertain_inputs, b.uncertain_model_inputs, style, markdown);
  return out;
}

} // namespace

std::string render_breakeven(const std::vector<Answer<Breakeven>>& reports, OutputFormat format,
                             const TableStyle& style)
{
  const Target target = reports.empty() ? Target::net : target_of(reports.front().result);
  const auto& [head, crossing, tail] = columns_of(target);
  if (format == OutputFormat::csv) {
    CaseCsv csv({keys_of(head), keys_of(crossing), keys_of(tail)});
    std::string out = csv.header();
    for (const auto& r : reports) {
      const Breakeven& b = r.result;
      std::vector<Cross> rows;
      for (const Crossing& c : b.crossings)
        rows.push_back({&b, &c});
      if (rows.empty())
        rows.push_back({&b, nullptr}); // a row that says there is none
      for (const Cross& x : rows)
        out += csv.start(r).add(head, b).add(crossing, x).add(tail, b).end();
    }
    return out;
  }
  if (format == OutputFormat::json) {
    JsonResultsWriter json(json_document("breakeven"));
    std::string out;
    for (const auto& r : reports) {
      const Breakeven& b = r.result;
      Json one = json_row(tail, b, json_row(head, b, json_row(case_columns(), r)));
      one["crossings"] = Json::array();
      for (const Crossing& c : b.crossings)
        one["crossings"].push_back(json_row(crossing, Cross{&b, &c}));
      out += json.add(one);
    }
    return out + json.finish();
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
