#include "render/table.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <limits>

namespace relief {

std::size_t display_width(std::string_view text)
{
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string shorten(std::string_view text, std::size_t width)
{
  if (display_width(text) <= width || width < 4)
    return std::string(text);
  std::string out;
  std::size_t cells = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool starts = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts && ++cells > width - 3)
      break;
    out += text[i];
  }
  return out + "...";
}

std::string render_text(const TextTable& t, const TableStyle& style)
{
  std::vector<std::size_t> width(t.header.size());
  for (std::size_t i = 0; i < t.header.size(); ++i)
    width[i] = display_width(t.header[i]);
  for (const auto& row : t.rows)
    for (std::size_t i = 0; i < row.size() && i < width.size(); ++i)
      width[i] = std::max(width[i], display_width(row[i]));
  std::size_t total = 0;
  for (std::size_t w : width)
    total += w + 2;
  total = total >= 2 ? total - 2 : 0;

  auto line = [&](const std::vector<std::string>& cells) {
    std::string out = "  ";
    for (std::size_t i = 0; i < width.size(); ++i) {
      std::string cell = i < cells.size() ? cells[i] : "";
      std::string pad(width[i] - display_width(cell), ' ');
      bool last = i + 1 == width.size();
      if (t.align[i] == Align::right)
        out += pad + cell;
      else
        out += last ? cell : cell + pad;
      if (!last)
        out += "  ";
    }
    while (!out.empty() && out.back() == ' ')
      out.pop_back();
    return out + "\n";
  };
  std::string rule_text;
  for (std::size_t i = 0; i < total; ++i)
    rule_text += style.unicode ? "─" : "-";
  std::string rule = fmt::format("  {}\n", rule_text);

  std::string out = line(t.header);
  if (style.color) {
    out.pop_back();
    out = paint(out, 1, style) + "\n";
  }
  out += rule;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (std::find(t.rules_before.begin(), t.rules_before.end(), r) != t.rules_before.end())
      out += rule;
    out += line(t.rows[r]);
  }
  if (std::find(t.rules_before.begin(), t.rules_before.end(), t.rows.size()) !=
      t.rules_before.end())
    out += rule;
  return out;
}

std::string render_markdown(const TextTable& t)
{
  auto cell = [](std::string s) {
    std::string out;
    for (char c : s) {
      if (c == '|')
        out += "\\|";
      else if (c == '\n')
        out += ' ';
      else
        out += c;
    }
    return out;
  };
  std::string out = "|";
  for (const auto& h : t.header)
    out += fmt::format(" {} |", cell(h));
  out += "\n|";
  for (Align a : t.align)
    out += a == Align::right ? " ---: |" : " --- |";
  out += "\n";
  for (const auto& row : t.rows) {
    out += "|";
    for (std::size_t i = 0; i < t.header.size(); ++i)
      out += fmt::format(" {} |", cell(i < row.size() ? row[i] : ""));
    out += "\n";
  }
  return out;
}

std::string csv_row(const std::vector<std::string>& fields)
{
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0)
      out += ',';
    const std::string& f = fields[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (char c : f) {
      if (c == '"')
        out += '"';
      out += c;
    }
    out += '"';
  }
  return out + "\r\n";
}

std::string exact(double v)
{
  return v == 0 ? "0" : fmt::format("{}", v);
}

std::string fixed(double v, int decimals)
{
  // Round half away from zero as a reader does by hand: 0.15 x 4.25 is 0.6374999999999999 in
  // binary but 0.6375 as typed, and shows as 0.638. The nudge (a few units in the last place)
  // moves only values that are a tie up to the rounding of the computation.
  v += v * 4 * std::numeric_limits<double>::epsilon();
  std::string s = fmt::format("{:.{}f}", v, decimals);
  if (s.find_first_not_of("-0.") == std::string::npos && s[0] == '-')
    s.erase(0, 1);
  return s;
}

std::string paint(std::string_view text, int code, const TableStyle& style)
{
  if (!style.color)
    return std::string(text);
  return fmt::format("\033[{}m{}\033[0m", code, text);
}

std::string wrap(const std::string& text, std::size_t indent, std::size_t width)
{
  std::string out;
  std::size_t col = indent;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos)
      end = text.size();
    std::string word = text.substr(start, end - start);
    if (col > indent && col + 1 + word.size() > width) {
      out += "\n" + std::string(indent, ' ');
      col = indent;
    } else if (col > indent) {
      out += ' ';
      ++col;
    }
    out += word;
    col += word.size();
    start = end + 1;
  }
  return out;
}

} // namespace relief
