#pragma once
// What relief checks in a YAML file's text before yaml-cpp 0.7 reads it: the encoding, flow
// nesting too deep to parse within bounds, and the invalid YAML that yaml-cpp accepts (the YAML
// test suite's cases are in tests/yaml/). One linear pass; it never builds anything.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace relief {

// A problem at a byte offset of the text.
struct TextProblem {
  std::size_t offset = 0;
  std::string message;
};

// Return what is wrong with text as UTF-8 without NUL bytes (the offset of the first bad byte),
// or nothing.
std::optional<TextProblem> check_encoding(std::string_view text);

// Return the offset just past the quoted scalar that opens at text[at], or npos when it never
// closes.
std::size_t quote_end(std::string_view text, std::size_t at);

// Return the first place where text opens a flow collection more than max_depth levels deep, or
// holds YAML that YAML 1.2 forbids and yaml-cpp 0.7 would accept: an empty entry in a flow
// collection, a comment glued to a quoted scalar, a bracket or a block scalar header, a '-' alone
// in a flow collection, a continued flow collection or quoted scalar not indented past its key, a
// directive inside a document, node properties on their own line at their key's indentation.
std::optional<TextProblem> scan_yaml_text(std::string_view text, int max_depth);

// Return a hint for a syntax error that yaml-cpp 0.7 reports at offset where the YAML is valid but
// written in a way yaml-cpp does not read (a flow mapping's key on another line than its ':', a
// '?' in a flow scalar), or "".
std::string deviation_hint(std::string_view text, std::size_t offset);

// Return text with the tabs of lines that hold nothing but white space turned into spaces, at the
// same offsets: such a line is blank in YAML, but yaml-cpp 0.7 refuses a tab there.
std::string blank_lines_without_tabs(std::string_view text);

} // namespace relief
