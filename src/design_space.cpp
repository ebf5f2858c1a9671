#include "design_space.hpp"

#include <cmath>
#include <fmt/format.h>

#include "source.hpp"
#include "tree.hpp"
#include "yaml_reader.hpp"

namespace relief {

const std::vector<std::string> k_design_keys{"relief",      "name",       "description",
                                             "credibility", "scope_step", "forms",
                                             "measures",    "asks",       "caps"};

namespace {

std::vector<std::string> form_names()
{
  return {k_form_names.begin(), k_form_names.end()};
}

class SpaceReader {
public:
  SpaceReader(std::vector<Diagnostic>& out, const Model& model) : m_r(out), m_model(model) {}

  void read(const Tree& doc, DesignSpace& space)
  {
    if (!check_is_document(m_r, doc, "design constraints", k_design_keys))
      return;
    for (const char* key : {"offer", "timing", "context", "extends", "assumptions"})
      if (doc.find(key)) { // a scenario given where constraints were meant
        m_r.error(doc, fmt::format("this is a scenario (it has '{}'), not a design constraints "
                                   "file: design searches the whole catalogue and reads only what "
                                   "narrows it (relief-scenario(5), DESIGN CONSTRAINTS)",
                                   key));
        return;
      }
    check_version(m_r, doc, "design constraints");
    const Tree *measures = nullptr, *asks = nullptr, *caps = nullptr, *forms = nullptr;
    m_r.each_entry(doc, "the design constraints", k_design_keys,
                   [&](const std::string& k, const Tree&, const Tree& v) {
                     if (k == "name" || k == "description")
                       m_r.string(v, k);
                     else if (k == "credibility") {
                       if (auto c = m_r.number(v, "credibility", ranges::share, false))
                         space.credibility = c->mean;
                     } else if (k == "scope_step") {
                       if (auto s = m_r.number(v, "scope_step", Range{0.01, 1}, false))
                         space.scope_step = s->mean;
                     } else if (k == "forms")
                       forms = &v;
                     else if (k == "measures")
                       measures = &v;
                     else if (k == "asks")
                       asks = &v;
                     else if (k == "caps")
                       caps = &v;
                   });
    if (forms)
      if (auto f = read_forms(*forms))
        std::fill(space.forms.begin(), space.forms.end(), *f);
    if (measures)
      read_measures(*measures, space);
    if (asks)
      read_asks(*asks, space);
    if (caps)
      read_caps(*caps, space);
  }

private:
  // forms: [plain, conditional, reversible] (at least one)
  std::optional<std::array<bool, 3>> read_forms(const Tree& node)
  {
    if (!node.is_sequence() || node.items.empty()) {
      m_r.error(node, fmt::format("forms must be a list of plain, conditional and reversible, "
                                  "got {}",
                                  node_kind(node)));
      return std::nullopt;
    }
    std::array<bool, 3> out{};
    for (const Tree& item : node.items)
      if (auto f = m_r.choice(item, "form", form_names()))
        out[*f] = true;
    return out;
  }

  void read_measures(const Tree& node, DesignSpace& space)
  {
    std::vector<std::string> ids;
    for (const Measure& m : m_model.measures)
      ids.push_back(m.id);
    m_r.each_entry(node, "measures", {}, [&](const std::string& k, const Tree& key, const Tree& v) {
      const auto m = m_model.measure_index(k);
      if (!m) {
        if (k == "aviation")
          m_r.error(key, "'aviation' is split into aircraft-parts and airspace: constrain each");
        else
          m_r.error(key, fmt::format("unknown measure {}{}", clipped(k), did_you_mean(k, ids)));
        return;
      }
      const std::string what = fmt::format("measures.{}", k);
      if (v.is_map()) {
        m_r.each_entry(v, what, {"max", "forms"},
                       [&](const std::string& k2, const Tree&, const Tree& v2) {
                         if (k2 == "max") {
                           if (auto x = m_r.number(v2, what + ".max", ranges::share, false))
                             space.scope_max[*m] = x->mean;
                         } else if (auto f = read_forms(v2))
                           space.forms[*m] = *f;
                       });
      } else if (auto x = m_r.number(v, what, ranges::share, false))
        space.scope_max[*m] = x->mean;
    });
  }

  void read_asks(const Tree& node, DesignSpace& space)
  {
    std::vector<std::string> ids;
    for (const AskDef& a : m_model.asks)
      ids.push_back(a.id);
    m_r.each_entry(node, "asks", {}, [&](const std::string& k, const Tree& key, const Tree& v) {
      const auto a = m_model.ask_index(k);
      if (!a) {
        m_r.error(key, fmt::format("unknown ask {}{}", clipped(k), did_you_mean(k, ids)));
        return;
      }
      const AskDef& def = m_model.asks[*a];
      const Range range{0, def.max_amount.mean};
      const std::string what = fmt::format("asks.{}", k);
      DesignSpace::AskGrid& g = space.asks[*a];
      if (!v.is_map()) { // a number: the most that may be asked (0: not asked)
        if (auto x = m_r.number(v, what, range, false))
          g.max = x->mean;
        return;
      }
      m_r.each_entry(
          v, what, {"min", "max", "step"},
          [&](const std::string& k2, const Tree& key2, const Tree& v2) {
            const std::string w = what + "." + k2;
            if (k2 == "step") {
              if (auto x = m_r.number(v2, w, Range{0, def.max_amount.mean, true}, false))
                g.step = x->mean;
            } else if (auto x = m_r.number(v2, w, range, false))
              (k2 == "min" ? g.min : g.max) = x->mean;
            if (k2 == "min" && def.counts_people() && g.min != std::floor(g.min))
              m_r.error(key2, fmt::format("{} counts people: a whole number, not {}", w, g.min));
          });
      if (g.min > g.max)
        m_r.error(v, fmt::format("{}: min {} is more than max {}", what, g.min, g.max));
      else if (g.step > 0 && (g.max - g.min) / g.step > 10000)
        m_r.error(v, fmt::format("{}: {} amounts from {} to {} in steps of {}; at most 10000", what,
                                 std::floor((g.max - g.min) / g.step) + 1, g.min, g.max, g.step));
    });
  }

  void read_caps(const Tree& node, DesignSpace& space)
  {
    const std::vector<std::string> ids = m_model.criterion_ids();
    m_r.each_entry(node, "caps", {}, [&](const std::string& k, const Tree& key, const Tree& v) {
      const auto c = m_model.criterion_index(k);
      if (!c) {
        m_r.error(key, fmt::format("unknown criterion {}{}", clipped(k), did_you_mean(k, ids)));
        return;
      }
      if (auto x = m_r.number(v, fmt::format("caps.{}", k), Range{-10, 10}, false))
        space.caps[*c] = x->mean;
    });
  }

  YamlReader m_r;
  const Model& m_model;
};

SpaceLoad load(const std::shared_ptr<const SourceFile>& file, const Model& model)
{
  SpaceLoad out;
  out.space = default_space(model);
  std::vector<Tree> docs = parse_documents(file, out.diagnostics);
  SpaceReader reader(out.diagnostics, model);
  if (docs.size() > 1)
    YamlReader(out.diagnostics)
        .error(docs[1], "a constraints file holds one document; this is a second");
  else if (docs.size() == 1)
    reader.read(docs[0], out.space);
  if (has_errors(out.diagnostics) || docs.empty())
    out.status = ExitStatus::data_error;
  return out;
}

} // namespace

SpaceLoad load_space_from_string(std::string text, std::string name, const Model& model)
{
  return load(std::make_shared<const SourceFile>(std::move(name), std::move(text)), model);
}

SpaceLoad load_space_file(const std::string& path, const Model& model)
{
  SourceRead read = read_source(path);
  if (!read.file) {
    SpaceLoad out;
    if (read.problem)
      out.diagnostics.push_back(*read.problem);
    out.status = read.status;
    return out;
  }
  return load(read.file, model);
}

} // namespace relief
