#include <algorithm>
#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/columns.hpp"

namespace relief {
namespace {

// One swung input with the sensitivity it belongs to (its base verdict, its weight's interval).
struct Swung {
  const SensitivityRow* x;
  const Sensitivity* s;
};

std::optional<const WeightInterval*> interval_of(const Sensitivity& s, const std::string& path)
{
  for (const auto& w : s.weights)
    if ("weights." + w.criterion == path)
      return &w;
  return std::nullopt;
}

std::optional<double> holds(const Swung& r, bool to)
{
  auto w = interval_of(*r.s, r.x->path);
  return w ? (to ? (*w)->hi : (*w)->lo) : std::nullopt;
}

const Columns<Swung>& swung_columns()
{
  static const Columns<Swung> columns = {
      {"path", "input", [](const Swung& r) { return text(r.x->path); }, Align::left, Fit::wrap},
      {"method", "", [](const Swung& r) { return text(r.x->uncertain ? "p10-p90" : "swing"); }},
      {"base", "", [](const Swung& r) { return figure(r.x->base); }},
      {"low", "low", [](const Swung& r) { return figure(r.x->low); }},
      {"high", "high", [](const Swung& r) { return figure(r.x->high); }},
      {"net_low", "net low", [](const Swung& r) { return number(r.x->net_low, 3); }},
      {"net_high", "net high", [](const Swung& r) { return number(r.x->net_high, 3); }},
      {"swing", "swing", [](const Swung& r) { return number(r.x->swing, 3); }},
      {"flips", "verdict flips",
       [](const Swung& r) { return flag(r.x->flips, flips_text(*r.x, r.s->base.verdict)); },
       Align::left, Fit::wrap},
      {"verdict_low", "", [](const Swung& r) { return text(verdict_name(r.x->verdict_low)); }},
      {"verdict_high", "", [](const Swung& r) { return text(verdict_name(r.x->verdict_high)); }},
      // JSON has these in "weights"
      {"verdict_holds_from", "", [](const Swung& r) { return maybe(holds(r, false), 3); },
       Align::right, Fit::keep, Where::csv},
      {"verdict_holds_to", "", [](const Swung& r) { return maybe(holds(r, true), 3); },
       Align::right, Fit::keep, Where::csv},
  };
  return columns;
}

const Columns<WeightInterval>& weight_columns()
{
  static const Columns<WeightInterval> columns = {
      {"criterion", "criterion", [](const WeightInterval& w) { return text(w.criterion); },
       Align::left},
      {"weight", "weight", [](const WeightInterval& w) { return figure(w.weight); }},
      {"verdict_holds_from", "holds from",
       [](const WeightInterval& w) {
         return w.lo ? figure(*w.lo) : Field{nullptr, "-"};
       }},
      {"verdict_holds_to", "holds to",
       [](const WeightInterval& w) {
         return w.hi ? figure(*w.hi) : Field{nullptr, "any larger"};
       }},
  };
  return columns;
}

std::vector<Swung> swung(const Sensitivity& s)
{
  std::vector<Swung> rows;
  for (const SensitivityRow& x : s.rows)
    rows.push_back({&x, &s});
  return rows;
}

} // namespace

// The tornado: the inputs that move net, with a bar from net at the low end to net at the high
// end around the base; on a terminal, without the flips column when no input flips the verdict.
TextTable tornado_table(const Sensitivity& s, bool markdown)
{
  std::vector<Swung> moving;
  for (const Swung& r : swung(s))
    if (r.x->swing != 0)
      moving.push_back(r);
  TextTable t = text_table(swung_columns(), moving);
  if (markdown)
    return t;
  const std::size_t flips = t.header.size() - 1;
  if (std::all_of(t.rows.begin(), t.rows.end(),
                  [&](const std::vector<std::string>& row) { return row[flips].empty(); })) {
    t.header.pop_back();
    t.align.pop_back();
    t.fit.pop_back();
    for (auto& row : t.rows)
      row.pop_back();
  }
  std::vector<std::pair<double, double>> spans;
  for (const Swung& r : moving)
    spans.emplace_back(std::min(r.x->net_low, r.x->net_high) - s.base.net,
                       std::max(r.x->net_low, r.x->net_high) - s.base.net);
  add_bars(t, "tornado", std::move(spans), 6);
  return t;
}

// Return to which verdict a swing flips the scenario's: "to costs-outweigh", or each end's when
// the two ends flip to different verdicts; "" when neither does.
std::string flips_text(const SensitivityRow& x, Verdict base)
{
  const bool low = x.verdict_low != base, high = x.verdict_high != base;
  if (low && high && x.verdict_low != x.verdict_high)
    return fmt::format("low to {}, high to {}", verdict_name(x.verdict_low),
                       verdict_name(x.verdict_high));
  if (low || high)
    return fmt::format("to {}", verdict_name(low ? x.verdict_low : x.verdict_high));
  return "";
}

std::string render_sensitivity(const std::vector<Answer<Sensitivity>>& answers, OutputFormat format,
                               const TableStyle& style)
{
  if (format == OutputFormat::csv)
    return csv_of(
        answers, [](const Answer<Sensitivity>& a) { return swung(a.result); }, swung_columns());
  if (format == OutputFormat::json) {
    JsonResultsWriter json(json_document("sensitivity"));
    std::string out;
    for (const auto& a : answers) {
      Json one = json_row(case_columns(), a);
      one["swing"] = a.result.swing;
      one["net"] = a.result.base.net;
      one["verdict"] = verdict_name(a.result.base.verdict);
      one["inputs"] = Json::array();
      for (const Swung& r : swung(a.result))
        one["inputs"].push_back(json_row(swung_columns(), r));
      one["weights"] = Json::array();
      for (const WeightInterval& w : a.result.weights)
        one["weights"].push_back(json_row(weight_columns(), w));
      out += json.add(one);
    }
    return out + json.finish();
  }
  const bool markdown = format == OutputFormat::markdown;
  std::string out;
  for (const auto& a : answers) {
    const Sensitivity& s = a.result;
    if (!out.empty())
      out += "\n";
    out += section_heading(
        *a.scenario, a.perspective, style, markdown,
        fmt::format("; net {} ({}); point values swung by ±{}%, distributions over p10..p90",
                    fixed(s.base.net, 3), verdict_name(s.base.verdict), exact(s.swing * 100)));
    out += render_table(tornado_table(s, markdown), style, markdown) + (markdown ? "\n" : "");
    out += means_note(s.base.uncertain_inputs, s.base.uncertain_model_inputs, style, markdown);
    out += markdown ? "### Weights within which the verdict holds\n\n"
                    : "\n" +
                          fit_items(paint("  Weights within which the verdict holds (raw, before "
                                          "normalising)",
                                          k_bold, style),
                                    style) +
                          "\n";
    out += render_table(text_table(weight_columns(), s.weights), style, markdown);
  }
  return out;
}

} // namespace relief
