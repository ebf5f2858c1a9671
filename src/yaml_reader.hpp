#pragma once
// Typed reading of YAML trees that records every problem as a Diagnostic with its position.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "tree.hpp"
#include "value.hpp"

namespace relief {

class YamlReader {
public:
  explicit YamlReader(std::vector<Diagnostic>& out);

  void error(const Tree& node, std::string message);
  void warning(const Tree& node, std::string message);
  void error_at(const SourcePos& pos, std::string message);
  // Report an error at node without echoing its line (the file is not one of ours).
  void error_unechoed(const Tree& node, std::string message);
  void warning_at(const SourcePos& pos, std::string message);

  using KeyFn =
      std::function<void(const std::string& key, const Tree& key_node, const Tree& value)>;

  // Call fn for each entry of a map whose key is one of allowed (all keys when allowed is empty);
  // report a node that is not a map, non-string keys, duplicate keys and unknown keys. Return false
  // when node is not a map.
  bool each_entry(const Tree& node, std::string_view what, const std::vector<std::string>& allowed,
                  const KeyFn& fn);

  // Return the number (or distribution, when allow_dist) at node, checked against range.
  std::optional<Value> number(const Tree& node, std::string_view what, const Range& range,
                              bool allow_dist = true);
  std::optional<bool> boolean(const Tree& node, std::string_view what);
  std::optional<std::string> string(const Tree& node, std::string_view what);
  // Return the index of the scalar at node among choices; report an unknown one with a suggestion.
  std::optional<std::size_t> choice(const Tree& node, std::string_view what,
                                    const std::vector<std::string>& choices);

private:
  std::optional<double> scalar_number(const Tree& node, std::string_view what);

  std::vector<Diagnostic>& m_out;
};

// A scalar read as a number of YAML 1.2's core schema: decimal (with a leading + or -), 0x
// hexadecimal or 0o octal; .inf and .nan are numbers, but not finite ones.
struct YamlNumber {
  enum class Kind { not_a_number, number, not_finite, out_of_range };
  Kind kind = Kind::not_a_number;
  double value = 0;
};
YamlNumber parse_yaml_number(std::string_view text);

// Return text without trailing white space (YAML's folded scalars keep a final newline).
std::string trim_end(std::string text);

// Return a node's kind in words for "expected a map, got a list".
std::string_view node_kind(const Tree& node);

// Return true when doc can be read as a document of this kind (what: "scenario", "model"): a map
// that has a `relief:` key, or whose keys are all known ones (it lacks only its version). Anything
// else is not a file of ours: one error says so without echoing any of its lines, so that a
// diagnostic never publishes a file that relief was pointed at by mistake or by malice.
bool check_is_document(YamlReader& reader, const Tree& doc, std::string_view what,
                       const std::vector<std::string>& known_keys);

// Report a missing or unsupported `relief:` format version of a document; return true when it is 1.
bool check_version(YamlReader& reader, const Tree& doc, std::string_view what);

} // namespace relief
