// The numbers of a model by their path in the model file, and the valid ranges of every input.
#include <algorithm>
#include <fmt/format.h>
#include <limits>

#include "model.hpp"

namespace relief {

namespace ranges {
constexpr double k_max = std::numeric_limits<double>::max();
const Range effect{-10, 10};
const Range share{0, 1};
const Range weight{0, 1000};
const Range multiplier{0, 10};
const Range months{0, 1200};
const Range half_life{0, 1200, true};
const Range horizon{0, 1200, true};
const Range discount{0, 1};
const Range concave{0, 100, true};
const Range max_amount{0, k_max, true};
const Range margin{0, 10};
const Range amount{0, k_max};
} // namespace ranges

namespace {

// The paths of a Model or a const Model (M), as BasicModelPath<V>.
template <class V, class M> std::vector<BasicModelPath<V>> paths_of(M& model)
{
  std::vector<BasicModelPath<V>> paths;
  auto per_criterion = [&](const std::string& prefix, auto& values, const Range& range,
                           bool costs_only = false) {
    for (std::size_t c = 0; c < model.criteria.size(); ++c)
      if (!costs_only || model.criteria[c].kind == Kind::cost)
        paths.push_back({prefix + model.criteria[c].id, &values[c], range});
  };
  for (auto& c : model.criteria)
    if (c.concave)
      paths.push_back({"criteria." + c.id + ".value.concave", &*c.concave, ranges::concave});
  for (auto& p : model.perspectives)
    per_criterion("perspectives." + p.id + ".weights.", p.weights, ranges::weight);
  for (auto& m : model.measures)
    per_criterion("measures." + m.id + ".effects.", m.effects, ranges::effect);
  for (auto& a : model.asks) {
    paths.push_back({"asks." + a.id + ".max_amount", &a.max_amount, ranges::max_amount});
    per_criterion("asks." + a.id + ".effects.", a.effects, ranges::effect);
  }
  for (std::size_t w = 0; w < 3; ++w)
    per_criterion(fmt::format("context.war.{}.", k_war_names[w]), model.war_multipliers[w],
                  ranges::multiplier, true);
  for (std::size_t l = 0; l < 2; ++l)
    per_criterion(fmt::format("context.lukashenka_in_power.{}.", l ? "true" : "false"),
                  model.ruler_multipliers[l], ranges::multiplier, true);
  if (model.counterpart.present) {
    auto& cp = model.counterpart;
    for (std::size_t m = 0; m < model.measures.size(); ++m)
      paths.push_back({"counterpart.measures." + model.measures[m].id + ".value", &cp.value[m],
                       ranges::effect});
    for (std::size_t a = 0; a < model.asks.size(); ++a) {
      paths.push_back(
          {"counterpart.asks." + model.asks[a].id + ".cost", &cp.cost[a], ranges::effect});
      paths.push_back({"counterpart.asks." + model.asks[a].id + ".moscow_allows",
                       &cp.moscow_allows[a], ranges::share});
    }
    for (std::size_t t = 0; t < k_timings; ++t)
      paths.push_back({fmt::format("counterpart.timings.{}.reservation", k_timing_names[t]),
                       &cp.reservation[t], ranges::effect});
  }
  for (auto& o : model.offsets)
    paths.push_back({"offsets." + model.asks[o.ask].id + ".share", &o.share, ranges::share});
  for (std::size_t t = 0; t < k_timings; ++t) {
    paths.push_back({fmt::format("timings.{}.delay_months", k_timing_names[t]),
                     &model.timings[t].delay_months, ranges::months});
    paths.push_back({fmt::format("timings.{}.arrives", k_timing_names[t]),
                     &model.timings[t].arrives, ranges::share});
  }
  paths.push_back({"horizon_months", &model.horizon_months, ranges::horizon});
  paths.push_back({"half_life_months", &model.half_life_months, ranges::half_life});
  paths.push_back({"discount_rate", &model.discount_rate, ranges::discount});
  paths.push_back({"verification_months", &model.verification_months, ranges::months});
  paths.push_back({"snapback_recovery", &model.snapback_recovery, ranges::share});
  paths.push_back({"default_credibility", &model.default_credibility, ranges::share});
  paths.push_back({"margin", &model.margin, ranges::margin});
  return paths;
}

} // namespace

std::vector<ModelPath> model_paths(Model& model)
{
  return paths_of<Value>(model);
}

std::vector<ConstModelPath> model_paths(const Model& model)
{
  return paths_of<const Value>(model);
}

bool names_a_choice(std::string_view path)
{
  static const std::vector<std::pair<std::string, std::vector<std::string>>> choices = {
      {"criteria.", {"kind", "label", "over_time", "decays", "rationale", "scale", "value"}},
      {"offsets.", {"cancelled_by", "rationale"}},
      {"beliefs.", {"label", "rationale", "assumptions"}},
      {"perspectives.", {"label"}},
      {"measures.", {"label", "rationale"}},
      {"asks.", {"label", "unit", "rationale"}},
      {"timings.", {"war", "lukashenka_in_power", "rationale"}}};
  if (path == "counterpart.rationale")
    return true;
  const std::string_view last = path.substr(path.rfind('.') + 1);
  for (const auto& [section, keys] : choices)
    if (path.starts_with(section) && std::count(path.begin(), path.end(), '.') == 2 &&
        std::find(keys.begin(), keys.end(), last) != keys.end())
      return true;
  return false;
}

} // namespace relief
