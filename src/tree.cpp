#include "tree.hpp"

#include "yaml_scan.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace relief {
namespace {

// Builds trees from yaml-cpp's parser events, so that no node graph of yaml-cpp's is ever built:
// memory and time stay bounded by the budgets below, whatever aliases the file uses.
class TreeBuilder : public YAML::EventHandler {
public:
  // Thrown to stop the parser as soon as a limit is hit (the diagnostic is already recorded).
  struct Abort {};

  TreeBuilder(const std::shared_ptr<const SourceFile>& file, std::vector<Diagnostic>& out)
      : m_file(file), m_out(out)
  {
  }

  std::vector<Tree>& documents() { return m_docs; }

  // The limits hold for each document, as relief-scenario(5) says, and anchors do not cross
  // documents.
  void OnDocumentStart(const YAML::Mark& mark) override
  {
    // yaml-cpp 0.7 can report document after empty document at the same place without reading
    // on (for a stray ',' at the start of a stream): each document must start further on
    if (m_last_start && mark.pos <= *m_last_start)
      fail(pos_of(mark), "YAML syntax error: no document can be read from here");
    m_last_start = mark.pos;
    m_root.reset();
    m_anchors.clear();
    m_nodes = 0;
    m_text = 0;
  }
  void OnDocumentEnd() override
  {
    if (m_root && !m_root->is_null())
      m_docs.push_back(std::move(*m_root));
    m_root.reset();
  }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    Tree t;
    t.pos = empty_node_pos(mark);
    count(t.pos, 1, 0);
    finish(std::move(t), anchor, 1, 0);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    auto it = m_anchors.find(anchor);
    if (it == m_anchors.end())
      fail(pos_of(mark), "an alias refers to the node that contains it");
    const Anchored& a = it->second;
    count(pos_of(mark), a.nodes, a.text);
    finish(a.tree, 0, a.nodes, a.text);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override
  {
    Tree t;
    t.type = Tree::Type::scalar;
    t.pos = pos_of(mark);
    count(t.pos, 1, value.size());
    t.quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
    std::string_view text = m_file->text;
    auto at = static_cast<std::size_t>(mark.pos);
    if (t.quoted && at < text.size() && (text[at] == '"' || text[at] == '\'') &&
        quote_end(text, at) == std::string_view::npos)
      fail(t.pos, "YAML syntax error: a quoted string is never closed");
    if (!t.quoted)
      check_block_key(mark, value);
    t.scalar = value;
    finish(std::move(t), anchor, 1, value.size());
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override
  {
    open(mark, anchor, Tree::Type::sequence);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override
  {
    open(mark, anchor, Tree::Type::map);
    m_stack.back().block = style == YAML::EmitterStyle::Block;
  }
  void OnMapEnd() override
  {
    apply_merge_keys(m_stack.back().tree);
    close();
  }

private:
  struct Frame {
    Tree tree;
    YAML::anchor_t anchor = 0;
    std::optional<Tree> key; // a map's key waiting for its value
    std::size_t nodes = 1;   // nodes and text bytes inside, for aliases of this node
    std::size_t text = 0;
    bool block = false; // a block map (not { })
  };
  struct Anchored {
    Tree tree;
    std::size_t nodes;
    std::size_t text;
  };

  SourcePos pos_of(const YAML::Mark& m) const
  {
    if (m.is_null())
      return SourcePos{m_file, 1, 1};
    return SourcePos{m_file, m.line + 1, m.column + 1};
  }

  // yaml-cpp marks an empty node (`key:` or `-` with nothing after it) where the next token is,
  // often on a later line; it stands right after its indicator, where YAML clients put it too.
  SourcePos empty_node_pos(const YAML::Mark& mark) const
  {
    const std::string_view text = m_file->text;
    const auto at = static_cast<std::size_t>(std::max(mark.pos, 0));
    if (mark.is_null() || at > text.size() || text.substr(at, 1) == "~" ||
        text.substr(at).starts_with("null") || text.substr(at).starts_with("Null") ||
        text.substr(at).starts_with("NULL"))
      return pos_of(mark);
    std::size_t before = at;
    bool crossed_line = false;
    while (before > 0 && std::string_view(" \t\r\n").find(text[before - 1]) != std::string::npos)
      crossed_line |= text[--before] == '\n';
    if (!crossed_line || before == 0)
      return pos_of(mark);
    // before is just past the last character of an earlier line: step back over a comment
    const std::size_t line = text.rfind('\n', before - 1) + 1; // npos + 1 == 0
    const std::size_t comment = text.substr(line, before - line).find(" #");
    if (comment != std::string_view::npos)
      before = text.find_last_not_of(" \t", line + comment) + 1;
    auto [l, c] = m_file->line_col(before);
    return SourcePos{m_file, l, c};
  }

  [[noreturn]] void fail(const SourcePos& pos, std::string message)
  {
    m_out.push_back(Diagnostic{pos, Severity::error, std::move(message), m_file->name});
    throw Abort{};
  }

  // Count nodes and text against the document's budgets, and against the file's, so that a file
  // of many documents, each within its limits, cannot multiply them (aliases in every document).
  // Without aliases a file stays within its own budget: each node takes at least half a byte of
  // the file, and every scalar's text is in it.
  void count(const SourcePos& pos, std::size_t nodes, std::size_t text)
  {
    m_nodes += nodes;
    m_text += text;
    m_file_nodes += nodes;
    m_file_text += text;
    if (m_nodes > k_max_nodes)
      fail(pos,
           fmt::format(
               "the document expands to more than {} nodes: refused (an alias bomb, or a file too "
               "large for a scenario)",
               k_max_nodes));
    if (m_text > k_max_text)
      fail(pos,
           fmt::format("the document expands to more than {} MiB of text: refused (an alias bomb?)",
                       k_max_text / 1024 / 1024));
    if (m_file_nodes > k_max_nodes + 2 * m_file->text.size() ||
        m_file_text > k_max_text + m_file->text.size())
      fail(pos, fmt::format("the file's documents expand to more than {} nodes or {} MiB of text "
                            "beyond the file's size: refused (alias bombs?)",
                            k_max_nodes, k_max_text / 1024 / 1024));
  }

  // A plain scalar that is a key of a block map must be followed by ':' (or follow '?'): yaml-cpp
  // 0.7 takes a last line without one (YAML test suite 236B, 7MNF, 9CWY) as a key with no value.
  void check_block_key(const YAML::Mark& mark, const std::string& value)
  {
    if (m_stack.empty() || !m_stack.back().block || m_stack.back().key || value.empty())
      return;
    const std::string_view text = m_file->text;
    auto at = static_cast<std::size_t>(mark.pos);
    if (at > text.size() || text.substr(at, value.size()) != value)
      return; // not where the key is written (it has properties before it): nothing to check
    const std::size_t before = text.find_last_not_of(" \t", at == 0 ? 0 : at - 1);
    if (at > 0 && before != std::string_view::npos && text[before] == '?')
      return; // an explicit key
    const std::size_t after = text.find_first_not_of(" \t", at + value.size());
    if (after == std::string_view::npos || text[after] != ':')
      fail(pos_of(mark), fmt::format("YAML syntax error: {} has no ':' after it: a key needs one, "
                                     "and a value must be indented under its key",
                                     clipped(value)));
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, Tree::Type type)
  {
    Frame f;
    f.tree.type = type;
    f.tree.pos = pos_of(mark);
    f.anchor = anchor;
    if (m_stack.size() >= static_cast<std::size_t>(k_max_depth))
      fail(f.tree.pos, fmt::format("nesting too deep: more than {} levels", k_max_depth));
    count(f.tree.pos, 1, 0);
    m_stack.push_back(std::move(f));
  }

  void close()
  {
    Frame f = std::move(m_stack.back());
    m_stack.pop_back();
    finish(std::move(f.tree), f.anchor, f.nodes, f.text);
  }

  // Attach a complete node to its parent (or make it the document), remembering it when anchored.
  void finish(Tree t, YAML::anchor_t anchor, std::size_t nodes, std::size_t text)
  {
    if (anchor != 0)
      m_anchors[anchor] = Anchored{t, nodes, text};
    if (m_stack.empty()) {
      m_root = std::move(t);
      return;
    }
    Frame& parent = m_stack.back();
    parent.nodes += nodes;
    parent.text += text;
    if (parent.tree.is_sequence())
      parent.tree.items.push_back(std::move(t));
    else if (!parent.key)
      parent.key = std::move(t);
    else {
      parent.tree.entries.push_back(TreeEntry{std::move(*parent.key), std::move(t)});
      parent.key.reset();
    }
  }

  // Add the entries of a map's merge keys (<<) that it does not set itself (YAML 1.1 merge).
  void apply_merge_keys(Tree& t)
  {
    auto is_merge = [](const TreeEntry& e) {
      return e.key.is_scalar() && !e.key.quoted && e.key.scalar == "<<";
    };
    if (std::none_of(t.entries.begin(), t.entries.end(), is_merge))
      return;
    std::vector<Tree> merges;
    std::vector<TreeEntry> own;
    for (auto& e : t.entries)
      (is_merge(e) ? merges.push_back(std::move(e.value)) : own.push_back(std::move(e)));
    t.entries = std::move(own);
    std::unordered_set<std::string> present;
    for (const auto& e : t.entries)
      if (e.key.is_scalar())
        present.insert(e.key.scalar);
    for (const Tree& merge : merges) {
      std::vector<const Tree*> sources;
      if (merge.is_map())
        sources.push_back(&merge);
      else if (merge.is_sequence())
        for (const Tree& item : merge.items)
          sources.push_back(&item);
      if (sources.empty() ||
          std::any_of(sources.begin(), sources.end(), [](const Tree* s) { return !s->is_map(); }))
        fail(merge.pos, "a merge key '<<' takes a map or a list of maps");
      for (const Tree* source : sources)
        for (const auto& e : source->entries)
          if (!e.key.is_scalar() || present.insert(e.key.scalar).second)
            t.entries.push_back(e);
    }
  }

  std::shared_ptr<const SourceFile> m_file;
  std::vector<Diagnostic>& m_out;
  std::vector<Tree> m_docs;
  std::optional<Tree> m_root;
  std::vector<Frame> m_stack;
  std::unordered_map<YAML::anchor_t, Anchored> m_anchors;
  std::size_t m_nodes = 0;
  std::size_t m_text = 0;
  std::optional<int> m_last_start; // where the last document started
  std::size_t m_file_nodes = 0;    // over every document of the file
  std::size_t m_file_text = 0;
};

} // namespace

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

std::vector<Tree> parse_documents(const std::shared_ptr<const SourceFile>& file,
                                  std::vector<Diagnostic>& out)
{
  auto error = [&](SourcePos pos, std::string message) {
    out.push_back(Diagnostic{std::move(pos), Severity::error, std::move(message), file->name});
  };
  if (auto bad = check_encoding(file->text)) {
    auto [line, col] = file->line_col(bad->offset);
    error(SourcePos{file, line, col}, bad->message);
    out.back().show_source = bad->message.starts_with("invalid UTF-8"); // never echo a binary file
    return {};
  }
  if (auto bad = scan_yaml_text(file->text, k_max_depth)) {
    auto [line, col] = file->line_col(bad->offset);
    error(SourcePos{file, line, col}, bad->message);
    return {};
  }
  TreeBuilder builder(file, out);
  try {
    std::istringstream in(blank_lines_without_tabs(file->text));
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const TreeBuilder::Abort&) {
    return {};
  } catch (const YAML::Exception& e) {
    SourcePos p{file, e.mark.is_null() ? 1 : e.mark.line + 1,
                e.mark.is_null() ? 1 : e.mark.column + 1};
    // a tab in the indentation of the line is what most syntax errors there come from
    const std::size_t start = file->line_start(p.line);
    const std::size_t indent_end = file->text.find_first_not_of(" \t", start);
    const std::size_t tab = file->text.find('\t', start);
    if (e.msg == YAML::ErrorMsg::BAD_FILE) // what yaml-cpp 0.7's depth guard says
      error(p, "nesting too deep: the YAML is nested more than 500 levels");
    else if (tab != std::string::npos && tab < indent_end)
      error(SourcePos{file, p.line, static_cast<int>(tab - start) + 1},
            "YAML syntax error: tabs cannot indent YAML; indent with spaces");
    else
      error(p, fmt::format("YAML syntax error: {}{}", e.msg,
                           deviation_hint(file->text, e.mark.is_null() ? 0 : e.mark.pos)));
    return {};
  }
  std::vector<Tree> trees = std::move(builder.documents());
  if (trees.empty())
    error(SourcePos{file, 1, 1}, "file is empty: expected a scenario starting with 'relief: 1'");
  return trees;
}

} // namespace relief
