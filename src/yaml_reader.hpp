#pragma once
// Typed reading of yaml-cpp nodes that records every problem as a Diagnostic with its position.
#include <functional>
#include <optional>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

#include "value.hpp"

namespace relief {

class YamlReader {
public:
  YamlReader(std::shared_ptr<const SourceFile> file, std::vector<Diagnostic>& out);

  // Return the 1-based position of a node.
  SourcePos pos(const YAML::Node& node) const;
  void error(const YAML::Node& node, std::string message);
  void warning(const YAML::Node& node, std::string message);
  void error_at(const SourcePos& pos, std::string message);
  void warning_at(const SourcePos& pos, std::string message);

  using KeyFn = std::function<void(const std::string& key, const YAML::Node& key_node, const YAML::Node& value)>;

  // Call fn for each entry of a map whose key is one of allowed (all keys when allowed is empty);
  // report a node that is not a map, non-string keys, duplicate keys and unknown keys. Return false
  // when node is not a map.
  bool each_entry(const YAML::Node& node, std::string_view what, const std::vector<std::string>& allowed,
                  const KeyFn& fn);

  // Return the number (or distribution, when allow_dist) at node, checked against range.
  std::optional<Value> number(const YAML::Node& node, std::string_view what, const Range& range,
                              bool allow_dist = true);
  std::optional<bool> boolean(const YAML::Node& node, std::string_view what);
  std::optional<std::string> string(const YAML::Node& node, std::string_view what);
  // Return the index of the scalar at node among choices; report an unknown one with a suggestion.
  std::optional<std::size_t> choice(const YAML::Node& node, std::string_view what,
                                    const std::vector<std::string>& choices);

  const std::shared_ptr<const SourceFile>& file() const { return m_file; }

private:
  std::optional<double> scalar_number(const YAML::Node& node, std::string_view what);

  std::shared_ptr<const SourceFile> m_file;
  std::vector<Diagnostic>& m_out;
};

// Return text without trailing white space (YAML's folded scalars keep a final newline).
std::string trim_end(std::string text);

// Return a node's kind in words for "expected a map, got a list".
std::string_view node_kind(const YAML::Node& node);

}  // namespace relief

namespace relief {

// Return the YAML documents of a file; a syntax error or an empty file becomes a diagnostic.
std::vector<YAML::Node> parse_yaml(const std::shared_ptr<const SourceFile>& file, std::vector<Diagnostic>& out);

// Return the document's `relief:` format version check: report a missing or unsupported version.
bool check_version(YamlReader& reader, const YAML::Node& doc, std::string_view what);

}  // namespace relief
