#include "diagnostic.hpp"

#include <algorithm>
#include <fmt/color.h>
#include <fmt/format.h>

namespace relief {
namespace {

constexpr std::size_t k_max_shown = 100; // longest source excerpt shown under a diagnostic

bool is_continuation(unsigned char c)
{
  return (c & 0xC0) == 0x80;
}

// Return the excerpt of line to show and the caret's offset in display cells within it.
// Return true when line[i] begins a valid UTF-8 sequence, or continues one that began before it.
bool starts_valid_utf8(std::string_view line, std::size_t i)
{
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(line[k]); };
  if (is_continuation(byte(i))) { // part of a character: valid if a lead byte owns it
    std::size_t lead = i;
    while (lead > 0 && i - lead < 3 && is_continuation(byte(lead)))
      --lead;
    return !is_continuation(byte(lead)) && byte(lead) >= 0xC2 && starts_valid_utf8(line, lead);
  }
  const unsigned char c = byte(i);
  const int extra = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
  if (extra < 0 || c < 0xC2 || c > 0xF4 || i + static_cast<std::size_t>(extra) >= line.size())
    return false;
  for (int k = 1; k <= extra; ++k)
    if (!is_continuation(byte(i + static_cast<std::size_t>(k))))
      return false;
  return true;
}

std::pair<std::string, std::string> excerpt_and_caret(std::string_view line, std::size_t byte_col)
{
  byte_col = std::min(byte_col, line.size());
  std::size_t from = 0;
  std::size_t to = line.size();
  if (line.size() > k_max_shown) {
    from = byte_col > k_max_shown / 2 ? byte_col - k_max_shown / 2 : 0;
    to = std::min(line.size(), from + k_max_shown);
    while (from > 0 && is_continuation(static_cast<unsigned char>(line[from])))
      --from;
    while (to < line.size() && is_continuation(static_cast<unsigned char>(line[to])))
      ++to;
  }
  std::string shown = from > 0 ? "..." : "";
  std::string caret = from > 0 ? "   " : "";
  for (std::size_t i = from; i < to; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c >= 0x80 && !starts_valid_utf8(line, i)) {
      // a byte that is not UTF-8 is shown as \xNN, never echoed garbled
      shown += fmt::format("\\x{:02X}", c);
      if (i < byte_col)
        caret += "    ";
      continue;
    }
    bool printable = c == '\t' || c >= 0x20;
    shown += printable && c != 0x7F ? static_cast<char>(c) : '?';
    if (i < byte_col && !is_continuation(c))
      caret += c == '\t' ? '\t' : ' ';
  }
  if (to < line.size())
    shown += "...";
  return {shown, caret + "^"};
}

std::size_t edit_distance(std::string_view a, std::string_view b)
{
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

} // namespace

SourceFile::SourceFile(std::string name_, std::string text_)
    : name(std::move(name_)), text(std::move(text_))
{
  m_line_starts.push_back(0);
  for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1))
    m_line_starts.push_back(at + 1);
}

std::size_t SourceFile::line_start(int line) const
{
  if (line < 1)
    return 0;
  const auto i = static_cast<std::size_t>(line - 1);
  return i < m_line_starts.size() ? m_line_starts[i] : text.size();
}

std::string_view SourceFile::line(int line) const
{
  if (line < 1 || static_cast<std::size_t>(line) > m_line_starts.size())
    return {};
  const std::size_t start = line_start(line);
  std::string_view l = std::string_view(text).substr(start);
  l = l.substr(0, l.find('\n'));
  if (!l.empty() && l.back() == '\r')
    l.remove_suffix(1);
  return l;
}

std::pair<int, int> SourceFile::line_col(std::size_t offset) const
{
  offset = std::min(offset, text.size());
  const auto after = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  const auto line = static_cast<int>(after - m_line_starts.begin());
  return {line, static_cast<int>(offset - *(after - 1)) + 1};
}

std::string printable(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto u = static_cast<unsigned char>(text[i]);
    if ((u < 0x20 && u != '\t') || u == 0x7F) {
      out += '?'; // C0 controls and DEL, ESC among them
      continue;
    }
    if (u < 0x80) {
      out += text[i];
      continue;
    }
    if (!is_continuation(u) && starts_valid_utf8(text, i)) {
      const std::size_t len = (u & 0xE0) == 0xC0 ? 2 : (u & 0xF0) == 0xE0 ? 3 : 4;
      const bool c1 = u == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0; // U+0080-9F
      out += c1 ? std::string_view("?") : text.substr(i, len);
      i += len - 1;
      continue;
    }
    out += '?'; // a byte that is not UTF-8 (0x9B is CSI to a Latin-1 terminal)
  }
  return out;
}

std::string clipped(std::string_view text)
{
  constexpr std::size_t k_max = 40;
  if (text.size() <= k_max)
    return fmt::format("'{}'", text);
  std::size_t cut = k_max;
  while (cut > 0 && is_continuation(static_cast<unsigned char>(text[cut])))
    --cut;
  return fmt::format("'{}...'", text.substr(0, cut));
}

std::string SourcePos::str() const
{
  if (!file)
    return "model default";
  return fmt::format("{}:{}:{}", file->name, line, col);
}

std::string render_diagnostic(const Diagnostic& d, bool color)
{
  std::string_view sev = d.severity == Severity::error ? "error" : "warning";
  std::string sev_text =
      color ? fmt::format(fmt::emphasis::bold |
                              fmt::fg(d.severity == Severity::error ? fmt::terminal_color::red
                                                                    : fmt::terminal_color::magenta),
                          "{}:", sev)
            : fmt::format("{}:", sev);
  if (!d.pos.file)
    return fmt::format("{}: {} {}\n", printable(d.file_name), sev_text, printable(d.message));
  std::string out = fmt::format("{}:{}:{}: {} {}\n", printable(d.pos.file->name), d.pos.line,
                                d.pos.col, sev_text, printable(d.message));
  std::string_view line = d.pos.file->line(d.pos.line);
  if (!d.show_source || (line.empty() && d.pos.col <= 1))
    return out;
  auto [shown, caret] =
      excerpt_and_caret(line, static_cast<std::size_t>(std::max(d.pos.col - 1, 0)));
  return out + shown + "\n" + caret + "\n";
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates)
{
  std::size_t best = std::max<std::size_t>(2, word.size() / 3) + 1;
  std::string found;
  if (word.size() >= 3)
    for (const auto& c : candidates)
      if (c.starts_with(word))
        return c;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(word, c);
    if (d < best) {
      best = d;
      found = c;
    }
  }
  return found;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates)
{
  std::string m = closest_match(word, candidates);
  return m.empty() ? "" : fmt::format(" (did you mean '{}'?)", m);
}

bool has_errors(const std::vector<Diagnostic>& diags)
{
  return std::any_of(diags.begin(), diags.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

} // namespace relief
