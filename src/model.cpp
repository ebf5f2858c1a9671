#include "model.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <limits>
#include <map>
#include <utility>

#include "embedded.hpp"
#include "source.hpp"
#include "tree_blob.hpp"
#include "yaml_reader.hpp"

namespace relief {

namespace {

template <class T>
std::optional<std::size_t> index_of(const std::vector<T>& items, std::string_view id)
{
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].id == id)
      return i;
  return std::nullopt;
}

template <class T> std::vector<std::string> ids_of(const std::vector<T>& items)
{
  std::vector<std::string> ids;
  for (const auto& item : items)
    ids.push_back(item.id);
  return ids;
}

std::vector<std::string> war_names()
{
  return {k_war_names.begin(), k_war_names.end()};
}
std::vector<std::string> over_time_names()
{
  return {k_over_time_names.begin(), k_over_time_names.end()};
}

std::vector<std::string> timing_names()
{
  return {k_timing_names.begin(), k_timing_names.end()};
}

class ModelReader {
public:
  ModelReader(std::shared_ptr<const SourceFile> file, std::vector<Diagnostic>& out)
      : m_file(std::move(file)), m_r(out)
  {
  }

  std::shared_ptr<const Model> read(const Tree& doc)
  {
    static const std::vector<std::string> keys = {"relief",
                                                  "criteria",
                                                  "perspectives",
                                                  "measures",
                                                  "asks",
                                                  "context",
                                                  "timings",
                                                  "horizon_months",
                                                  "half_life_months",
                                                  "discount_rate",
                                                  "verification_months",
                                                  "snapback_recovery",
                                                  "default_credibility",
                                                  "margin",
                                                  "offsets",
                                                  "counterpart",
                                                  "beliefs"};
    if (!check_is_document(m_r, doc, "model", keys))
      return nullptr;
    bool ok = check_version(m_r, doc, "model");
    std::map<std::string, const Tree*> section;
    m_r.each_entry(doc, "the model", keys, [&](const std::string& k, const Tree&, const Tree& v) {
      section.emplace(k, &v);
    });
    auto model = std::make_shared<Model>();
    model->source = m_file;
    for (const char* k :
         {"criteria", "perspectives", "measures", "asks", "timings", "half_life_months",
          "verification_months", "snapback_recovery", "default_credibility", "margin"})
      if (!section.count(k)) {
        m_r.error(doc, fmt::format("the model has no '{}'", k));
        ok = false;
      }
    if (!ok)
      return nullptr;
    read_criteria(*model, *section["criteria"]);
    std::size_t n = model->criteria.size();
    for (auto& m : model->war_multipliers)
      m.assign(n, point(1));
    for (auto& m : model->ruler_multipliers)
      m.assign(n, point(1));
    read_perspectives(*model, *section["perspectives"]);
    read_measures(*model, *section["measures"]);
    read_asks(*model, *section["asks"]);
    if (section.count("context"))
      read_context(*model, *section["context"]);
    read_timings(*model, *section["timings"]);
    model->horizon_months = point(120);
    if (section.count("horizon_months"))
      param(model->horizon_months, *section["horizon_months"], "horizon_months", ranges::horizon);
    param(model->half_life_months, *section["half_life_months"], "half_life_months",
          ranges::half_life);
    if (section.count("discount_rate"))
      param(model->discount_rate, *section["discount_rate"], "discount_rate", ranges::discount);
    param(model->verification_months, *section["verification_months"], "verification_months",
          ranges::months);
    param(model->snapback_recovery, *section["snapback_recovery"], "snapback_recovery",
          ranges::share);
    param(model->default_credibility, *section["default_credibility"], "default_credibility",
          ranges::share);
    param(model->margin, *section["margin"], "margin", ranges::margin);
    if (section.count("offsets"))
      read_offsets(*model, *section["offsets"]);
    if (section.count("counterpart"))
      read_counterpart(*model, *section["counterpart"]);
    if (section.count("beliefs"))
      read_beliefs(*model, *section["beliefs"]);
    return model;
  }

private:
  void param(Value& out, const Tree& node, std::string_view what, const Range& range)
  {
    if (auto v = m_r.number(node, what, range))
      out = *v;
  }

  void read_criteria(Model& model, const Tree& node)
  {
    m_r.each_entry(
        node, "criteria", {}, [&](const std::string& id, const Tree& key, const Tree& v) {
          Criterion c;
          c.id = id;
          c.label = id;
          bool has_kind = false, has_rationale = false;
          m_r.each_entry(v, fmt::format("criterion '{}'", id),
                         {"kind", "label", "over_time", "decays", "rationale", "scale", "value"},
                         [&](const std::string& k, const Tree& name, const Tree& x) {
                           if (k == "kind") {
                             has_kind = true; // an unknown kind is reported by choice()
                             if (auto i = m_r.choice(x, "criterion kind", {"benefit", "cost"}))
                               c.kind = *i == 0 ? Kind::benefit : Kind::cost;
                           } else if (k == "label") {
                             c.label = m_r.string(x, "label").value_or(id);
                           } else if (k == "decays") { // the key before over_time
                             m_r.error(name, "'decays' was replaced by 'over_time': write "
                                             "'over_time: decays' for true, 'over_time: once' for "
                                             "false, or 'over_time: flow'");
                           } else if (k == "over_time") {
                             if (auto i = m_r.choice(x, "over_time", over_time_names())) {
                               c.over_time = static_cast<OverTime>(*i);
                               c.over_time_pos = x.pos;
                             }
                           } else if (k == "rationale") {
                             c.rationale = trim_end(m_r.string(x, "rationale").value_or(""));
                             has_rationale = true;
                           } else if (k == "scale") {
                             c.scale = trim_end(m_r.string(x, "scale").value_or(""));
                           } else if (k == "value") {
                             c.concave = value_function(x, id);
                           }
                         });
          if (v.is_map() && !has_kind)
            m_r.error(key, fmt::format("criterion '{}' has no kind (benefit or cost)", id));
          if (v.is_map() && !has_rationale)
            m_r.error(key, fmt::format("criterion '{}' has no rationale", id));
          if (c.over_time == OverTime::decays && c.kind == Kind::cost)
            m_r.error(key, fmt::format("criterion '{}': only benefit criteria can decay", id));
          model.criteria.push_back(std::move(c));
        });
    if (node.is_map() && model.criteria.empty())
      m_r.error(node, "the model has no criteria");
  }

  // Return k of a criterion's value function: none for `linear`, k for `{concave: k}`.
  std::optional<Value> value_function(const Tree& node, const std::string& criterion)
  {
    const std::string what = fmt::format("criterion '{}': value", criterion);
    if (node.is_scalar() && node.scalar == "linear")
      return std::nullopt;
    if (!node.is_map()) {
      m_r.error(node, fmt::format("{} must be linear or {{concave: k}}", what));
      return std::nullopt;
    }
    std::optional<Value> k;
    m_r.each_entry(node, what, {"concave"}, [&](const std::string&, const Tree&, const Tree& x) {
      k = m_r.number(x, "concave", ranges::concave);
    });
    return k;
  }

  void read_offsets(Model& model, const Tree& node)
  {
    if (!node.is_sequence()) {
      m_r.error(node, fmt::format("offsets must be a list, got {}", node_kind(node)));
      return;
    }
    for (const Tree& entry : node.items) {
      Offset o;
      std::optional<std::size_t> ask, by;
      bool has_share = false, has_by = false, share_ok = false; // given, and valid
      const Tree* ask_node = nullptr;
      bool is_map = m_r.each_entry(
          entry, "an offset", {"ask", "share", "cancelled_by", "rationale"},
          [&](const std::string& k, const Tree&, const Tree& x) {
            if (k == "ask") {
              ask_node = &x;
              ask = m_r.choice(x, "ask", model.ask_ids());
            } else if (k == "cancelled_by") {
              has_by = true;
              by = m_r.choice(x, "ask", model.ask_ids());
              if (by && !model.asks[*by].is_share()) {
                m_r.error(x, fmt::format("an offset is cancelled by a share (the expected share "
                                         "of the ask delivered), and '{}' counts {}",
                                         model.asks[*by].id, model.asks[*by].unit));
                by.reset();
              }
            } else if (k == "share") {
              has_share = true; // an invalid share is reported by number()
              if (auto v = m_r.number(x, "offset share", ranges::share)) {
                o.share = *v;
                share_ok = true;
              }
            } else
              o.rationale = trim_end(m_r.string(x, "rationale").value_or(""));
          });
      if (!is_map)
        continue;
      if (!ask_node || !has_share || !has_by) {
        m_r.error(entry, "an offset needs ask, share and cancelled_by");
        continue;
      }
      if (!ask || !by || !share_ok)
        continue;
      if (*ask == *by) {
        m_r.error(*ask_node,
                  fmt::format("ask '{}' cannot cancel its own offset", model.asks[*ask].id));
        continue;
      }
      if (std::any_of(model.offsets.begin(), model.offsets.end(),
                      [&](const Offset& x) { return x.ask == *ask; })) {
        m_r.error(*ask_node,
                  fmt::format("ask '{}' has an offset already: one per ask", model.asks[*ask].id));
        continue;
      }
      o.ask = *ask;
      o.cancelled_by = *by;
      model.offsets.push_back(std::move(o));
    }
  }

  // Read the regime's side: every measure needs a value, every ask a cost, every moment a
  // reservation (the regime's answer must not depend on a number left out by mistake).
  void read_counterpart(Model& model, const Tree& node)
  {
    Counterpart& cp = model.counterpart;
    cp.present = true;
    cp.value.assign(model.measures.size(), point(0));
    cp.cost.assign(model.asks.size(), point(0));
    cp.moscow_allows.assign(model.asks.size(), point(1));
    std::vector<bool> valued(model.measures.size()), costed(model.asks.size());
    std::array<bool, k_timings> reserved{};
    bool has_rationale = false;
    m_r.each_entry(
        node, "counterpart", {"rationale", "measures", "asks", "timings"},
        [&](const std::string& k, const Tree&, const Tree& v) {
          if (k == "rationale") {
            cp.rationale = trim_end(m_r.string(v, "rationale").value_or(""));
            has_rationale = true;
          } else if (k == "measures") {
            m_r.each_entry(v, "counterpart.measures", {},
                           [&](const std::string& id, const Tree& key, const Tree& x) {
                             auto m = model.measure_index(id);
                             if (!m) {
                               m_r.error(key, fmt::format("unknown measure {}{}", clipped(id),
                                                          did_you_mean(id, model.measure_ids())));
                               return;
                             }
                             m_r.each_entry(
                                 x, fmt::format("counterpart.measures.{}", id), {"value"},
                                 [&](const std::string&, const Tree&, const Tree& n) {
                                   valued[*m] = true; // invalid: number() says so
                                   if (auto val = m_r.number(n, "value", ranges::effect)) {
                                     cp.value[*m] = *val;
                                   }
                                 });
                           });
          } else if (k == "asks") {
            m_r.each_entry(
                v, "counterpart.asks", {},
                [&](const std::string& id, const Tree& key, const Tree& x) {
                  auto a = model.ask_index(id);
                  if (!a) {
                    m_r.error(key, fmt::format("unknown ask {}{}", clipped(id),
                                               did_you_mean(id, model.ask_ids())));
                    return;
                  }
                  m_r.each_entry(
                      x, fmt::format("counterpart.asks.{}", id), {"cost", "moscow_allows"},
                      [&](const std::string& field, const Tree&, const Tree& n) {
                        if (field == "cost") {
                          costed[*a] = true; // invalid: number() says so
                          if (auto c = m_r.number(n, "cost", ranges::effect)) {
                            cp.cost[*a] = *c;
                          }
                        } else if (auto p = m_r.number(n, "moscow_allows", ranges::share)) {
                          cp.moscow_allows[*a] = *p;
                        }
                      });
                });
          } else {
            m_r.each_entry(v, "counterpart.timings", {},
                           [&](const std::string&, const Tree& key, const Tree& x) {
                             auto t = m_r.choice(key, "timing", timing_names());
                             if (!t)
                               return;
                             m_r.each_entry(
                                 x, fmt::format("counterpart.timings.{}", key.scalar),
                                 {"reservation"},
                                 [&](const std::string&, const Tree&, const Tree& n) {
                                   reserved[*t] = true; // invalid: number() says so
                                   if (auto r = m_r.number(n, "reservation", ranges::effect)) {
                                     cp.reservation[*t] = *r;
                                   }
                                 });
                           });
          }
        });
    if (!node.is_map())
      return;
    if (!has_rationale)
      m_r.error(node, "the counterpart has no rationale");
    for (std::size_t m = 0; m < valued.size(); ++m)
      if (!valued[m])
        m_r.error(node, fmt::format("the counterpart has no value for the measure '{}'",
                                    model.measures[m].id));
    for (std::size_t a = 0; a < costed.size(); ++a)
      if (!costed[a])
        m_r.error(node,
                  fmt::format("the counterpart has no cost for the ask '{}'", model.asks[a].id));
    for (std::size_t t = 0; t < k_timings; ++t)
      if (!reserved[t])
        m_r.error(node, fmt::format("the counterpart has no reservation for the timing '{}'",
                                    k_timing_names[t]));
  }

  // Read the belief sets: each number must be one of the model's, in its range. They are applied
  // by with_belief(), not here: the model as read is the belief set central.
  void read_beliefs(Model& model, const Tree& node)
  {
    const auto paths = model_paths(std::as_const(model));
    std::vector<std::string> names;
    for (const auto& p : paths)
      names.push_back(p.path);
    m_r.each_entry(node, "beliefs", {}, [&](const std::string& id, const Tree& key, const Tree& v) {
      if (id == k_central_belief || id == "all") {
        m_r.error(key, fmt::format("'{}' cannot name a belief set: {}", id,
                                   id == "all" ? "--beliefs all selects every one"
                                               : "central is the model as written"));
        return;
      }
      Belief b;
      b.id = id;
      b.label = id;
      bool has_rationale = false;
      m_r.each_entry(
          v, fmt::format("belief set '{}'", id), {"label", "rationale", "assumptions"},
          [&](const std::string& k, const Tree&, const Tree& x) {
            if (k == "label")
              b.label = m_r.string(x, "label").value_or(id);
            else if (k == "rationale") {
              b.rationale = trim_end(m_r.string(x, "rationale").value_or(""));
              has_rationale = true;
            } else
              m_r.each_entry(
                  x, "assumptions", {},
                  [&](const std::string& written, const Tree& pk, const Tree& num) {
                    const std::string path =
                        written.starts_with("model.") ? written.substr(6) : written;
                    auto it = std::find_if(paths.begin(), paths.end(),
                                           [&](const auto& p) { return p.path == path; });
                    if (it == paths.end()) {
                      m_r.error(pk, fmt::format("unknown model path {}{}", clipped(written),
                                                did_you_mean(path, names)));
                      return;
                    }
                    if (auto n = m_r.number(num, fmt::format("assumption '{}'", path), it->range))
                      b.numbers.emplace_back(path, *n);
                  });
          });
      if (v.is_map() && !has_rationale)
        m_r.error(key, fmt::format("belief set '{}' has no rationale", id));
      model.beliefs.push_back(std::move(b));
    });
  }

  // Read {criterion: number} into out (sized to the criteria), checking ids and range.
  void read_per_criterion(const Model& model, const Tree& node, std::string_view what,
                          std::vector<Value>& out, const Range& range, bool costs_only = false)
  {
    m_r.each_entry(node, what, {}, [&](const std::string& id, const Tree& key, const Tree& v) {
      auto c = model.criterion_index(id);
      if (!c) {
        m_r.error(key, fmt::format("unknown criterion {}{}", clipped(id),
                                   did_you_mean(id, model.criterion_ids())));
        return;
      }
      if (costs_only && model.criteria[*c].kind != Kind::cost) {
        m_r.error(
            key, fmt::format(
                     "context multipliers apply to cost criteria only, and '{}' is a benefit", id));
        return;
      }
      if (auto x = m_r.number(v, fmt::format("{} '{}'", what, id), range))
        out[*c] = *x;
    });
  }

  void read_perspectives(Model& model, const Tree& node)
  {
    m_r.each_entry(
        node, "perspectives", {}, [&](const std::string& id, const Tree& key, const Tree& v) {
          Perspective p;
          p.id = id;
          p.label = id;
          p.pos = key.pos;
          p.weights.assign(model.criteria.size(), point(0));
          m_r.each_entry(v, fmt::format("perspective '{}'", id), {"label", "weights"},
                         [&](const std::string& k, const Tree&, const Tree& x) {
                           if (k == "label")
                             p.label = m_r.string(x, "label").value_or(id);
                           else
                             read_per_criterion(model, x, "weight", p.weights, ranges::weight);
                         });
          double sum = 0;
          for (const auto& w : p.weights)
            sum += w.mean;
          if (v.is_map() && sum <= 0)
            m_r.error(key, fmt::format("perspective '{}' has no positive weight", id));
          model.perspectives.push_back(std::move(p));
        });
    if (node.is_map() && !model.perspective_index("balanced"))
      m_r.error(node, "the model has no 'balanced' perspective (the default)");
  }

  void read_measures(Model& model, const Tree& node)
  {
    m_r.each_entry(
        node, "measures", {}, [&](const std::string& id, const Tree& key, const Tree& v) {
          if (std::string split = split_id_error("measure", id); !split.empty())
            m_r.error(key, split);
          Measure m;
          m.id = id;
          m.label = id;
          m.effects.assign(model.criteria.size(), point(0));
          m_r.each_entry(v, fmt::format("measure '{}'", id),
                         {"label", "full_scope", "rationale", "effects"},
                         [&](const std::string& k, const Tree&, const Tree& x) {
                           if (k == "label")
                             m.label = m_r.string(x, "label").value_or(id);
                           else if (k == "full_scope")
                             m.full_scope = m_r.string(x, "full_scope").value_or("");
                           else if (k == "rationale")
                             m.rationale = trim_end(m_r.string(x, "rationale").value_or(""));
                           else
                             read_per_criterion(model, x, "effect", m.effects, ranges::effect);
                         });
          model.measures.push_back(std::move(m));
        });
  }

  void read_asks(Model& model, const Tree& node)
  {
    m_r.each_entry(node, "asks", {}, [&](const std::string& id, const Tree& key, const Tree& v) {
      AskDef a;
      a.id = id;
      a.label = id;
      a.effects.assign(model.criteria.size(), point(0));
      bool has_max = false;
      m_r.each_entry(v, fmt::format("ask '{}'", id),
                     {"label", "unit", "max_amount", "rationale", "effects"},
                     [&](const std::string& k, const Tree&, const Tree& x) {
                       if (k == "label")
                         a.label = m_r.string(x, "label").value_or(id);
                       else if (k == "unit")
                         a.unit = m_r.string(x, "unit").value_or("");
                       else if (k == "rationale")
                         a.rationale = trim_end(m_r.string(x, "rationale").value_or(""));
                       else if (k == "max_amount") {
                         if (auto n = m_r.number(x, "max_amount", ranges::max_amount)) {
                           a.max_amount = *n;
                           has_max = true;
                         }
                       } else
                         read_per_criterion(model, x, "effect", a.effects, ranges::effect);
                     });
      if (v.is_map() && !has_max)
        m_r.error(key, fmt::format("ask '{}' has no max_amount", id));
      model.asks.push_back(std::move(a));
    });
  }

  void read_context(Model& model, const Tree& node)
  {
    m_r.each_entry(
        node, "context", {"war", "lukashenka_in_power"},
        [&](const std::string& k, const Tree&, const Tree& v) {
          bool war = k == "war";
          std::vector<std::string> values =
              war ? war_names() : std::vector<std::string>{"false", "true"};
          m_r.each_entry(
              v, fmt::format("context.{}", k), {},
              [&](const std::string&, const Tree& key, const Tree& x) {
                auto i = m_r.choice(key, war ? "war state" : "lukashenka_in_power value", values);
                if (!i)
                  return;
                auto& out = war ? model.war_multipliers[*i] : model.ruler_multipliers[*i];
                read_per_criterion(model, x, "multiplier", out, ranges::multiplier, true);
              });
        });
  }

  void read_timings(Model& model, const Tree& node)
  {
    std::array<bool, k_timings> seen{};
    m_r.each_entry(node, "timings", {}, [&](const std::string&, const Tree& key, const Tree& v) {
      auto t = m_r.choice(key, "timing", timing_names());
      if (!t)
        return;
      seen[*t] = true;
      TimingDef& def = model.timings[*t];
      int found = 0;
      m_r.each_entry(v, fmt::format("timing '{}'", key.scalar),
                     {"war", "lukashenka_in_power", "delay_months", "arrives", "rationale"},
                     [&](const std::string& k, const Tree&, const Tree& x) {
                       if (k == "arrives") {
                         if (auto a = m_r.number(x, "arrives", ranges::share))
                           def.arrives = *a;
                         return;
                       }
                       if (k == "rationale") {
                         def.rationale = trim_end(m_r.string(x, "rationale").value_or(""));
                         return;
                       }
                       ++found;
                       if (k == "war")
                         def.war =
                             static_cast<War>(m_r.choice(x, "war state", war_names()).value_or(0));
                       else if (k == "lukashenka_in_power")
                         def.lukashenka_in_power =
                             m_r.boolean(x, "lukashenka_in_power").value_or(true);
                       else if (auto d = m_r.number(x, "delay_months", ranges::months))
                         def.delay_months = *d;
                     });
      if (v.is_map() && found != 3)
        m_r.error(key, fmt::format("timing '{}' must set war, lukashenka_in_power and delay_months",
                                   key.scalar));
    });
    for (std::size_t t = 0; t < seen.size(); ++t)
      if (node.is_map() && !seen[t])
        m_r.error(node, fmt::format("the model has no timing '{}'", k_timing_names[t]));
  }

  std::shared_ptr<const SourceFile> m_file;
  YamlReader m_r;
};

} // namespace

std::string split_id_error(std::string_view what, std::string_view id)
{
  if (what == "measure" && id == "aviation")
    return "the measure 'aviation' was split in two: 'aircraft-parts' (Belavia may buy and "
           "service aircraft and parts: a high circumvention risk) and 'airspace' (the 2021 ban on "
           "Belarusian carriers lifted: people-to-people links); offer either or both";
  return {};
}

std::optional<std::size_t> Model::criterion_index(std::string_view id) const
{
  return index_of(criteria, id);
}
std::optional<std::size_t> Model::perspective_index(std::string_view id) const
{
  return index_of(perspectives, id);
}
std::optional<std::size_t> Model::measure_index(std::string_view id) const
{
  return index_of(measures, id);
}
std::optional<std::size_t> Model::ask_index(std::string_view id) const
{
  return index_of(asks, id);
}
std::vector<std::string> Model::criterion_ids() const
{
  return ids_of(criteria);
}
std::vector<std::string> Model::perspective_ids() const
{
  return ids_of(perspectives);
}
std::vector<std::string> Model::measure_ids() const
{
  return ids_of(measures);
}
std::vector<std::string> Model::ask_ids() const
{
  return ids_of(asks);
}
std::vector<std::string> Model::belief_ids() const
{
  std::vector<std::string> ids = {std::string(k_central_belief)};
  for (const auto& b : beliefs)
    ids.push_back(b.id);
  return ids;
}

std::shared_ptr<const Model> with_belief(const std::shared_ptr<const Model>& model, std::size_t b)
{
  if (b >= model->beliefs.size())
    return model;
  auto out = std::make_shared<Model>(*model);
  const Belief& belief = model->beliefs[b];
  auto paths = model_paths(*out);
  for (const auto& [path, value] : belief.numbers)
    for (auto& p : paths)
      if (p.path == path)
        *p.value = value;
  out->belief = belief.id;
  return out;
}

namespace {

// Return the model of a file's documents (the one place that reads models).
ModelLoad load_model_documents(const std::shared_ptr<const SourceFile>& file,
                               const std::vector<Tree>& docs, ModelLoad result)
{
  if (docs.size() > 1) {
    YamlReader r(result.diagnostics);
    r.error(docs[1], "a model file holds one document, found more");
  }
  if (docs.size() != 1)
    return result;
  ModelReader reader(file, result.diagnostics);
  auto model = reader.read(docs[0]);
  if (!has_errors(result.diagnostics))
    result.model = std::move(model);
  return result;
}

// Return the model of a file already in memory.
ModelLoad load_model_source(const std::shared_ptr<const SourceFile>& file)
{
  ModelLoad result;
  std::vector<Tree> docs = parse_documents(file, result.diagnostics);
  return load_model_documents(file, docs, std::move(result));
}

} // namespace

ModelLoad load_model_from_string(std::string text, std::string name)
{
  return load_model_source(
      std::make_shared<const SourceFile>(SourceFile{std::move(name), std::move(text)}));
}

ModelLoad load_model_file(const std::string& path)
{
  SourceRead read = read_source(path);
  if (!read.file) {
    ModelLoad result;
    result.diagnostics.push_back(*read.problem);
    result.unreadable = read.status == ExitStatus::no_input;
    return result;
  }
  return load_model_source(read.file);
}

std::string_view default_model_text()
{
  return embedded_text("data/model.yaml");
}

std::shared_ptr<const Model> default_model()
{
  // its tree was parsed from its text when relief was built (src/tree_blob_tool.cpp): the same
  // tree, positions and all, without yaml-cpp's 40 M instructions
  static const std::shared_ptr<const Model> model = [] {
    const auto file =
        std::make_shared<const SourceFile>("<default model>", std::string(default_model_text()));
    return load_model_documents(file, trees_of_blob(embedded_text("data/model.tree"), file), {})
        .model;
  }();
  return model;
}

} // namespace relief
