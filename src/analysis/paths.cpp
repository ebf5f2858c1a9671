#include "analysis/paths.hpp"

#include <fmt/format.h>
#include <stdexcept>

#include "evaluate.hpp"

namespace relief {
namespace {

// Return a copy of the model in which fn has changed one number.
void change_model(Scenario& s, const std::string& path, double v)
{
  auto model = std::make_shared<Model>(*s.model);
  for (ModelPath& p : model_paths(*model))
    if (p.path == path) {
      *p.value = point(v, p.value->pos);
      break;
    }
  s.model = std::move(model);
}

void add_effects(std::vector<InputPath>& out, const Model& m, const std::string& prefix, bool ask,
                 std::size_t i)
{
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    auto overrides = [ ask, i ](const Scenario& s) -> auto&
    {
      return ask ? const_cast<Scenario&>(s).asks[i].effects
                 : const_cast<Scenario&>(s).offer[i].effects;
    };
    auto defaults = [ask, i, c](const Scenario& s) -> const Value& {
      return ask ? s.model->asks[s.asks[i].ask].effects[c]
                 : s.model->measures[s.offer[i].measure].effects[c];
    };
    InputPath p;
    p.path = prefix + ".effects." + m.criteria[c].id;
    p.range = ranges::effect;
    p.value = [=](const Scenario& s) -> const Value* {
      const auto& o = overrides(s);
      return c < o.size() && o[c] ? &*o[c] : &defaults(s);
    };
    p.get = [v = p.value](const Scenario& s) { return v(s)->mean; };
    p.set = [=](Scenario& s, double x) {
      auto& o = overrides(s);
      o.resize(s.model->criteria.size());
      SourcePos pos = o[c] ? o[c]->pos : SourcePos{};
      o[c] = point(x, pos);
    };
    out.push_back(std::move(p));
  }
}

} // namespace

std::string source_of(const SourcePos& pos, std::string_view model_path)
{
  if (pos.file && pos.file->name != "<default model>")
    return pos.str();
  // a default of the embedded model: where it is written, and how a scenario overrides it
  std::string where = pos.file ? fmt::format("model line {}", pos.line) : "model default";
  if (!model_path.empty())
    where += fmt::format(" (assumptions: {})", model_path);
  return where;
}

std::vector<InputPath> input_paths(const Scenario& base, std::size_t perspective)
{
  std::vector<InputPath> out;
  const Model& m = *base.model;

  InputPath cred;
  cred.path = "credibility";
  cred.range = ranges::share;
  cred.value = [](const Scenario& s) {
    return s.credibility ? &*s.credibility : &s.model->default_credibility;
  };
  cred.get = [v = cred.value](const Scenario& s) { return v(s)->mean; };
  cred.set = [](Scenario& s, double x) {
    s.credibility = point(x, s.credibility ? s.credibility->pos : SourcePos{});
  };
  out.push_back(std::move(cred));

  InputPath delay;
  delay.path = "context.delay_months";
  delay.range = ranges::months;
  delay.value = [](const Scenario& s) {
    return s.delay_months ? &*s.delay_months
                          : &s.model->timings[static_cast<std::size_t>(s.timing)].delay_months;
  };
  delay.get = [v = delay.value](const Scenario& s) { return v(s)->mean; };
  delay.set = [](Scenario& s, double x) {
    s.delay_months = point(x, s.delay_months ? s.delay_months->pos : SourcePos{});
  };
  out.push_back(std::move(delay));

  for (std::size_t i = 0; i < base.offer.size(); ++i) {
    std::string prefix = "offer." + m.measures[base.offer[i].measure].id;
    InputPath scope;
    scope.path = prefix + ".scope";
    scope.range = ranges::share;
    scope.value = [i](const Scenario& s) { return &s.offer[i].scope; };
    scope.get = [i](const Scenario& s) { return s.offer[i].scope.mean; };
    scope.set = [i](Scenario& s, double x) { s.offer[i].scope = point(x, s.offer[i].scope.pos); };
    out.push_back(std::move(scope));
    add_effects(out, m, prefix, false, i);
  }
  for (std::size_t i = 0; i < base.asks.size(); ++i) {
    std::string prefix = "asks." + m.asks[base.asks[i].ask].id;
    InputPath amount;
    amount.path = prefix + ".amount";
    amount.range = Range{0, m.asks[base.asks[i].ask].max_amount.mean};
    amount.value = [i](const Scenario& s) { return &s.asks[i].amount; };
    amount.get = [i](const Scenario& s) { return s.asks[i].amount.mean; };
    amount.set = [i](Scenario& s, double x) { s.asks[i].amount = point(x, s.asks[i].amount.pos); };
    out.push_back(std::move(amount));
    InputPath credibility;
    credibility.path = prefix + ".credibility";
    credibility.range = ranges::share;
    credibility.value = [i](const Scenario& s) -> const Value* {
      if (s.asks[i].credibility)
        return &*s.asks[i].credibility;
      return s.credibility ? &*s.credibility : &s.model->default_credibility;
    };
    credibility.get = [v = credibility.value](const Scenario& s) { return v(s)->mean; };
    credibility.set = [i](Scenario& s, double x) {
      s.asks[i].credibility =
          point(x, s.asks[i].credibility ? s.asks[i].credibility->pos : SourcePos{});
    };
    out.push_back(std::move(credibility));
    add_effects(out, m, prefix, true, i);
  }
  for (std::size_t c = 0; c < m.criteria.size(); ++c) {
    InputPath w;
    w.path = "weights." + m.criteria[c].id;
    w.range = ranges::weight;
    w.value = [c, perspective](const Scenario& s) -> const Value* {
      return c < s.weights.size() && s.weights[c] ? &*s.weights[c]
                                                  : &s.model->perspectives[perspective].weights[c];
    };
    w.get = [v = w.value](const Scenario& s) { return v(s)->mean; };
    w.set = [c](Scenario& s, double x) {
      s.weights.resize(s.model->criteria.size());
      s.weights[c] = point(x, s.weights[c] ? s.weights[c]->pos : SourcePos{});
    };
    out.push_back(std::move(w));
  }
  Model copy = m;
  for (const ModelPath& mp : model_paths(copy)) {
    InputPath p;
    p.path = "model." + mp.path;
    p.range = mp.range;
    std::string model_path = mp.path;
    p.value = [model_path](const Scenario& s) -> const Value* {
      // The model is small; looking the path up again keeps the closure valid across copies.
      Model& model = const_cast<Model&>(*s.model);
      for (const ModelPath& q : model_paths(model))
        if (q.path == model_path)
          return q.value;
      return nullptr;
    };
    p.get = [v = p.value](const Scenario& s) { return v(s)->mean; };
    p.set = [model_path](Scenario& s, double x) { change_model(s, model_path, x); };
    out.push_back(std::move(p));
  }
  return out;
}

InputPath find_input(const Scenario& s, std::size_t perspective, const std::string& path)
{
  std::vector<InputPath> paths = input_paths(s, perspective);
  std::vector<std::string> names;
  for (InputPath& p : paths) {
    if (p.path == path)
      return std::move(p);
    names.push_back(p.path);
  }
  if (path.starts_with("model.") && names_a_choice(std::string_view(path).substr(6)))
    throw std::invalid_argument(
        fmt::format("{} is not a number, so it cannot be varied; {}", path, k_change_a_choice));
  std::string hint = did_you_mean(path, names);
  if (hint.empty())
    hint = "; `relief explain --paths FILE` lists them";
  throw std::invalid_argument(
      fmt::format("no numeric input '{}' in scenario '{}'{}", path, s.name, hint));
}

} // namespace relief
