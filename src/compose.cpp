#include "compose.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

#include "scenario_format.hpp"
#include "source.hpp"
#include "yaml_reader.hpp"

namespace relief {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> k_merged_maps = {"context", "weights", "assumptions", "effects"};

// Merge child's entries onto base: maps named in k_merged_maps merge key by key, the rest replace.
void merge_map(Tree& base, const Tree& child);

// Merge a list of items onto the inherited list by their id key; `remove: true` drops one.
void merge_items(Tree& base, const Tree& child, const std::string& id_key,
                 std::vector<Diagnostic>& out)
{
  YamlReader r(out);
  for (const Tree& item : child.items) {
    const Tree* id = item.is_map() ? item.find(id_key) : nullptr;
    if (!id || !id->is_scalar()) {
      base.items.push_back(item); // the scenario reader reports what is wrong with it
      continue;
    }
    auto same = std::find_if(base.items.begin(), base.items.end(), [&](const Tree& b) {
      const Tree* bid = b.is_map() ? b.find(id_key) : nullptr;
      return bid && bid->is_scalar() && bid->scalar == id->scalar;
    });
    const Tree* remove = item.find("remove");
    std::optional<bool> drop = remove ? r.boolean(*remove, "remove") : false;
    if (!drop)
      continue;
    if (*drop) {
      if (same == base.items.end())
        r.error(*remove,
                fmt::format("nothing to remove: {} '{}' is not in the scenario this one extends",
                            id_key, id->scalar));
      else
        base.items.erase(same);
      continue;
    }
    Tree kept = item;
    std::erase_if(kept.entries,
                  [](const auto& e) { return e.key.is_scalar() && e.key.scalar == "remove"; });
    if (same == base.items.end())
      base.items.push_back(std::move(kept));
    else
      merge_map(*same, kept);
  }
}

void merge_map(Tree& base, const Tree& child)
{
  for (const auto& [key, value] : child.entries) {
    Tree* existing = key.is_scalar() ? base.find(key.scalar) : nullptr;
    bool mergeable =
        existing && existing->is_map() && value.is_map() &&
        std::find(k_merged_maps.begin(), k_merged_maps.end(), key.scalar) != k_merged_maps.end();
    if (mergeable)
      merge_map(*existing, value);
    else if (existing)
      *existing = value;
    else
      base.entries.push_back(TreeEntry{key, value});
  }
}

// Return path made absolute with its symbolic links resolved (as far as it exists).
fs::path resolved(const fs::path& path)
{
  std::error_code ec;
  fs::path out = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::absolute(path, ec).lexically_normal() : out;
}

// Return true when path is root or below it, both already resolved.
bool below(const fs::path& path, const fs::path& root)
{
  auto r = root.begin(), p = path.begin();
  for (; r != root.end(); ++r, ++p) {
    if (r->empty() && std::next(r) == root.end())
      return true; // a trailing separator
    if (p == path.end() || *p != *r)
      return false;
  }
  return true;
}

class Composer {
public:
  Composer(std::vector<Diagnostic>& out, const std::string& root)
      : m_out(out), m_r(out), m_root(resolved(root))
  {
  }

private:
  std::optional<Tree> resolve(Tree doc, const std::string& dir, std::vector<std::string>& chain)
  {
    const Tree* ext = doc.is_map() ? doc.find("extends") : nullptr;
    if (!ext)
      return doc;
    if (!ext->is_scalar() || ext->scalar.empty()) {
      m_r.error(*ext, fmt::format("extends must be a file name, got {}", node_kind(*ext)));
      return std::nullopt;
    }
    if (fs::path(ext->scalar).is_absolute()) {
      m_r.error(*ext, fmt::format("extends must name a file relative to this one, inside {}; {} "
                                  "is an absolute path",
                                  m_root.string(), clipped(ext->scalar)));
      return std::nullopt;
    }
    fs::path path = fs::path(dir) / ext->scalar;
    const std::string id = resolved(path).string(); // the file itself, as the chain knows it
    if (!below(id, m_root)) {
      // outside by its name (a `..` too many), or inside by name and out through a link
      const bool by_name = !below((resolved(dir) / ext->scalar).lexically_normal(), m_root);
      m_r.error(*ext,
                fmt::format("cannot extend {}: it {} outside the tree relief may read, {} "
                            "(--root DIR allows a wider one)",
                            clipped(ext->scalar),
                            by_name ? "lies" : "is a symbolic link that leads", m_root.string()));
      return std::nullopt;
    }
    std::string shown = path.lexically_normal().string();
    if (std::find(chain.begin(), chain.end(), id) != chain.end()) {
      std::string names;
      bool in_cycle = false;
      for (std::size_t i = 0; i < chain.size(); ++i) {
        in_cycle = in_cycle || chain[i] == id;
        if (in_cycle)
          names += m_shown[i] + " -> ";
      }
      m_r.error(*ext, fmt::format("extends cycle: {}{}", names, shown));
      return std::nullopt;
    }
    if (chain.size() >= k_max_extends) {
      m_r.error(*ext, fmt::format("extends chain too long: more than {} files", k_max_extends));
      return std::nullopt;
    }
    SourceRead read = read_source(shown);
    if (!read.file) {
      m_r.error(*ext, fmt::format("cannot extend '{}': {}", ext->scalar, read.problem->message));
      m_unreadable = m_unreadable || read.status == ExitStatus::no_input;
      return std::nullopt;
    }
    std::size_t before = m_out.size();
    std::vector<Tree> docs = parse_documents(read.file, m_out);
    if (m_out.size() != before)
      return std::nullopt;
    if (docs.size() != 1) {
      m_r.error(docs[1], fmt::format("a file that is extended holds one scenario, '{}' holds {}",
                                     ext->scalar, docs.size()));
      return std::nullopt;
    }
    if (!check_is_document(m_r, docs[0], "scenario", k_scenario_keys))
      return std::nullopt;
    if (!check_version(m_r, docs[0], "scenario"))
      return std::nullopt;
    chain.push_back(id);
    m_shown.push_back(shown);
    std::optional<Tree> base = resolve(std::move(docs[0]), path.parent_path().string(), chain);
    if (!base)
      return std::nullopt;
    std::erase_if(base->entries,
                  [](const auto& e) { return e.key.is_scalar() && e.key.scalar == "extends"; });
    for (const auto& [key, value] : doc.entries) {
      if (!key.is_scalar() || key.scalar == "extends")
        continue;
      Tree* existing = base->find(key.scalar);
      bool lists = existing && existing->is_sequence() && value.is_sequence();
      if (lists && (key.scalar == "offer" || key.scalar == "asks"))
        merge_items(*existing, value, key.scalar == "offer" ? "measure" : "item", m_out);
      else {
        Tree single;
        single.type = Tree::Type::map;
        single.entries.push_back(TreeEntry{key, value});
        merge_map(*base, single);
      }
    }
    return base;
  }

public:
  // Return doc composed, starting the chain with the file it was read from.
  Composition run(Tree doc, const std::string& dir)
  {
    std::vector<std::string> chain;
    if (doc.pos.file) {
      chain.push_back(resolved(fs::path(dir) / fs::path(doc.pos.file->name).filename()).string());
      m_shown.push_back(doc.pos.file->name);
    }
    Composition result;
    result.doc = resolve(std::move(doc), dir, chain);
    result.unreadable = m_unreadable;
    return result;
  }

private:
  std::vector<Diagnostic>& m_out;
  YamlReader m_r;
  fs::path m_root;                  // resolved: every file of a chain lies below it
  std::vector<std::string> m_shown; // the chain's files as shown in messages
  bool m_unreadable = false;
};

} // namespace

Composition compose(Tree doc, const std::string& dir, const std::string& root,
                    std::vector<Diagnostic>& out)
{
  return Composer(out, root).run(std::move(doc), dir);
}

bool inside_tree(const std::string& path, const std::string& root)
{
  return below(resolved(path), resolved(root));
}

} // namespace relief
