#include "load.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <tuple>

#include "compose.hpp"
#include "correlation.hpp"
#include "scenario_format.hpp"
#include "source.hpp"
#include "yaml_reader.hpp"

namespace relief {
namespace {

// Return text with every line made printable (line breaks kept): descriptions are shown.
std::string printable_lines(const std::string& text)
{
  std::string out;
  for (std::size_t from = 0; from <= text.size();) {
    const std::size_t to = std::min(text.find('\n', from), text.size());
    out += printable(std::string_view(text).substr(from, to - from));
    if (to < text.size())
      out += '\n';
    from = to + 1;
  }
  return out;
}

std::vector<std::string> names_of(auto const& array)
{
  return {array.begin(), array.end()};
}

class ScenarioReader {
public:
  ScenarioReader(std::shared_ptr<const SourceFile> file, std::vector<Diagnostic>& out,
                 std::shared_ptr<const Model> model)
      : m_file(std::move(file)), m_r(out), m_out(out), m_model(std::move(model))
  {
  }

  // Return the scenario of one document, or nothing when it has errors.
  std::optional<Scenario> read(const Tree& doc, int index)
  {
    const std::size_t first = m_out.size(); // this document's diagnostics start here
    auto has_new_errors = [&] {
      return std::any_of(m_out.begin() + static_cast<std::ptrdiff_t>(first), m_out.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::error; });
    };
    if (!check_is_document(m_r, doc, "scenario", k_scenario_keys))
      return std::nullopt;
    Scenario s;
    s.document = index;
    s.pos = doc.pos;
    s.file = printable(m_file->name); // names and files are shown, never control characters
    s.model = m_model;
    s.weights.resize(m_model->criteria.size());
    check_version(m_r, doc, "scenario");
    const Tree *asks_node = nullptr, *offer_node = nullptr, *assumptions_node = nullptr,
               *correlations_node = nullptr;
    m_r.each_entry(
        doc, "the scenario", {}, [&](const std::string& k, const Tree& key, const Tree& v) {
          if (k.starts_with("x-"))
            return; // extension keys hold anchors for merge keys
          if (std::find(k_scenario_keys.begin(), k_scenario_keys.end(), k) == k_scenario_keys.end())
            m_r.error(key, fmt::format("unknown key {} in the scenario{}", clipped(k),
                                       did_you_mean(k, k_scenario_keys)));
          else if (k == "name")
            s.name = printable(m_r.string(v, "name").value_or(""));
          else if (k == "description")
            s.description = printable_lines(trim_end(m_r.string(v, "description").value_or("")));
          else if (k == "timing")
            s.timing =
                static_cast<Timing>(m_r.choice(v, "timing", names_of(k_timing_names)).value_or(0));
          else if (k == "context")
            read_context(s, v);
          else if (k == "credibility")
            s.credibility = m_r.number(v, "credibility", ranges::share);
          else if (k == "offer")
            offer_node = &v;
          else if (k == "asks")
            asks_node = &v;
          else if (k == "weights") {
            s.weights_pos = key.pos;
            read_weights(s, v);
          } else if (k == "assumptions")
            assumptions_node = &v;
          else if (k == "correlations") {
            s.correlations_pos = key.pos;
            correlations_node = &v;
          }
        });
    check_context(s);
    if (assumptions_node)
      read_assumptions(s, *assumptions_node);
    if (offer_node)
      read_offer(s, *offer_node);
    if (asks_node)
      read_asks(s, *asks_node);
    for (const auto& item : s.offer)
      if (item.conditional && s.asks.empty())
        m_r.warning_at(
            item.pos,
            fmt::format("conditional relief '{}' with no asks: nothing can be verified, so it is "
                        "granted with the deal's credibility only",
                        s.model->measures[item.measure].id));
    if (s.weights_pos.file)
      check_weight_sums(s);
    if (correlations_node && !has_new_errors()) {
      read_correlations(s, *correlations_node);
      if (!has_new_errors())
        for (Diagnostic& d : check_correlations(s))
          m_out.push_back(std::move(d));
    }
    if (s.name.empty()) {
      s.name = std::filesystem::path(s.file).stem().string();
      if (index > 1)
        s.name += fmt::format("#{}", index);
    }
    if (has_new_errors())
      return std::nullopt;
    return s;
  }

private:
  void remove_outside_extends(const Tree& node)
  {
    m_r.error(
        node,
        "'remove' drops an inherited item: it only applies in a scenario that extends another");
  }

  // Report weights that sum to zero under some perspective: they cannot be normalised.
  void check_weight_sums(const Scenario& s)
  {
    for (const Perspective& p : s.model->perspectives) {
      double sum = 0;
      for (std::size_t c = 0; c < p.weights.size(); ++c)
        sum += s.weights[c] ? s.weights[c]->mean : p.weights[c].mean;
      if (sum <= 0) {
        m_r.error_at(
            s.weights_pos,
            fmt::format("weights sum to 0 under perspective '{}': nothing to weigh", p.id));
        return;
      }
    }
  }

  void read_correlations(Scenario& s, const Tree& node)
  {
    if (!is_list(node, "correlations"))
      return;
    for (const Tree& entry : node.items) {
      Correlation c;
      c.pos = entry.pos;
      bool between = false, rank = false;
      m_r.each_entry(entry, "a correlation", k_correlation_keys,
                     [&](const std::string& k, const Tree&, const Tree& v) {
                       if (k == "rank") {
                         rank = true;
                         if (auto x = m_r.number(v, "rank", Range{-1, 1}, false))
                           c.rank = x->mean;
                         return;
                       }
                       between = true;
                       if (!v.is_sequence() || v.items.size() != 2) {
                         m_r.error(v, "between takes two PATHs: [PATH, PATH]");
                         return;
                       }
                       for (std::size_t i = 0; i < 2; ++i) {
                         c.between[i] = m_r.string(v.items[i], "a PATH").value_or("");
                         c.between_pos[i] = v.items[i].pos;
                       }
                     });
      if (!entry.is_map())
        continue;
      if (!between || !rank)
        m_r.error(entry, "a correlation needs 'between: [PATH, PATH]' and 'rank: RHO'");
      else
        s.correlations.push_back(std::move(c));
    }
  }

  void read_context(Scenario& s, const Tree& node)
  {
    m_r.each_entry(node, "context", k_context_keys,
                   [&](const std::string& k, const Tree&, const Tree& v) {
                     if (k == "war") {
                       if (auto w = m_r.choice(v, "war state", names_of(k_war_names)))
                         s.war = static_cast<War>(*w);
                       m_war_pos = v.pos;
                     } else if (k == "lukashenka_in_power") {
                       s.lukashenka_in_power = m_r.boolean(v, "lukashenka_in_power");
                       m_ruler_pos = v.pos;
                     } else
                       s.delay_months = m_r.number(v, "delay_months", ranges::months);
                   });
  }

  // Warn when the context contradicts what the timing's name says: after-war with a war that has
  // not ended, after-ceasefire with the war going on, after-lukashenka with Lukashenka in power.
  // The override is still applied.
  void check_context(const Scenario& s)
  {
    if (s.timing == Timing::after_war && s.war && *s.war != War::ended)
      m_r.warning_at(m_war_pos,
                     fmt::format("timing after-war says the war has ended, but the context sets "
                                 "war: {}; it is evaluated as written (use timing now for a war "
                                 "that goes on)",
                                 k_war_names[static_cast<std::size_t>(*s.war)]));
    if (s.timing == Timing::after_ceasefire && s.war && *s.war == War::ongoing)
      m_r.warning_at(m_war_pos, "timing after-ceasefire says the fighting has stopped, but the "
                                "context sets war: ongoing; it is evaluated as written (use timing "
                                "now for a war that goes on)");
    if (s.timing == Timing::after_lukashenka && s.lukashenka_in_power && *s.lukashenka_in_power)
      m_r.warning_at(m_ruler_pos,
                     "timing after-lukashenka says Lukashenka has left, but the context sets "
                     "lukashenka_in_power: true; it is evaluated as written (use timing now or "
                     "after-war while he rules)");
  }

  void read_weights(Scenario& s, const Tree& node)
  {
    m_r.each_entry(node, "weights", {}, [&](const std::string& id, const Tree& key, const Tree& v) {
      auto c = criterion(key, id);
      if (c)
        s.weights[*c] = m_r.number(v, fmt::format("weight '{}'", id), ranges::weight);
    });
  }

  std::optional<std::size_t> criterion(const Tree& key, const std::string& id)
  {
    auto c = m_model->criterion_index(id);
    if (!c)
      m_r.error(key, fmt::format("unknown criterion {}{}", clipped(id),
                                 did_you_mean(id, m_model->criterion_ids())));
    return c;
  }

  void read_effects(const Tree& node, std::vector<std::optional<Value>>& out)
  {
    out.resize(m_model->criteria.size());
    m_r.each_entry(node, "effects", {}, [&](const std::string& id, const Tree& key, const Tree& v) {
      if (auto c = criterion(key, id))
        out[*c] = m_r.number(v, fmt::format("effect on '{}'", id), ranges::effect);
    });
  }

  void read_assumptions(Scenario& s, const Tree& node)
  {
    auto model = std::make_shared<Model>(*m_model);
    std::vector<ModelPath> paths = model_paths(*model);
    std::vector<std::string> names;
    for (const auto& p : paths)
      names.push_back(p.path);
    std::map<std::string, std::string> spelled; // path without "model." -> as written
    m_r.each_entry(
        node, "assumptions", {}, [&](const std::string& written, const Tree& key, const Tree& v) {
          // the PATH spelling (model.half_life_months) is accepted as well
          const std::string path = written.starts_with("model.") ? written.substr(6) : written;
          if (auto [at, fresh] = spelled.emplace(path, written); !fresh) {
            m_r.error(key, fmt::format("{} is given twice: also as {}", clipped(written),
                                       clipped(at->second)));
            return;
          }
          auto it = std::find_if(paths.begin(), paths.end(),
                                 [&](const ModelPath& p) { return p.path == path; });
          if (it == paths.end() && names_a_choice(path)) {
            m_r.error(key, fmt::format("{} is not a number: assumptions override numbers "
                                       "only; {}",
                                       clipped(written), k_change_a_choice));
            return;
          }
          if (it == paths.end() && path.starts_with("measures.aviation.")) {
            m_r.error(key, split_id_error("measure", "aviation"));
            return;
          }
          if (it == paths.end()) {
            m_r.error(key, fmt::format("unknown model path {}{}", clipped(written),
                                       did_you_mean(path, names)));
            return;
          }
          if (auto x = m_r.number(v, fmt::format("assumption '{}'", path), it->range))
            *it->value = *x;
        });
    s.model = std::move(model);
  }

  // Return the item's list, accepting an absent or null list as empty.
  bool is_list(const Tree& node, std::string_view what)
  {
    if (node.is_null())
      return false;
    if (!node.is_sequence()) {
      m_r.error(node, fmt::format("{} must be a list, got {}", what, node_kind(node)));
      return false;
    }
    return true;
  }

  void read_offer(Scenario& s, const Tree& node)
  {
    if (!is_list(node, "offer"))
      return;
    for (const Tree& entry : node.items) {
      OfferItem item;
      item.scope = point(1);
      std::optional<std::size_t> id;
      const Tree* id_node = nullptr;
      bool ok = m_r.each_entry(entry, "an offer item", k_offer_item_keys,
                               [&](const std::string& k, const Tree&, const Tree& v) {
                                 if (k == "measure") {
                                   id_node = &v;
                                   if (std::string split = split_id_error("measure", v.scalar);
                                       v.is_scalar() && !split.empty())
                                     m_r.error(v, split);
                                   else
                                     id = m_r.choice(v, "measure", m_model->measure_ids());
                                 } else if (k == "scope") {
                                   if (auto x = m_r.number(v, "scope", ranges::share))
                                     item.scope = *x;
                                 } else if (k == "remove")
                                   remove_outside_extends(v);
                                 else if (k == "reversible")
                                   item.reversible = m_r.boolean(v, "reversible").value_or(false);
                                 else if (k == "conditional")
                                   item.conditional = m_r.boolean(v, "conditional").value_or(false);
                                 else
                                   read_effects(v, item.effects);
                               });
      if (!ok)
        continue;
      if (!id_node) {
        m_r.error(entry, "an offer item needs 'measure: ID'");
        continue;
      }
      if (!id)
        continue;
      item.measure = *id;
      item.pos = id_node->pos;
      bool dup = std::any_of(s.offer.begin(), s.offer.end(),
                             [&](const OfferItem& o) { return o.measure == item.measure; });
      if (dup) {
        m_r.error(*id_node,
                  fmt::format("measure '{}' is offered twice", m_model->measures[item.measure].id));
        continue;
      }
      s.offer.push_back(std::move(item));
    }
  }

  void read_asks(Scenario& s, const Tree& node)
  {
    if (!is_list(node, "asks"))
      return;
    for (const Tree& entry : node.items) {
      AskItem item;
      std::optional<std::size_t> id;
      const Tree *id_node = nullptr, *amount_node = nullptr;
      bool ok = m_r.each_entry(entry, "an ask", k_ask_item_keys,
                               [&](const std::string& k, const Tree&, const Tree& v) {
                                 if (k == "item") {
                                   id_node = &v;
                                   id = m_r.choice(v, "ask", m_model->ask_ids());
                                 } else if (k == "amount") {
                                   amount_node = &v;
                                   if (auto x = m_r.number(v, "amount", ranges::amount))
                                     item.amount = *x;
                                 } else if (k == "remove")
                                   remove_outside_extends(v);
                                 else if (k == "credibility")
                                   item.credibility = m_r.number(v, "credibility", ranges::share);
                                 else
                                   read_effects(v, item.effects);
                               });
      if (!ok)
        continue;
      if (!id_node) {
        m_r.error(entry, "an ask needs 'item: ID'");
        continue;
      }
      if (!id)
        continue;
      item.ask = *id;
      item.pos = id_node->pos;
      const AskDef& def = s.model->asks[*id];
      if (!amount_node) {
        m_r.error(entry, fmt::format("ask '{}' needs an amount (in {}, at most {})", def.id,
                                     def.unit, def.max_amount.mean));
        continue;
      }
      const double amount = item.amount.mean;
      if (def.is_share() && !item.amount.uncertain() && amount > 1 && amount <= 100) {
        // a share typed as a percentage (SPEC 2.4): scoring it as a full halt would mislead
        m_r.error_at(item.amount.pos,
                     fmt::format("amount {} of '{}' is a {} from 0 to 1, not a percentage: did you "
                                 "mean {}?",
                                 amount, def.id, def.unit, amount / 100));
        continue;
      }
      if (def.counts_people() && !item.amount.uncertain() && amount != std::floor(amount)) {
        std::string hint;
        auto whole = [](double x) { return std::abs(x - std::round(x)) < 1e-9; };
        if (amount < 1000 && whole(amount * 1000) && !whole(amount * 100)) // three decimals
          hint = fmt::format("; if the dot separates thousands, write {} (YAML numbers have no "
                             "thousands separator)",
                             std::round(amount * 1000));
        m_r.warning_at(item.amount.pos,
                       fmt::format("amount {} of '{}' is not a whole number of people, who are "
                                   "counted whole{}",
                                   amount, def.id, hint));
      }
      if (amount > def.max_amount.mean)
        m_r.warning_at(
            item.amount.pos,
            fmt::format("amount {} is above the maximum of {} {} for '{}': clamped to {}",
                        item.amount.mean, def.max_amount.mean, def.unit, def.id,
                        def.max_amount.mean));
      bool dup = std::any_of(s.asks.begin(), s.asks.end(),
                             [&](const AskItem& a) { return a.ask == item.ask; });
      if (dup) {
        m_r.error(*id_node, fmt::format("ask '{}' is listed twice", def.id));
        continue;
      }
      s.asks.push_back(std::move(item));
    }
  }

  std::shared_ptr<const SourceFile> m_file;
  YamlReader m_r;
  std::vector<Diagnostic>& m_out;
  std::shared_ptr<const Model> m_model;
  SourcePos m_war_pos, m_ruler_pos; // of the context overrides, for warnings
};

// Return the scenarios of a file already in memory (the one place that parses scenarios).
LoadedFile load_source(std::shared_ptr<const SourceFile> file, std::shared_ptr<const Model> model,
                       const std::string& dir, const std::string& root)
{
  LoadedFile result;
  result.source = std::move(file);
  std::vector<Tree> docs = parse_documents(result.source, result.diagnostics);
  result.documents = docs.size();
  ScenarioReader reader(result.source, result.diagnostics, std::move(model));
  int index = 0;
  bool unreadable = false;
  for (auto& doc : docs) {
    ++index;
    Composition composed = compose(std::move(doc), dir, root, result.diagnostics);
    unreadable = unreadable || composed.unreadable;
    if (!composed.doc)
      continue;
    if (auto s = reader.read(*composed.doc, index))
      result.scenarios.push_back(std::move(*s));
  }
  // In file order: this file's problems first, then those of the files it extends.
  auto order = [&](const Diagnostic& d) {
    bool own = d.pos.file == result.source;
    return std::tuple(!own, d.pos.file ? d.pos.file->name : "", d.pos.line, d.pos.col);
  };
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return order(a) < order(b); });
  if (unreadable)
    result.status = ExitStatus::no_input;
  else if (has_errors(result.diagnostics))
    result.status = ExitStatus::data_error;
  return result;
}

} // namespace

LoadedFile load_scenarios_from_string(std::string text, std::string name,
                                      std::shared_ptr<const Model> model, const std::string& dir,
                                      const std::string& root)
{
  return load_source(
      std::make_shared<const SourceFile>(SourceFile{std::move(name), std::move(text)}),
      std::move(model), dir, root.empty() ? dir : root);
}

LoadedFile load_scenario_file(const std::string& path, std::shared_ptr<const Model> model,
                              const std::string& root)
{
  return std::move(load_scenario_file(path, std::vector{std::move(model)}, root).front());
}

std::vector<LoadedFile> load_scenario_file(const std::string& path,
                                           const std::vector<std::shared_ptr<const Model>>& models,
                                           const std::string& root)
{
  if (!root.empty() && path != "-" && !inside_tree(path, root)) {
    LoadedFile result;
    result.diagnostics.push_back(Diagnostic{
        {},
        Severity::error,
        fmt::format("cannot read: the file lies outside the tree given by --root, {}", root),
        path});
    result.status = ExitStatus::no_input;
    return std::vector<LoadedFile>(models.size(), result);
  }
  SourceRead read = read_source(path);
  if (!read.file) {
    if (read.problem->message.ends_with("a pipe"))
      read.problem->message += " (give it on standard input as '-')"; // relief eval <(...)
    LoadedFile result;
    result.diagnostics.push_back(*read.problem);
    result.status = read.status;
    return std::vector<LoadedFile>(models.size(), result);
  }
  std::string dir = path == "-" ? "." : std::filesystem::path(path).parent_path().string();
  if (dir.empty())
    dir = ".";
  std::vector<LoadedFile> out;
  for (const auto& model : models)
    out.push_back(load_source(read.file, model, dir, root.empty() ? dir : root));
  return out;
}

} // namespace relief
