#include "yaml_scan.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace relief {

std::optional<TextProblem> check_encoding(std::string_view text)
{
  if (text.size() >= 2 &&
      ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
    return TextProblem{0, "the file is UTF-16; save it as UTF-8"};
  auto latin1 = [](unsigned char c) {
    return c >= 0xA0 ? " (a Latin-1 or Windows-125x file? save it as UTF-8)" : "";
  };
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == 0)
      return TextProblem{i, "the file contains a NUL byte: it is not a text file"};
    int extra = c < 0x80             ? 0
                : (c & 0xE0) == 0xC0 ? 1
                : (c & 0xF0) == 0xE0 ? 2
                : (c & 0xF8) == 0xF0 ? 3
                                     : -1;
    if (extra < 0 || c == 0xC0 || c == 0xC1 || c > 0xF4)
      return TextProblem{
          i, fmt::format("invalid UTF-8: byte 0x{:02X} cannot start a character{}", c, latin1(c))};
    if (extra > 0 && i + static_cast<std::size_t>(extra) >= text.size())
      return TextProblem{i, "invalid UTF-8: the file ends inside a character"};
    for (int k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80)
        return TextProblem{
            i, fmt::format("invalid UTF-8: byte 0x{:02X} is not followed by a continuation byte{}",
                           c, latin1(c))};
    i += static_cast<std::size_t>(extra) + 1;
  }
  return std::nullopt;
}

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

namespace {

constexpr std::string_view k_glued_comment =
    "YAML syntax error: a comment needs a space before '#'";

std::string at_least_spaces(int n)
{
  return fmt::format("({} space{} or more)", n, n == 1 ? "" : "s");
}

bool blank_char(char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

// One pass over the text, line by line and character by character. It follows only as much of
// YAML's structure as its checks need: flow depth, the quoted scalars and block scalars to skip,
// and in block context the indicators ('- ', '? ', ': ') that say which column a node belongs to.
// Where it cannot tell (a quote at the start of a line might continue a plain scalar), it checks
// nothing rather than refuse a valid file.
class Scanner {
public:
  Scanner(std::string_view text, int max_depth) : m_text(text), m_max_depth(max_depth) {}

  std::optional<TextProblem> run()
  {
    std::size_t i = m_text.starts_with("\xEF\xBB\xBF") ? 3 : 0; // a byte order mark
    bool line_start = true;
    for (; i < m_text.size(); ++i) {
      if (line_start) {
        line_start = false;
        if (auto skip = start_line(i); m_problem)
          return m_problem;
        else if (skip) {
          i = *skip;
          continue;
        }
      }
      const char c = m_text[i];
      if (c == '\n') {
        end_line();
        line_start = true;
        continue;
      }
      if (blank_char(c))
        continue;
      if (comment_starts(i)) { // in either context, a comment runs to the end of the line
        const std::size_t end = line_end(i);
        if (end >= m_text.size())
          return std::nullopt;
        i = end - 1;
        continue;
      }
      const std::optional<std::size_t> next = m_depth > 0 ? flow_char(i) : block_char(i);
      if (m_problem)
        return m_problem;
      if (!next)
        return std::nullopt; // an unclosed quote or the end of the text: yaml-cpp says the rest
      i = *next;
    }
    return std::nullopt;
  }

private:
  std::size_t line_end(std::size_t from) const
  {
    return std::min(m_text.find('\n', from), m_text.size());
  }
  // (from the start of the line, kept as the scan goes: a search back would make a long line of
  // indicators quadratic)
  int column(std::size_t at) const { return static_cast<int>(at - m_line_begin); }
  std::size_t line_of(std::size_t at) const
  {
    return 1 + static_cast<std::size_t>(std::count(
                   m_text.begin(), m_text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  }
  bool token_ends(std::size_t at) const
  {
    return at >= m_text.size() || blank_char(m_text[at]) || m_text[at] == '\n';
  }
  // In a flow collection a token also ends at ',', ']' or '}'.
  bool flow_token_ends(std::size_t at) const
  {
    return token_ends(at) || std::string_view(",]}").find(m_text[at]) != std::string_view::npos;
  }
  void problem(std::size_t at, std::string message)
  {
    m_problem = TextProblem{at, std::move(message)};
  }

  // Called at the first byte of each line; returns the last byte it consumed when it consumed any
  // (a directive, a document marker).
  std::optional<std::size_t> start_line(std::size_t at)
  {
    m_line_begin = at;
    const std::size_t end = line_end(at);
    const std::size_t spaces = m_text.find_first_not_of(' ', at);
    const int indent = static_cast<int>(std::min(spaces, end) - at);
    const std::size_t first = std::min(m_text.find_first_not_of(" \t\r", at), end);
    const bool blank = first == end;
    const bool comment = !blank && m_text[first] == '#';
    m_line_has_content = !blank && !comment;
    if (m_depth > 0) {
      // the continuation of a flow collection opened after a block indicator must be indented past
      // that indicator's node (a line of only closing brackets is let through: JSON style)
      if (m_line_has_content && m_flow_limit >= 0 && indent <= m_flow_limit &&
          m_text[first] != ']' && m_text[first] != '}')
        problem(first, fmt::format("YAML syntax error: the '{}' opened on line {} is still open "
                                   "here: close it, or indent this line more than its key {}",
                                   m_text[m_flow_open], line_of(m_flow_open),
                                   at_least_spaces(m_flow_limit + 1)));
      m_line_has_content = false; // a line that a flow collection continues is no key line
      return std::nullopt;
    }
    m_prev = '\n';
    m_owner = -1;
    m_line_key = -1;
    m_node_col = indent;
    if (!m_line_has_content)
      return std::nullopt;
    const std::string_view rest = m_text.substr(at, end - at);
    const auto marker = [&](std::string_view m) {
      return rest.starts_with(m) && token_ends(at + m.size());
    };
    if (rest.starts_with('%')) {
      if (m_in_document)
        problem(at, "YAML syntax error: a directive (%) after a document needs the end marker "
                    "'...' before it");
      return end - 1;
    }
    if (marker("...")) {
      m_in_document = false;
      m_prev_key = -1;
      return end - 1;
    }
    m_in_document = true;
    if (marker("---")) {
      m_prev_key = -1;
      m_prev = '-';
      m_node_col = -1;
      return at + 2;
    }
    if (m_prev_key >= 0 && indent <= m_prev_key && properties_only(first))
      problem(first, fmt::format("YAML syntax error: a line that holds only an anchor or a tag "
                                 "must be indented more than the key above it {}",
                                 at_least_spaces(m_prev_key + 1)));
    return std::nullopt;
  }

  void end_line()
  {
    if (m_depth == 0 && m_line_has_content)
      m_prev_key = m_line_key;
    m_line_has_content = false;
  }

  // Return whether the line from at holds only node properties (&anchor, !tag) and a comment.
  bool properties_only(std::size_t at) const
  {
    bool any = false;
    while (at < m_text.size() && (m_text[at] == '&' || m_text[at] == '!')) {
      any = true;
      while (!token_ends(at))
        ++at;
      while (at < m_text.size() && blank_char(m_text[at]))
        ++at;
    }
    return any && (at >= m_text.size() || m_text[at] == '\n' || m_text[at] == '#');
  }

  bool comment_starts(std::size_t at) const
  {
    return m_text[at] == '#' && (at == 0 || blank_char(m_text[at - 1]) || m_text[at - 1] == '\n');
  }

  // Skip a quoted scalar that opens at at; check that each further line it takes is indented past
  // limit (when known), and that no comment is glued to its end.
  std::optional<std::size_t> quoted(std::size_t at, int limit, bool definite)
  {
    const std::size_t end = quote_end(m_text, at);
    if (end == std::string_view::npos)
      return std::nullopt;
    // the scan goes on from the quote's last line (searched for inside the quote only)
    if (const std::size_t nl = m_text.substr(at, end - at).rfind('\n');
        nl != std::string_view::npos)
      m_line_begin = at + nl + 1;
    if (definite && limit >= 0)
      // (the line breaks inside the quote only: a search past its end would make a long line of
      // quotes quadratic)
      for (std::size_t nl = m_text.substr(0, end).find('\n', at); nl < end;
           nl = m_text.substr(0, end).find('\n', nl + 1)) {
        const std::size_t line = nl + 1;
        const std::size_t spaces = std::min(m_text.find_first_not_of(' ', line), end);
        const std::size_t first = std::min(m_text.find_first_not_of(" \t\r", line), end);
        if (first < end && m_text[first] != '\n' && static_cast<int>(spaces - line) <= limit) {
          problem(first, fmt::format("YAML syntax error: the string quoted on line {} is still "
                                     "open here: close it, or indent this line more than its key "
                                     "{}",
                                     line_of(at), at_least_spaces(limit + 1)));
          return end;
        }
      }
    if (definite && end < m_text.size() && m_text[end] == '#')
      problem(end, std::string(k_glued_comment));
    return end - 1;
  }

  void open_flow(std::size_t at)
  {
    if (m_depth == 0) {
      m_flow_limit = m_owner;
      m_flow_open = at;
    }
    if (++m_depth > m_max_depth)
      problem(at, fmt::format("nesting too deep: more than {} levels", m_max_depth));
    m_flow_prev = m_text[at];
  }

  // One significant character in a flow collection; returns the offset of the last one consumed.
  std::optional<std::size_t> flow_char(std::size_t at)
  {
    const char c = m_text[at];
    const bool node_start = std::string_view("[{,:?").find(m_flow_prev) != std::string_view::npos;
    switch (c) {
    case '[':
    case '{':
      open_flow(at);
      return at;
    case ']':
    case '}':
      if (--m_depth == 0)
        m_prev = c;
      m_flow_prev = c;
      if (at + 1 < m_text.size() && m_text[at + 1] == '#')
        problem(at + 1, std::string(k_glued_comment));
      return at;
    case ',':
      if (m_flow_prev == '[' || m_flow_prev == '{' || m_flow_prev == ',')
        problem(at, "YAML syntax error: an empty entry in a flow collection (a ',' with nothing "
                    "before it)");
      m_flow_prev = c;
      return at;
    case '"':
    case '\'':
      if (node_start) {
        m_flow_prev = c;
        return quoted(at, m_flow_limit, true);
      }
      break;
    case '-':
      if (node_start && flow_token_ends(at + 1)) {
        problem(at, "YAML syntax error: '-' cannot stand alone in a flow collection (a block "
                    "list cannot go inside [ ] or { }; quote it to mean the text)");
        return at;
      }
      break;
    case ':':
    case '?':
      if (flow_token_ends(at + 1)) {
        m_flow_prev = c;
        return at;
      }
      break;
    default:
      break;
    }
    m_flow_prev = 'x'; // inside a plain scalar
    return at;
  }

  // One significant character in block context; returns the offset of the last one consumed.
  std::optional<std::size_t> block_char(std::size_t at)
  {
    const char c = m_text[at];
    const bool node_start = std::string_view("\n:-?").find(m_prev) != std::string_view::npos;
    if (m_node_col < 0)
      m_node_col = column(at);
    if (node_start && (c == '-' || c == '?') && token_ends(at + 1)) {
      m_owner = column(at);
      m_node_col = -1;
      m_prev = c;
      return at;
    }
    if (c == ':' && token_ends(at + 1)) {
      m_line_key = m_node_col;
      m_owner = m_node_col;
      m_node_col = -1;
      m_prev = c;
      return at;
    }
    if (node_start && (c == '&' || c == '!')) { // properties: the node still starts after them
      std::size_t end = at;
      while (!token_ends(end + 1))
        ++end;
      return end;
    }
    if (node_start && (c == '"' || c == '\'')) {
      m_prev = c;
      return quoted(at, m_owner, m_owner >= 0);
    }
    if (node_start && (c == '[' || c == '{')) {
      open_flow(at);
      return at;
    }
    if (node_start && (c == '|' || c == '>'))
      return block_scalar(at);
    m_prev = c;
    return at;
  }

  // Skip a block scalar whose header is at at: every following line indented more than the
  // header's line (or blank) is its text.
  std::optional<std::size_t> block_scalar(std::size_t at)
  {
    std::size_t header = at + 1;
    while (header < m_text.size() &&
           std::string_view("0123456789+-").find(m_text[header]) != std::string_view::npos)
      ++header;
    if (header < m_text.size() && m_text[header] == '#') {
      problem(header, std::string(k_glued_comment));
      return at;
    }
    m_prev = m_text[at];
    const std::size_t line = m_line_begin;
    const std::size_t indent = m_text.find_first_not_of(' ', line) - line;
    std::size_t nl = m_text.find('\n', at);
    while (nl != std::string_view::npos) {
      const std::size_t next = nl + 1;
      const std::size_t first = m_text.find_first_not_of(' ', next);
      if (first == std::string_view::npos)
        return std::nullopt;
      if (m_text[first] != '\n' && m_text[first] != '\r' && first - next <= indent)
        break;
      nl = m_text.find('\n', next);
    }
    if (nl == std::string_view::npos)
      return std::nullopt;
    return nl - 1; // the line break that ends the block scalar comes next
  }

  std::string_view m_text;
  int m_max_depth;
  std::optional<TextProblem> m_problem;
  int m_depth = 0;             // flow nesting
  char m_flow_prev = '[';      // the last significant character inside a flow collection
  int m_flow_limit = -1;       // its lines must be indented more than this (-1: unknown)
  std::size_t m_flow_open = 0; // where the outermost flow collection opened
  char m_prev = '\n';          // the last character that is not a space in block context
  int m_owner = -1;            // the column of the node that a value on this line belongs to
  int m_node_col = 0;          // the column where the current block node starts (-1: not yet)
  int m_line_key = -1;         // the column of this line's key, if it has one
  int m_prev_key = -1;         // the same for the last line with content
  bool m_line_has_content = false;
  bool m_in_document = false;   // a document has begun and no '...' has ended it
  std::size_t m_line_begin = 0; // the offset where the current line starts
};

} // namespace

std::optional<TextProblem> scan_yaml_text(std::string_view text, int max_depth)
{
  return Scanner(text, max_depth).run();
}

std::string deviation_hint(std::string_view text, std::size_t offset)
{
  if (offset >= text.size())
    return "";
  if (text[offset] == '?')
    return " (yaml-cpp 0.7, relief's YAML reader, cannot read '?' at the start of a scalar or "
           "inside one in [ ] or { }: quote the scalar)";
  const std::size_t before = text.find_last_not_of(" \t\r\n", offset == 0 ? 0 : offset - 1);
  if (offset > 0 && before != std::string_view::npos &&
      (text[before] == '{' || text[before] == ',')) {
    const std::size_t close = text.find('}', offset);
    if (close != std::string_view::npos && text.find('\n', before) < close)
      return " (if the map is closed: yaml-cpp 0.7, relief's YAML reader, needs each key in { } "
             "on the line of its ':')";
  }
  return "";
}

std::string blank_lines_without_tabs(std::string_view text)
{
  std::string out(text);
  for (std::size_t start = 0; start < out.size();) {
    std::size_t end = out.find('\n', start);
    if (end == std::string::npos)
      end = out.size();
    const std::size_t content = out.find_first_not_of(" \t\r", start);
    if (content == std::string::npos || content >= end)
      std::replace(out.begin() + static_cast<std::ptrdiff_t>(start),
                   out.begin() + static_cast<std::ptrdiff_t>(end), '\t', ' ');
    start = end + 1;
  }
  return out;
}

} // namespace relief
