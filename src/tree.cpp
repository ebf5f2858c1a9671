#include "tree.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <optional>
#include <unordered_set>
#include <yaml-cpp/yaml.h>

namespace relief {
namespace {

// Return the 1-based line and column of a byte offset.
std::pair<int, int> line_col(std::string_view text, std::size_t offset)
{
  int line = 1;
  std::size_t start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') {
      ++line;
      start = i + 1;
    }
  return {line, static_cast<int>(offset - start) + 1};
}

// Return "" when text is UTF-8 without NUL bytes, else what is wrong; offset gets the first bad byte.
std::string check_encoding(std::string_view text, std::size_t& offset)
{
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    offset = 0;
    return "the file is UTF-16; save it as UTF-8";
  }
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    offset = i;
    if (c == 0)
      return "the file contains a NUL byte: it is not a text file";
    int extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (extra < 0 || c == 0xC0 || c == 0xC1 || c > 0xF4)
      return fmt::format("invalid UTF-8: byte 0x{:02X} cannot start a character", c);
    if (extra > 0 && i + static_cast<std::size_t>(extra) >= text.size())
      return "invalid UTF-8: the file ends inside a character";
    for (int k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80)
        return fmt::format("invalid UTF-8: byte 0x{:02X} is not followed by a continuation byte", c);
    i += static_cast<std::size_t>(extra) + 1;
  }
  return "";
}

// Return the offset just past the quoted scalar that opens at text[at], or npos when it never closes.
std::size_t quote_end(std::string_view text, std::size_t at)
{
  char q = text[at];
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (q == '"' && text[i] == '\\')
      ++i;
    else if (text[i] == q) {
      if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
        ++i;
      else
        return i + 1;
    }
  }
  return std::string_view::npos;
}

class Converter {
public:
  Converter(const std::shared_ptr<const SourceFile>& file, std::vector<Diagnostic>& out) : m_file(file), m_out(out) {}

  // Return the tree of node, or nothing when a limit was hit or the YAML is malformed.
  std::optional<Tree> convert(const YAML::Node& node)
  {
    Tree t = walk(node, 0);
    if (m_failed)
      return std::nullopt;
    return t;
  }

private:
  SourcePos pos_of(const YAML::Node& node) const
  {
    YAML::Mark m = node.Mark();
    if (m.is_null())
      return SourcePos{m_file, 1, 1};
    return SourcePos{m_file, m.line + 1, m.column + 1};
  }

  void fail(const SourcePos& pos, std::string message)
  {
    if (m_failed)
      return;
    m_failed = true;
    m_out.push_back(Diagnostic{pos, Severity::error, std::move(message), m_file->name});
  }

  Tree walk(const YAML::Node& node, int depth)
  {
    Tree t;
    if (m_failed)
      return t;
    t.pos = pos_of(node);
    if (++m_nodes > k_max_nodes) {
      fail(t.pos, fmt::format("the document expands to more than {} nodes: refused (an alias bomb, or a file too "
                              "large for a scenario)",
                              k_max_nodes));
      return t;
    }
    if (depth > k_max_depth) {
      fail(t.pos, fmt::format("nesting too deep: more than {} levels", k_max_depth));
      return t;
    }
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null: break;
    case YAML::NodeType::Scalar: scalar(node, t); break;
    case YAML::NodeType::Sequence:
      t.type = Tree::Type::sequence;
      for (auto it = node.begin(); it != node.end() && !m_failed; ++it)
        t.items.push_back(walk(*it, depth + 1));
      break;
    case YAML::NodeType::Map: map(node, t, depth); break;
    }
    return t;
  }

  void scalar(const YAML::Node& node, Tree& t)
  {
    t.type = Tree::Type::scalar;
    t.scalar = node.Scalar();
    const std::string& tag = node.Tag();
    t.quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
    auto at = static_cast<std::size_t>(node.Mark().pos);
    std::string_view text = m_file->text;
    if (t.quoted && at < text.size() && (text[at] == '"' || text[at] == '\'') &&
        quote_end(text, at) == std::string_view::npos)
      fail(t.pos, "YAML syntax error: a quoted string is never closed");
  }

  // Copy a map's entries, then add those of its merge keys (<<) that it does not set itself.
  void map(const YAML::Node& node, Tree& t, int depth)
  {
    t.type = Tree::Type::map;
    std::vector<Tree> merges;
    for (auto it = node.begin(); it != node.end() && !m_failed; ++it) {
      const YAML::Node key = it->first;
      const YAML::Node value = it->second;
      if (key.IsScalar() && key.Tag() != "!" && key.Scalar() == "<<") {
        merges.push_back(walk(value, depth + 1));
        continue;
      }
      Tree k = walk(key, depth + 1);
      Tree v = walk(value, depth + 1);
      t.entries.emplace_back(std::move(k), std::move(v));
    }
    std::unordered_set<std::string> present;
    for (const auto& [k, v] : t.entries)
      if (k.is_scalar())
        present.insert(k.scalar);
    for (const Tree& merge : merges) {
      std::vector<const Tree*> sources;
      if (merge.is_map())
        sources.push_back(&merge);
      else if (merge.is_sequence())
        for (const Tree& item : merge.items)
          sources.push_back(&item);
      if (sources.empty() || std::any_of(sources.begin(), sources.end(), [](const Tree* s) { return !s->is_map(); })) {
        fail(merge.pos, "a merge key '<<' takes a map or a list of maps");
        return;
      }
      for (const Tree* source : sources)
        for (const auto& [k, v] : source->entries)
          if (!k.is_scalar() || present.insert(k.scalar).second)
            t.entries.emplace_back(k, v);
    }
  }

  std::shared_ptr<const SourceFile> m_file;
  std::vector<Diagnostic>& m_out;
  std::size_t m_nodes = 0;
  bool m_failed = false;
};

}  // namespace

const Tree* Tree::find(std::string_view key) const
{
  for (const auto& [k, v] : entries)
    if (k.is_scalar() && k.scalar == key)
      return &v;
  return nullptr;
}

Tree* Tree::find(std::string_view key)
{
  return const_cast<Tree*>(static_cast<const Tree*>(this)->find(key));
}

std::vector<Tree> parse_documents(const std::shared_ptr<const SourceFile>& file, std::vector<Diagnostic>& out)
{
  auto error = [&](SourcePos pos, std::string message) {
    out.push_back(Diagnostic{std::move(pos), Severity::error, std::move(message), file->name});
  };
  std::size_t bad = 0;
  if (std::string why = check_encoding(file->text, bad); !why.empty()) {
    auto [line, col] = line_col(file->text, bad);
    error(SourcePos{file, line, col}, why);
    return {};
  }
  std::vector<YAML::Node> docs;
  try {
    docs = YAML::LoadAll(file->text);
  } catch (const YAML::Exception& e) {
    SourcePos p{file, e.mark.is_null() ? 1 : e.mark.line + 1, e.mark.is_null() ? 1 : e.mark.column + 1};
    if (e.msg == YAML::ErrorMsg::BAD_FILE)  // what yaml-cpp 0.7's depth guard says
      error(p, "nesting too deep: the YAML is nested more than 500 levels");
    else
      error(p, fmt::format("YAML syntax error: {}", e.msg));
    return {};
  }
  std::vector<Tree> trees;
  Converter converter(file, out);
  for (const auto& d : docs) {
    if (d.IsNull())
      continue;
    std::optional<Tree> t = converter.convert(d);
    if (!t)
      return {};
    trees.push_back(std::move(*t));
  }
  if (trees.empty())
    error(SourcePos{file, 1, 1}, "file is empty: expected a scenario starting with 'relief: 1'");
  return trees;
}

}  // namespace relief
