#pragma once
// A YAML document as plain data: aliases expanded (within a budget), merge keys (<<) applied, and
// every node knowing the file and position it came from, so that documents of different files
// can be composed (extends) and still be diagnosed where each value was written.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostic.hpp"

namespace relief {

struct TreeEntry;

struct Tree {
  enum class Type { null, scalar, sequence, map };

  Type type = Type::null;
  std::string scalar;  // the text of a scalar
  bool quoted = false; // a quoted, block or !!str scalar: always a string, never a number
  SourcePos pos;
  std::vector<Tree> items;        // a sequence's items
  std::vector<TreeEntry> entries; // a map's entries in file order (duplicates kept)

  bool is_null() const { return type == Type::null; }
  bool is_scalar() const { return type == Type::scalar; }
  bool is_sequence() const { return type == Type::sequence; }
  bool is_map() const { return type == Type::map; }
  // Return the value of the first entry whose key is the scalar key, or nullptr.
  const Tree* find(std::string_view key) const;
  Tree* find(std::string_view key);
};

struct TreeEntry {
  Tree key;
  Tree value;
};

// Limits on a document (and, beyond the file's size, on all of a file's documents together),
// documented in relief-scenario(5).
inline constexpr int k_max_depth = 64;             // nesting levels
inline constexpr std::size_t k_max_nodes = 200000; // nodes after aliases are expanded
inline constexpr std::size_t k_max_text =
    16 * 1024 * 1024; // bytes of scalars after aliases are expanded

// Return the YAML documents of file as trees; problems (syntax, encoding, nesting, alias bombs,
// an empty file) become diagnostics and no documents.
std::vector<Tree> parse_documents(const std::shared_ptr<const SourceFile>& file,
                                  std::vector<Diagnostic>& out);

} // namespace relief
