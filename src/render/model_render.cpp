#include "render/model_render.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/report_common.hpp"

namespace relief {
namespace {

// Return a number as written: "0.6", or a distribution as "triangular(6, 18, 60)".
std::string value_text(const Value& v)
{
  if (!v.uncertain())
    return exact(v.mean);
  std::string out = fmt::format("{}(", distribution_name(v.dist.kind));
  for (int i = 0; i < distribution_arity(v.dist.kind); ++i)
    out += fmt::format("{}{}", i ? ", " : "", exact(v.dist.params[static_cast<std::size_t>(i)]));
  return out + ")";
}

// Return a number as written in the model file: a number, or a distribution with its mean,
// {"triangular": [6, 18, 60], "mean": 28}.
nlohmann::ordered_json value_json(const Value& v)
{
  if (!v.uncertain())
    return v.mean;
  auto params = nlohmann::ordered_json::array();
  for (int i = 0; i < distribution_arity(v.dist.kind); ++i)
    params.push_back(v.dist.params[static_cast<std::size_t>(i)]);
  return {{std::string(distribution_name(v.dist.kind)), std::move(params)}, {"mean", v.mean}};
}

// Return the non-zero effects as "sovereignty +2, loopholes -1.5".
std::string effects_text(const Model& m, const std::vector<Value>& effects)
{
  std::string out;
  for (std::size_t c = 0; c < effects.size(); ++c)
    if (effects[c].mean != 0)
      out += fmt::format("{}{} {}{}", out.empty() ? "" : ", ", m.criteria[c].id,
                         effects[c].mean > 0 ? "+" : "", exact(effects[c].mean));
  return out.empty() ? "none" : out;
}

std::vector<TextTable> model_tables(const Model& m)
{
  std::vector<TextTable> tables;
  TextTable criteria;
  criteria.header = {"criterion", "kind", "over_time"};
  criteria.align = {Align::left, Align::left, Align::left};
  for (const auto& p : m.perspectives) {
    criteria.header.push_back(p.id.substr(0, p.id.find('-')));
    criteria.align.push_back(Align::right);
  }
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    std::vector<std::string> row = {m.criteria[c].id, std::string(kind_name(m.criteria[c].kind)),
                                    std::string(over_time_name(m.criteria[c].over_time))};
    for (const auto& p : m.perspectives)
      row.push_back(fixed(p.weights[c].mean, 2));
    criteria.rows.push_back(std::move(row));
  }
  tables.push_back(std::move(criteria));

  TextTable context;
  context.header = {"criterion"};
  context.align = {Align::left};
  for (auto w : k_war_names) {
    context.header.emplace_back(w);
    context.align.push_back(Align::right);
  }
  for (const char* l : {"in power", "gone"}) {
    context.header.emplace_back(l);
    context.align.push_back(Align::right);
  }
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    if (m.criteria[c].kind != Kind::cost)
      continue;
    std::vector<std::string> row = {m.criteria[c].id};
    for (const auto& w : m.war_multipliers)
      row.push_back(fixed(w[c].mean, 2));
    row.push_back(fixed(m.ruler_multipliers[1][c].mean, 2));
    row.push_back(fixed(m.ruler_multipliers[0][c].mean, 2));
    context.rows.push_back(std::move(row));
  }
  tables.push_back(std::move(context));

  TextTable timings;
  timings.header = {"timing", "war", "Lukashenka", "delay_months", "mean", "arrives"};
  timings.align = {Align::left, Align::left, Align::left, Align::left, Align::right, Align::right};
  for (std::size_t t = 0; t < k_timings; ++t)
    timings.rows.push_back({std::string(k_timing_names[t]),
                            std::string(k_war_names[static_cast<std::size_t>(m.timings[t].war)]),
                            m.timings[t].lukashenka_in_power ? "in power" : "gone",
                            value_text(m.timings[t].delay_months),
                            exact(m.timings[t].delay_months.mean),
                            value_text(m.timings[t].arrives)});
  tables.push_back(std::move(timings));

  TextTable params;
  params.header = {"parameter", "value"};
  params.align = {Align::left, Align::right};
  params.rows = {{"horizon_months", value_text(m.horizon_months)},
                 {"half_life_months", value_text(m.half_life_months)},
                 {"discount_rate", value_text(m.discount_rate)},
                 {"verification_months", value_text(m.verification_months)},
                 {"snapback_recovery", value_text(m.snapback_recovery)},
                 {"default_credibility", value_text(m.default_credibility)},
                 {"margin", value_text(m.margin)}};
  tables.push_back(std::move(params));
  return tables;
}

std::string render_model_table(const Model& m, const TableStyle& style, bool markdown)
{
  std::vector<TextTable> tables = model_tables(m);
  const char* titles[] = {
      "Criteria, how each unfolds over time, and perspective weights",
      "Cost multipliers: war ongoing, ceasefire, ended; Lukashenka in power, gone", "Timings",
      "Parameters"};
  std::string out;
  auto heading = [&](std::string_view title) {
    if (!out.empty())
      out += "\n";
    out += markdown ? fmt::format("## {}\n\n", title)
                    : fmt::format("{}\n", paint(title, k_bold, style));
  };
  auto table = [&](const TextTable& t) { out += render_table(t, style, markdown); };
  // one entry of a list: "- `id`: text" in Markdown, the id in a column and the text wrapped
  auto entry = [&](std::string_view id, const std::string& text) {
    out += markdown ? fmt::format("- `{}`: {}\n", id, text)
                    : fmt::format("  {:<26}{}\n", id, wrap(text, 28, 78));
  };
  heading(titles[0]);
  table(tables[0]);
  heading("What each criterion models");
  for (const auto& c : m.criteria) {
    std::string text = c.label + ". " + c.rationale;
    if (!c.scale.empty())
      text += " 10 points: " + c.scale + ".";
    if (c.concave)
      text += fmt::format(" Value: concave, k = {} (each further point is worth less).",
                          value_text(*c.concave));
    out += markdown ? fmt::format("- `{}`: {}\n", c.id, text)
                    : fmt::format("  {:<14}{}\n", c.id, wrap(text, 16, 78));
  }
  heading("Measures (effects in points at full scope)");
  for (const auto& x : m.measures) {
    // what scope 1 stands for, then the effects
    const std::string text =
        (x.full_scope.empty() ? "" : fmt::format("scope 1 = {}; effects: ", x.full_scope)) +
        effects_text(m, x.effects);
    out += markdown ? fmt::format("- `{}` — {}: {}\n", x.id, x.label, text)
                    : fmt::format("  {:<26}{}\n", x.id, wrap(text, 28, 78));
  }
  heading("Asks (effects in points per unit)");
  for (const auto& a : m.asks) {
    std::string text = fmt::format("unit {}, max {}: {}", a.unit, exact(a.max_amount.mean),
                                   effects_text(m, a.effects));
    out += markdown ? fmt::format("- `{}` — {}: {}\n", a.id, a.label, text)
                    : fmt::format("  {:<26}{}\n", a.id, wrap(text, 28, 78));
  }
  if (!m.offsets.empty()) {
    heading("Offsets (a share of an ask undone unless another ask is delivered)");
    for (const auto& o : m.offsets) {
      const std::string text = fmt::format("share {} undone unless {}: {}", value_text(o.share),
                                           m.asks[o.cancelled_by].id, o.rationale);
      entry(m.asks[o.ask].id, text);
    }
  }
  if (m.counterpart.present) {
    const Counterpart& cp = m.counterpart;
    heading("The regime's side (its points: accepts when value - cost - reservation >= 0)");
    out += markdown ? cp.rationale + "\n\n" : fmt::format("  {}\n", wrap(cp.rationale, 2, 78));
    for (std::size_t i = 0; i < m.measures.size(); ++i) {
      const std::string text = fmt::format("value {}", value_text(cp.value[i]));
      entry(m.measures[i].id, text);
    }
    for (std::size_t a = 0; a < m.asks.size(); ++a) {
      const std::string text = fmt::format("cost {} per unit, Moscow allows {}",
                                           value_text(cp.cost[a]), value_text(cp.moscow_allows[a]));
      entry(m.asks[a].id, text);
    }
    for (std::size_t t = 0; t < k_timings; ++t) {
      const std::string text = fmt::format("reservation {}", value_text(cp.reservation[t]));
      entry(k_timing_names[t], text);
    }
  }
  heading(fmt::format("Belief sets (--beliefs; these numbers are {})", m.belief));
  entry(k_central_belief, "The model as written.");
  for (const auto& b : m.beliefs) {
    std::string text = b.label + ". " + b.rationale + " Sets:";
    for (std::size_t i = 0; i < b.numbers.size(); ++i)
      text += fmt::format("{} {} = {}", i ? "," : "", b.numbers[i].first,
                          value_text(b.numbers[i].second));
    entry(b.id, text);
  }
  for (std::size_t i = 1; i < tables.size(); ++i) {
    heading(titles[i]);
    table(tables[i]);
    if (i != 2)
      continue;
    bool first = true;
    for (std::size_t t = 0; t < k_timings; ++t) {
      const std::string& why = m.timings[t].rationale;
      if (why.empty())
        continue;
      out += markdown ? fmt::format("{}- `{}`: {}\n", first ? "\n" : "", k_timing_names[t], why)
                      : fmt::format("{}  {:<18}{}\n", first ? "\n" : "", k_timing_names[t],
                                    wrap(why, 20, 78));
      first = false;
    }
  }
  return out;
}

nlohmann::ordered_json per_criterion(const Model& m, const std::vector<Value>& values,
                                     bool skip_zero, bool costs_only = false)
{
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (std::size_t c = 0; c < values.size(); ++c)
    if ((!skip_zero || values[c].mean != 0 || values[c].uncertain()) &&
        (!costs_only || m.criteria[c].kind == Kind::cost))
      j[m.criteria[c].id] = value_json(values[c]);
  return j;
}

std::string render_model_json(const Model& m)
{
  nlohmann::ordered_json j;
  j["format"] = "relief-result/1";
  j["command"] = "model";
  nlohmann::ordered_json model;
  model["relief"] = 1;
  for (const auto& c : m.criteria) {
    model["criteria"][c.id] = {
        {"kind", kind_name(c.kind)},
        {"label", c.label},
        {"over_time", over_time_name(c.over_time)},
        {"scale", c.scale},
        {"value", c.concave ? nlohmann::ordered_json{{"concave", value_json(*c.concave)}}
                            : nlohmann::ordered_json("linear")},
        {"rationale", c.rationale}};
  }
  for (const auto& p : m.perspectives)
    model["perspectives"][p.id] = {{"label", p.label},
                                   {"weights", per_criterion(m, p.weights, false)}};
  for (const auto& x : m.measures)
    model["measures"][x.id] = {{"label", x.label},
                               {"full_scope", x.full_scope},
                               {"rationale", x.rationale},
                               {"effects", per_criterion(m, x.effects, true)}};
  for (const auto& a : m.asks)
    model["asks"][a.id] = {{"label", a.label},
                           {"unit", a.unit},
                           {"max_amount", value_json(a.max_amount)},
                           {"rationale", a.rationale},
                           {"effects", per_criterion(m, a.effects, true)}};
  for (std::size_t w = 0; w < 3; ++w)
    model["context"]["war"][std::string(k_war_names[w])] =
        per_criterion(m, m.war_multipliers[w], false, true);
  model["context"]["lukashenka_in_power"]["true"] =
      per_criterion(m, m.ruler_multipliers[1], false, true);
  model["context"]["lukashenka_in_power"]["false"] =
      per_criterion(m, m.ruler_multipliers[0], false, true);
  for (std::size_t t = 0; t < k_timings; ++t)
    model["timings"][std::string(k_timing_names[t])] = {
        {"war", k_war_names[static_cast<std::size_t>(m.timings[t].war)]},
        {"lukashenka_in_power", m.timings[t].lukashenka_in_power},
        {"delay_months", value_json(m.timings[t].delay_months)},
        {"arrives", value_json(m.timings[t].arrives)},
        {"rationale", m.timings[t].rationale}};
  model["horizon_months"] = value_json(m.horizon_months);
  model["half_life_months"] = value_json(m.half_life_months);
  model["discount_rate"] = value_json(m.discount_rate);
  model["verification_months"] = value_json(m.verification_months);
  model["snapback_recovery"] = value_json(m.snapback_recovery);
  model["default_credibility"] = value_json(m.default_credibility);
  model["margin"] = value_json(m.margin);
  model["offsets"] = nlohmann::ordered_json::array();
  for (const auto& o : m.offsets)
    model["offsets"].push_back({{"ask", m.asks[o.ask].id},
                                {"share", value_json(o.share)},
                                {"cancelled_by", m.asks[o.cancelled_by].id},
                                {"rationale", o.rationale}});
  if (m.counterpart.present) {
    const Counterpart& cp = m.counterpart;
    nlohmann::ordered_json c = {{"rationale", cp.rationale}};
    for (std::size_t i = 0; i < m.measures.size(); ++i)
      c["measures"][m.measures[i].id] = {{"value", value_json(cp.value[i])}};
    for (std::size_t a = 0; a < m.asks.size(); ++a)
      c["asks"][m.asks[a].id] = {{"cost", value_json(cp.cost[a])},
                                 {"moscow_allows", value_json(cp.moscow_allows[a])}};
    for (std::size_t t = 0; t < k_timings; ++t)
      c["timings"][std::string(k_timing_names[t])] = {
          {"reservation", value_json(cp.reservation[t])}};
    model["counterpart"] = std::move(c);
  }
  model["beliefs"] = nlohmann::ordered_json::object();
  for (const auto& b : m.beliefs) {
    nlohmann::ordered_json numbers = nlohmann::ordered_json::object();
    for (const auto& [path, v] : b.numbers)
      numbers[path] = value_json(v);
    model["beliefs"][b.id] = {
        {"label", b.label}, {"rationale", b.rationale}, {"assumptions", std::move(numbers)}};
  }
  j["belief"] = m.belief;
  j["model"] = std::move(model);
  return dump(j);
}

std::string render_model_csv(const Model& m)
{
  std::string out = csv_row({"path", "value"});
  for (const ConstModelPath& p : model_paths(m))
    out += csv_row({p.path, exact(p.value->mean)});
  return out;
}

} // namespace

std::string render_model(const Model& model, OutputFormat format, const TableStyle& style)
{
  switch (format) {
  case OutputFormat::yaml:
  case OutputFormat::html:
    return model.source ? model.source->text : "";
  case OutputFormat::json:
    return render_model_json(model);
  case OutputFormat::csv:
    return render_model_csv(model);
  case OutputFormat::markdown:
    return render_model_table(model, style, true);
  case OutputFormat::table:
    break;
  }
  return render_model_table(model, style, false);
}

} // namespace relief
