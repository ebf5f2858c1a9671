#include "render/schema_render.hpp"

#include <sstream>
#include <tuple>

#include "embedded.hpp"
#include "render/report_common.hpp"
#include "scenario_format.hpp"

namespace relief {
namespace {

// Return one line of mdoc as plain text: macros dropped, their arguments kept, quotes and
// parentheses where the macro means them. Covers the macros relief-scenario(5) uses.
std::string mdoc_text(const std::string& line)
{
  std::string text = line;
  auto unescape = [](std::string s) {
    const std::pair<std::string_view, std::string_view> escapes[] = {
        {"\\-", "-"}, {"\\(em", "—"}, {"\\(mu", "×"}, {"\\(dq", "\""}, {"\\e", "\\"}, {"\\&", ""}};
    for (const auto& [from, to] : escapes)
      for (std::size_t at = s.find(from); at != std::string::npos;
           at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
  };
  if (text.empty() || text[0] != '.')
    return unescape(text);
  std::istringstream in(text.substr(1));
  std::vector<std::string> words;
  for (std::string w; in >> w;)
    words.push_back(w);
  static const std::vector<std::string> plain = {"Ic", "Cm", "Ar", "Sy", "Sx", "Ev", "Pa",
                                                 "Em", "Li", "Dv", "Va", "Nm", "Pf"};
  std::string out;
  bool glue = false, flag = false;
  std::string close;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (std::find(plain.begin(), plain.end(), w) != plain.end())
      continue;
    if (w == "Ns") {
      glue = true;
      continue;
    }
    if (w == "Fl") {
      flag = true;
      continue;
    }
    if (w == "Ql" || w == "Dq") {
      out += out.empty() ? "'" : " '";
      close = "'";
      glue = true;
      continue;
    }
    if (w == "Pq") {
      out += out.empty() ? "(" : " (";
      close = ")";
      glue = true;
      continue;
    }
    if (w == "Xr" && i + 2 < words.size()) {
      out += (out.empty() ? "" : " ") + words[i + 1] + "(" + words[i + 2] + ")";
      i += 2;
      continue;
    }
    const bool punctuation =
        w.size() == 1 && std::string_view(",.;:)").find(w[0]) != std::string::npos;
    if (punctuation && !close.empty()) {
      out += close;
      close.clear();
    }
    out += (out.empty() || glue || punctuation ? "" : " ") + std::string(flag ? "-" : "") + w;
    glue = flag = false;
  }
  return unescape(out + close);
}

} // namespace

std::map<std::string, std::string> scenario_key_descriptions()
{
  std::map<std::string, std::string> out;
  std::istringstream in(std::string(embedded_text("man/relief-scenario.5")));
  bool in_keys = false;
  std::vector<std::string> parents; // the key whose nested list each open .Bl belongs to
  std::vector<std::vector<std::string>> listed; // the keys of each open nested list
  std::string current;                          // the key being described
  auto add = [&](const std::string& text) {
    if (current.empty() || text.empty())
      return;
    std::string& d = out[current];
    d += (d.empty() ? "" : " ") + text;
  };
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with(".Sh ")) {
      in_keys = line == ".Sh SCENARIO KEYS";
      continue;
    }
    if (!in_keys)
      continue;
    if (line.starts_with(".Bl")) {
      parents.push_back(current);
      listed.emplace_back();
      current.clear();
    } else if (line.starts_with(".El")) {
      if (parents.empty())
        continue;
      // "each a map with" the keys of the nested list; the text after it is the parent's again
      current = parents.back();
      std::string keys;
      for (const auto& k : listed.back())
        keys += (keys.empty() ? "" : ", ") + k;
      if (!keys.empty())
        add(keys + ".");
      parents.pop_back();
      listed.pop_back();
    } else if (line.starts_with(".It Ic ")) {
      const std::string key = line.substr(7);
      const std::string& parent = parents.empty() ? std::string() : parents.back();
      current = parent.empty() ? key : parent + "." + key;
      if (!listed.empty())
        listed.back().push_back(key);
    } else if (!line.starts_with(".Pp")) {
      add(mdoc_text(line));
    }
  }
  return out;
}

std::string render_schema(const Model& model)
{
  const auto described = scenario_key_descriptions();
  auto describe = [&](Json schema, const std::string& key) {
    if (auto it = described.find(key); it != described.end())
      schema["description"] = it->second;
    return schema;
  };
  // every number is finite: a bound of the largest double keeps out the .inf and 1e309 that a
  // YAML client reads as infinity (relief refuses both)
  constexpr double largest = std::numeric_limits<double>::max();
  const Json finite = {{"type", "number"}, {"minimum", -largest}, {"maximum", largest}};
  auto number = [&](const Range& r) {
    Json n = {{"type", "number"}};
    n[r.lo_open ? "exclusiveMinimum" : "minimum"] = std::max(r.lo, -largest);
    n["maximum"] = std::min(r.hi, largest);
    return n;
  };
  // any number of a scenario may be a distribution instead
  auto uncertain = [&](const Range& r) {
    // (if/then/else rather than anyOf, so that an editor reports a map's mistakes as a
    // distribution's, where relief reports them, instead of "expected a number")
    return Json{{"if", {{"type", "object"}}},
                {"then", {{"$ref", "#/$defs/distribution"}}},
                {"else", number(r)}};
  };
  auto strings = [](const std::vector<std::string>& v) { return Json(v); };
  auto object = [](const std::vector<std::string>& keys, Json properties) {
    Json o = {{"type", "object"}, {"additionalProperties", false}};
    for (const auto& k : keys)
      if (!properties.contains(k))
        properties[k] = Json::object();
    o["properties"] = std::move(properties);
    return o;
  };
  const Json criteria = strings(model.criterion_ids());
  Json effects = {{"type", "object"},
                  {"propertyNames", {{"enum", criteria}}},
                  {"additionalProperties", uncertain(ranges::effect)}};

  Json offer_item =
      object(k_offer_item_keys,
             {{"measure", describe({{"enum", strings(model.measure_ids())}}, "offer.measure")},
              {"scope", describe(uncertain(ranges::share), "offer.scope")},
              {"reversible", describe({{"type", "boolean"}}, "offer.reversible")},
              {"conditional", describe({{"type", "boolean"}}, "offer.conditional")},
              {"effects", describe(effects, "offer.effects")},
              {"remove",
               {{"type", "boolean"},
                {"description", "drop this measure inherited through "
                                "extends (see COMPOSITION)"}}}});
  offer_item["required"] = {"measure"};
  Json ask_item = object(k_ask_item_keys,
                         {{"item", describe({{"enum", strings(model.ask_ids())}}, "asks.item")},
                          {"amount", describe(uncertain(ranges::amount), "asks.amount")},
                          {"credibility", describe(uncertain(ranges::share), "asks.credibility")},
                          {"effects", describe(effects, "asks.effects")},
                          {"remove",
                           {{"type", "boolean"},
                            {"description", "drop this ask inherited through "
                                            "extends (see COMPOSITION)"}}}});
  ask_item["required"] = {"item"}; // and amount, unless the scenario extends another (below)

  // assumptions: every number of the model by its path, with or without "model.", each in its
  // range, and not under both spellings at once
  Json assumed = Json::object();
  Json one_spelling = Json::object();
  for (const ConstModelPath& p : model_paths(model)) {
    assumed[p.path] = uncertain(p.range);
    assumed["model." + p.path] = uncertain(p.range);
    one_spelling["model." + p.path] = {
        {"not", {{"properties", {{p.path, true}}}, {"required", {p.path}}}}};
  }
  std::vector<std::string> timings(k_timing_names.begin(), k_timing_names.end());
  std::vector<std::string> wars(k_war_names.begin(), k_war_names.end());
  Json correlation =
      object(k_correlation_keys, {{"between",
                                   {{"type", "array"},
                                    {"items", {{"type", "string"}}},
                                    {"minItems", 2},
                                    {"maxItems", 2},
                                    {"description", "the PATHs of two uncertain inputs"}}},
                                  {"rank",
                                   {{"type", "number"},
                                    {"minimum", -1},
                                    {"maximum", 1},
                                    {"description", "their Spearman rank correlation"}}}});
  correlation["required"] = {"between", "rank"};

  // any scalar is text to relief: name: 2026 is the name "2026"
  const Json text = {
      {"anyOf", {{{"type", "string"}}, {{"type", "number"}}, {{"type", "boolean"}}}}};
  Json properties = {
      {"relief", describe({{"const", 1}}, "relief")},
      {"extends", describe({{"type", "string"}}, "extends")},
      {"name", describe(text, "name")},
      {"description", describe(text, "description")},
      {"timing", describe({{"enum", timings}}, "timing")},
      {"context", describe(object(k_context_keys, {{"war", {{"enum", wars}}},
                                                   {"lukashenka_in_power", {{"type", "boolean"}}},
                                                   {"delay_months", uncertain(ranges::months)}}),
                           "context")},
      {"credibility", describe(uncertain(ranges::share), "credibility")},
      {"offer", describe({{"type", "array"}, {"items", offer_item}}, "offer")},
      {"asks", describe({{"type", "array"}, {"items", ask_item}}, "asks")},
      {"weights", describe({{"type", "object"},
                            {"propertyNames", {{"enum", criteria}}},
                            {"additionalProperties", uncertain(ranges::weight)}},
                           "weights")},
      {"assumptions", describe({{"type", "object"},
                                {"properties", assumed},
                                {"additionalProperties", false},
                                {"dependentSchemas", one_spelling}},
                               "assumptions")},
      {"correlations", describe({{"type", "array"}, {"items", correlation}}, "correlations")}};
  Json scenario = object(k_scenario_keys, properties);
  scenario["required"] = {"relief"};
  scenario["patternProperties"] = {{"^x-", Json::object()}}; // extension keys hold anchors
  // an ask needs its amount unless it refines one inherited through extends
  scenario["if"] = {{"properties", {{"extends", true}}}, {"required", {"extends"}}};
  scenario["else"] = {{"properties",
                       {{"asks",
                         {{"type", "array"},
                          {"items",
                           {{"type", "object"},
                            {"properties", {{"item", true}, {"amount", true}}},
                            {"required", {"item", "amount"}}}}}}}}};

  // the distributions of relief-scenario(5) UNCERTAIN VALUES: a map of exactly one of these keys
  // (one map rather than a oneOf of six, so that an editor puts an unknown family at its key and a
  // second family on the map, where relief puts them)
  const std::tuple<const char*, int, const char*> arity[] = {
      {"uniform", 2, "uniform: [a, b], mean (a + b) / 2"},
      {"triangular", 3, "triangular: [min, mode, max], mean (min + mode + max) / 3"},
      {"normal", 2, "normal: [mean, sd]"},
      {"beta", 2, "beta: [alpha, beta], mean alpha / (alpha + beta)"},
      {"lognormal", 2, "lognormal: [mu, sigma], mean exp(mu + sigma^2 / 2)"},
      {"range", 2, "range: [p5, p95], a 90% interval (lognormal when both ends are positive)"}};
  Json families = Json::object();
  for (const auto& [name, n, about] : arity)
    families[name] = {{"description", about},
                      {"type", "array"},
                      {"items", finite},
                      {"minItems", n},
                      {"maxItems", n}};
  Json schema;
  schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  schema["title"] = "relief scenario";
  schema["description"] =
      "A sanctions-relief scenario for relief(1); the format is relief-scenario(5). The ids are "
      "those of the model in force when `relief schema` wrote this (relief " RELIEF_VERSION ").";
  for (const auto& [k, v] : scenario.items())
    schema[k] = v;
  schema["$defs"] = {{"distribution",
                      {{"title", "distribution"},
                       {"description", "an uncertain value: relief simulate draws it, the other "
                                       "commands use its mean"},
                       {"type", "object"},
                       {"properties", families},
                       {"additionalProperties", false},
                       {"minProperties", 1},
                       {"maxProperties", 1}}}};
  return dump(schema);
}

} // namespace relief
