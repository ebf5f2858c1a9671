#include <array>
#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/chart.hpp"
#include "render/columns.hpp"

namespace relief {
namespace {

// One moment of a timing answer: the strategy of engaging then.
struct Moment {
  const TimingResult* r;
  std::size_t t;
  const Strategy& st() const { return r->at[t]; }
  const Evaluation& ev() const { return r->at[t].eval; }
};

std::vector<Moment> moments_of(const TimingResult& r)
{
  std::vector<Moment> out;
  for (std::size_t t = 0; t < k_timings; ++t)
    out.push_back({&r, t});
  return out;
}

std::vector<Moment> moments_of_answer(const Answer<TimingResult>& a)
{
  return moments_of(a.result);
}

// A value per class of criteria (once, flow, decays), flat in CSV under these keys; JSON nests the
// three under one key (by_class_json).
constexpr std::array<std::string_view, 3> k_benefits_by_class = {"benefits_once", "benefits_flow",
                                                                 "benefits_decays"};
constexpr std::array<std::string_view, 3> k_forgone_by_class = {"forgone_once", "forgone_flow",
                                                                "forgone_decays"};

// Append the three CSV columns of a value by class, with their table headings ("" for none).
template <class Row>
void add_by_class(Columns<Row>& columns, const std::array<std::string_view, 3>& keys,
                  const std::array<std::string_view, 3>& headings, const ByClass& (*of)(const Row&))
{
  for (std::size_t k = 0; k < 3; ++k)
    columns.push_back({keys[k], headings[k], [k, of](const Row& r) { return number(of(r)[k], 3); },
                       Align::right, Fit::keep, Where::csv});
}

const Columns<Moment>& moment_columns()
{
  using M = const Moment&;
  static const Columns<Moment> columns = [] {
    Columns<Moment> c = {
        {"timing", "timing", [](M m) { return text(k_timing_names[m.t]); }, Align::left, Fit::wrap,
         Where::csv},
        {"war", "", [](M m) { return text(war_name(m.ev().context.war)); }},
        {"lukashenka_in_power", "",
         [](M m) { return flag(m.ev().context.lukashenka_in_power, ""); }},
        {"delay_months", "delay", [](M m) { return figure(m.ev().context.delay_months); }},
        {"arrives", "arrives", [](M m) { return number(m.st().arrives, 2); }},
        {"benefits", "", [](M m) { return number(m.ev().benefits, 3); }},
        {"costs", "", [](M m) { return number(m.ev().costs, 3); }},
        {"net", "net", [](M m) { return number(m.ev().net, 3); }},
        {"ratio", "", [](M m) { return maybe(m.ev().ratio, 2); }},
        {"verdict", "verdict", [](M m) { return text(verdict_name(m.ev().verdict)); }, Align::left},
        {"regime_surplus", "U", [](M m) { return maybe(m.ev().regime_surplus, 3, "-"); }},
        {"acceptable", "regime",
         [](M m) {
           return Field{m.ev().acceptable, !m.ev().regime_surplus       ? "-"
                                           : !m.ev().acceptable         ? "REFUSES"
                                           : *m.ev().regime_surplus < 0 ? "own act"
                                                                        : "accepts"};
         },
         Align::left},
        {"worth", "", [](M m) { return number(m.ev().worth, 3); }},
        {"expected_net", "E", [](M m) { return number(m.st().expected, 3); }}};
    add_by_class<Moment>(c, k_benefits_by_class, {"", "", ""},
                         [](M m) -> const ByClass& { return m.st().benefits; });
    add_by_class<Moment>(c, k_forgone_by_class, {"", "", ""},
                         [](M m) -> const ByClass& { return m.st().forgone; });
    c.insert(c.end(),
             {{"saved", "", [](M m) { return number(m.st().saved, 3); }},
              {"tie_arrives", "", [](M m) { return maybe(m.st().tie_arrives, 2); }},
              {"best", "", [](M m) { return flag(static_cast<std::size_t>(m.r->best) == m.t, ""); },
               Align::left, Fit::keep, Where::csv}});
    return c;
  }();
  return columns;
}

// One delay of a sweep, with the timing it was swept at.
struct Point {
  const DelayPoint* p;
  Timing timing;
};

std::vector<Point> points_of(const Answer<std::vector<DelayPoint>>& a)
{
  std::vector<Point> points;
  for (const DelayPoint& p : a.result)
    points.push_back({&p, a.scenario->timing});
  return points;
}

const Columns<Point>& point_columns()
{
  using P = const Point&;
  static const Columns<Point> columns = [] {
    Columns<Point> c = {{"timing", "", [](P p) { return text(timing_name(p.timing)); }, Align::left,
                         Fit::keep, Where::csv},
                        {"war", "", [](P p) { return text(war_name(p.p->eval.context.war)); }},
                        {"lukashenka_in_power", "",
                         [](P p) { return flag(p.p->eval.context.lukashenka_in_power, ""); }},
                        {"delay_months", "delay", [](P p) { return figure(p.p->delay_months); }},
                        {"decay", "D(t)", [](P p) { return number(p.p->decay, 3); }},
                        {"flow", "F(t)", [](P p) { return number(p.p->flow, 3); }}};
    add_by_class<Point>(c, k_benefits_by_class, {"", "flows", "decaying"},
                        [](P p) -> const ByClass& { return p.p->benefits; });
    c.insert(c.end(), {{"benefits", "", [](P p) { return number(p.p->eval.benefits, 3); }},
                       {"costs", "costs", [](P p) { return number(p.p->eval.costs, 3); }},
                       {"net", "net", [](P p) { return number(p.p->eval.net, 3); }},
                       {"ratio", "", [](P p) { return maybe(p.p->eval.ratio, 2); }},
                       {"verdict", "verdict",
                        [](P p) { return text(verdict_name(p.p->eval.verdict)); }, Align::left}});
    return c;
  }();
  return columns;
}

// What waiting for a moment loses and saves against engaging now (tables only: CSV and JSON carry
// forgone and saved by class).
const Columns<Moment>& waiting_columns()
{
  using M = const Moment&;
  static const Columns<Moment> columns = {
      {"", "waiting for", [](M m) { return text(k_timing_names[m.t]); }, Align::left},
      {"", "lost: flow", [](M m) { return number(m.st().forgone[1], 3); }},
      {"", "decays", [](M m) { return number(m.st().forgone[2], 3); }},
      {"", "once", [](M m) { return number(m.st().forgone[0], 3); }},
      {"", "costs saved", [](M m) { return number(m.st().saved, 3); }},
      {"", "change", [](M m) { return number(m.st().expected - m.r->at[0].expected, 3); }},
  };
  return columns;
}

Json by_class_json(const ByClass& values)
{
  Json j = Json::object();
  for (std::size_t k = 0; k < 3; ++k)
    j[std::string(k_over_time_names[k])] = values[k];
  return j;
}

// "engage now", "wait for after-war"
std::string strategy_name(std::size_t t)
{
  return t == 0 ? "engage now" : fmt::format("wait for {}", k_timing_names[t]);
}

// "waiting for after-war"
std::string waiting_for(std::size_t t)
{
  return fmt::format("waiting for {}", k_timing_names[t]);
}

// Return what a timing's arrives is and who says so: "the model says 0.75", or, when the scenario's
// assumptions set it, "the scenario's assumptions say 0.56 (FILE:LINE:COL)".
std::string arrives_said(const Scenario& s, std::size_t t, double arrives)
{
  const SourcePos& pos = s.model->timings[t].arrives.pos;
  if (pos.file && pos.file != s.model->source) // written in the scenario (or a file it extends)
    return fmt::format("the scenario's assumptions say {} at {}", fixed(arrives, 2), pos.str());
  return fmt::format("the model says {}", fixed(arrives, 2));
}

// Return when waiting for a moment beats engaging now, as a sentence.
std::string tie_text(const Scenario& s, std::size_t t, const Strategy& st, const Strategy& now)
{
  const std::string who = waiting_for(t);
  if (st.tie_arrives) { // its net if it comes is positive: waiting wins above the tie
    const double tie = *st.tie_arrives;
    if (tie >= 1)
      return fmt::format("{} never beats engaging now: it would need a probability of {} ({})", who,
                         fixed(tie, 2), arrives_said(s, t, st.arrives));
    if (tie <= 0)
      return fmt::format("{} beats engaging now at any probability above 0: engaging now is "
                         "worth {}",
                         who, fixed(now.expected, 3));
    return fmt::format("{} beats engaging now if the moment comes with a probability above {} "
                       "({})",
                       who, fixed(tie, 2), arrives_said(s, t, st.arrives));
  }
  if (now.expected >= 0)
    return fmt::format("{} never beats engaging now: its net if the moment comes is not positive",
                       who);
  if (st.eval.net == 0) // worth 0 whether it comes or not, and engaging now loses
    return fmt::format("{} beats engaging now at any probability: it is worth 0, engaging now {}",
                       who, fixed(now.expected, 3));
  // both lose: waiting loses less the less likely the moment is
  const double below = now.expected / st.eval.net;
  if (below >= 1)
    return fmt::format("{} beats engaging now at any probability: both lose, and waiting loses "
                       "less",
                       who);
  return fmt::format("{} beats engaging now if the moment comes with a probability below {}: "
                     "both lose",
                     who, fixed(below, 2));
}

} // namespace

TextTable moments_table(const TimingResult& r, bool markdown)
{
  TextTable t = text_table(moment_columns(), moments_of(r));
  if (!markdown) {
    std::vector<std::pair<double, double>> spans;
    for (const Strategy& st : r.at)
      spans.emplace_back(std::min(st.expected, 0.0), std::max(st.expected, 0.0));
    add_bars(t, "chart of E", std::move(spans), 10);
  }
  return t;
}

std::string render_timing(const std::vector<Answer<TimingResult>>& reports, OutputFormat format,
                          const TableStyle& style)
{
  if (format == OutputFormat::csv)
    return csv_of(reports, moments_of_answer, moment_columns());
  if (format == OutputFormat::json) {
    JsonResultsWriter json(json_document("timing"));
    std::string out;
    for (const auto& r : reports) {
      Json one = json_row(case_columns(), r);
      Json timings = Json::object();
      for (const Moment& m : moments_of(r.result)) {
        Json e = json_row(moment_columns(), m);
        e["benefits_by_class"] = by_class_json(m.st().benefits);
        e["forgone"] = by_class_json(m.st().forgone);
        timings[std::string(k_timing_names[m.t])] = std::move(e);
      }
      one["timings"] = std::move(timings);
      one["best"] = timing_name(r.result.best);
      one["indistinguishable_from"] = Json::array();
      for (Timing t : r.result.indistinguishable)
        one["indistinguishable_from"].push_back(timing_name(t));
      one["margin"] = r.result.margin;
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
    const auto& at = r.result.at;
    const std::vector<Moment> moments = moments_of(r.result);
    out +=
        render_table(moments_table(r.result, markdown), style, markdown) + (markdown ? "\n" : "");
    if (!style.quiet)
      out += note(r.result.at[0].eval.regime_surplus
                      ? "net and verdict: if the moment comes; U: the regime's surplus (it "
                        "accepts when U >= 0); E: expected worth = arrives x net if it accepts, "
                        "0 if it refuses"
                      : "net and verdict: if the moment comes; E: expected net = arrives x net",
                  style, markdown);
    out += means_note(r.result.uncertain_inputs, r.result.uncertain_model_inputs, style, markdown);
    out += "\n";

    out +=
        render_table(text_table(waiting_columns(), std::vector(moments.begin() + 1, moments.end())),
                     style, markdown) +
        (markdown ? "\n" : "");
    if (!style.quiet)
      out += note("expected benefits lost and costs saved against engaging now; change: saved "
                  "minus lost",
                  style, markdown);

    const std::size_t best = static_cast<std::size_t>(r.result.best);
    const Strategy& b = at[best];
    const std::string name = strategy_name(best);
    std::string line =
        fmt::format("best strategy: {} (expected net {})", name, fixed(b.expected, 3));
    if (!r.result.indistinguishable.empty()) {
      std::string others;
      for (std::size_t i = 0; i < r.result.indistinguishable.size(); ++i) {
        const auto other = static_cast<std::size_t>(r.result.indistinguishable[i]);
        others += fmt::format("{}{} ({})", i == 0 ? "" : " and ", strategy_name(other),
                              fixed(at[other].expected, 3));
      }
      line += fmt::format("; within the margin ({}) of it: {}, so they cannot be told apart",
                          exact(r.result.margin), others);
    }
    // wrapped as plain text, then the strategy's name painted (unless a narrow line broke it)
    std::string best_note = note(line, style, markdown);
    if (const std::size_t at_name = best_note.find(name); at_name != std::string::npos)
      best_note.replace(at_name, name.size(), paint(name, verdict_color(b.eval.verdict), style));
    out += (markdown ? "\n" : "") + best_note;
    if (b.expected < -r.result.margin)
      out += note(fmt::format("no moment makes this package pay off: at its best it is worth {}, "
                              "less than not engaging (0)",
                              fixed(b.expected, 3)),
                  style, markdown);
    for (std::size_t i = 1; i < k_timings; ++i)
      out += note(tie_text(*r.scenario, i, at[i], at[0]), style, markdown);
    const Scenario& s = *r.scenario;
    if ((s.war || s.lukashenka_in_power || s.delay_months) && !style.quiet)
      out += note("(each timing uses its own context: the scenario's `context` overrides are set "
                  "aside)",
                  style, markdown);
  }
  return out;
}

std::string render_delay_sweep(const std::vector<Answer<std::vector<DelayPoint>>>& reports,
                               OutputFormat format, const TableStyle& style)
{
  if (format == OutputFormat::csv)
    return csv_of(reports, points_of, point_columns());
  if (format == OutputFormat::json) {
    JsonResultsWriter json(json_document("timing"));
    std::string out;
    for (const auto& r : reports) {
      Json one = json_row(case_columns(), r);
      one["timing"] = timing_name(r.scenario->timing);
      one["sweep"] = Json::array();
      for (const Point& p : points_of(r)) {
        Json e = json_row(point_columns(), p);
        e["benefits_by_class"] = by_class_json(p.p->benefits);
        one["sweep"].push_back(std::move(e));
      }
      out += json.add(one);
    }
    return out + json.finish();
  }
  bool markdown = format == OutputFormat::markdown;
  std::string out;
  for (const auto& r : reports) {
    if (!out.empty())
      out += "\n";
    out +=
        section_heading(*r.scenario, r.perspective, style, markdown,
                        fmt::format(", timing {}, net by delay", timing_name(r.scenario->timing)));
    TextTable t = text_table(point_columns(), points_of(r));
    if (!markdown) {
      std::vector<std::pair<double, double>> spans;
      for (const DelayPoint& p : r.result)
        spans.emplace_back(std::min(p.eval.net, 0.0), std::max(p.eval.net, 0.0));
      add_bars(t, "chart of net", std::move(spans), 10);
    }
    out += render_table(t, style, markdown);
    if (!style.quiet)
      out += (markdown ? "\n" : "") +
             note("D(t): decaying benefits kept; F(t): flows kept (benefits and costs); flows, "
                  "decaying: weighted benefits of each class",
                  style, markdown);
  }
  return out;
}

} // namespace relief
