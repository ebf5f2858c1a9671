#include "render/table.hpp"

#include "render/chart.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <limits>
#include <optional>
#include <stdexcept>

namespace relief {

std::size_t display_width(std::string_view text)
{
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\033') { // a colour sequence, ESC ... m, takes no cell
      while (i < text.size() && text[i] != 'm')
        ++i;
      continue;
    }
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
  }
  return n;
}

void drop_trailing_spaces(std::string& text)
{
  while (text.ends_with(' '))
    text.pop_back();
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

namespace {

std::vector<std::size_t> column_widths(const TextTable& t)
{
  std::vector<std::size_t> width(t.header.size());
  for (std::size_t i = 0; i < t.header.size(); ++i)
    width[i] = display_width(t.header[i]);
  for (const auto& row : t.rows)
    for (std::size_t i = 0; i < row.size() && i < width.size(); ++i)
      width[i] = std::max(width[i], display_width(row[i]));
  if (t.bar && t.bar->column < width.size())
    width[t.bar->column] =
        std::max(width[t.bar->column], static_cast<std::size_t>(2 * t.bar->half + 1));
  return width;
}

std::size_t line_width(const std::vector<std::size_t>& width)
{
  std::size_t total = 2; // the indent
  for (std::size_t w : width)
    total += w + 2;
  return total - 2;
}

Fit fit_of(const TextTable& t, std::size_t column)
{
  return column < t.fit.size() ? t.fit[column] : Fit::keep;
}

// Whether the column is a name, cut ("...") rather than wrapped when it gives up room.
bool shortens(const TextTable& t, std::size_t column)
{
  return fit_of(t, column) == Fit::shorten || fit_of(t, column) == Fit::shorten_or_omit;
}

// Return how narrow a wrapped column of names can go with no name cut inside a word: the widest
// piece of its cells, a piece ending after a '-' ("after-" and "lukashenka"), where wrap_cell
// breaks a name. A column with a space in a cell holds phrases, which stay at 12 cells or more.
std::size_t widest_name_piece(const TextTable& t, std::size_t column)
{
  std::size_t widest = 1;
  for (const auto& row : t.rows)
    if (column < row.size() && row[column].find(' ') != std::string::npos)
      return 12;
  for (const auto& row : t.rows) {
    if (column >= row.size())
      continue;
    std::string_view cell = row[column];
    while (!cell.empty()) {
      const std::size_t end = std::min(cell.find('-'), cell.size() - 1) + 1;
      widest = std::max(widest, display_width(cell.substr(0, end)));
      cell.remove_prefix(end);
    }
  }
  return widest;
}

// Narrow the bar, then the columns that may shorten or wrap, until the lines fit limit.
void fit_widths(const TextTable& t, std::vector<std::size_t>& width, std::size_t limit,
                bool split_names)
{
  if (limit == 0 || line_width(width) <= limit)
    return;
  if (t.bar && t.bar->column < width.size()) {
    const std::size_t header = display_width(t.header[t.bar->column]);
    const std::size_t least = std::max(header, static_cast<std::size_t>(2 * t.bar->min_half + 1));
    const std::size_t excess = line_width(width) - limit;
    std::size_t& w = width[t.bar->column];
    w = w > least + excess ? w - excess : least;
  }
  // a name cut below 12 cells says nothing; a wrapped phrase reads well from 16 cells, and is
  // still better at 12 than a table printed as records; a column of names, with split_names,
  // narrower than that (floor 0) as long as no name is cut inside a word ("after-" over
  // "lukashenka")
  std::vector<std::size_t> piece; // per column, its widest piece: computed for the last pass
  for (const std::size_t wrap_floor : {16, 12, 0}) {
    if (wrap_floor == 0 && !split_names)
      break;
    if (wrap_floor == 0 && line_width(width) > limit)
      for (std::size_t i = 0; i < width.size(); ++i)
        piece.push_back(fit_of(t, i) == Fit::wrap ? widest_name_piece(t, i) : 0);
    while (line_width(width) > limit) {
      std::size_t widest = width.size();
      for (std::size_t i = 0; i < width.size(); ++i) {
        const std::size_t floor = shortens(t, i) ? 12 : wrap_floor > 0 ? wrap_floor : piece[i];
        const std::size_t least = std::max<std::size_t>(floor, display_width(t.header[i]));
        if (fit_of(t, i) != Fit::keep && width[i] > least &&
            (widest == width.size() || width[i] > width[widest]))
          widest = i;
      }
      if (widest == width.size())
        break; // nothing left to give at this floor
      --width[widest];
    }
  }
}

} // namespace

std::size_t natural_width(const TextTable& t)
{
  return line_width(column_widths(t));
}

std::vector<std::string> wrap_cell(std::string_view text, std::size_t width)
{
  std::vector<std::string> lines;
  width = std::max<std::size_t>(width, 1);
  while (display_width(text) > width) {
    // the byte offset after `width` cells
    std::size_t end = 0;
    for (std::size_t cells = 0; end < text.size(); ++end)
      if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80 && cells++ == width)
        break;
    // after the last ", " that fills half the line (a list's items stay whole), else after the
    // last space (a name such as "hybrid-attacks-halt" stays whole), else after the last '.', '/',
    // '-' or ':' (a long path), else inside a word
    std::size_t item = 0, space = 0, mark = 0;
    for (std::size_t i = end; i > 1; --i) {
      const char c = text[i - 1];
      if (c == ' ' && text[i - 2] == ',' && item == 0 &&
          2 * display_width(text.substr(0, i)) >= width)
        item = i;
      if (c == ' ' && space == 0)
        space = i;
      if (mark == 0 && std::string_view("./-:").find(c) != std::string_view::npos)
        mark = i;
    }
    const std::size_t cut = item > 0 ? item : space > 0 ? space : mark > 0 ? mark : end;
    std::string line(text.substr(0, cut));
    drop_trailing_spaces(line);
    lines.push_back(line);
    text.remove_prefix(cut);
    while (!text.empty() && text.front() == ' ')
      text.remove_prefix(1);
  }
  lines.emplace_back(text);
  return lines;
}

namespace {

// Return the table as records, one block a row, "column  value" a line (psql's expanded mode,
// mlr --oxtab): for a terminal too narrow for its columns. Nothing is cut: a value too long for
// the line wraps under itself; a bar chart is drawn as wide as the line allows.
std::string render_records(const TextTable& t, const TableStyle& style)
{
  std::size_t label = 0;
  for (const std::string& h : t.header)
    label = std::max(label, display_width(h));
  // what a line leaves a value; below 16 cells a wrapped phrase is unreadable, so not less
  const std::size_t room =
      std::max<std::size_t>(16, style.width > label + 4 ? style.width - label - 4 : 0);
  std::string out;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const std::vector<std::string>& cells = t.rows[r];
    const bool rule =
        std::find(t.rules_before.begin(), t.rules_before.end(), r) != t.rules_before.end();
    if (r > 0 || rule)
      out += "\n";
    for (std::size_t i = 0; i < t.header.size() && i < cells.size(); ++i) {
      std::string cell = cells[i];
      if (t.bar && i == t.bar->column && r < t.bar->spans.size() && t.bar->spans[r]) {
        const int half = static_cast<int>(std::min<std::size_t>(room, 41) - 1) / 2;
        cell = range_bar(t.bar->spans[r]->first, t.bar->spans[r]->second, t.bar->max_abs,
                         std::max(half, t.bar->min_half), style.unicode);
      }
      if (cell.empty())
        continue;
      std::string name = t.header[i];
      name += std::string(label - display_width(name), ' ');
      const std::vector<std::string> lines = wrap_cell(cell, room);
      for (std::size_t k = 0; k < lines.size(); ++k) {
        out +=
            "  " +
            (k == 0 ? (style.color ? paint(name, k_bold, style) : name) : std::string(label, ' ')) +
            "  " + lines[k];
        drop_trailing_spaces(out); // as in a table, no line ends in a space (a mark's room)
        out += "\n";
      }
    }
  }
  return out;
}

// Return the table's lines at the column widths given (fitted: a cell wider than its column is
// cut or wrapped as its column's Fit says).
std::string render_lines(const TextTable& t, const std::vector<std::size_t>& width,
                         const TableStyle& style)
{
  const std::size_t total = line_width(width) - 2;
  // the bar's half width: what its column has room for
  const int half = t.bar ? static_cast<int>((width[t.bar->column] - 1) / 2) : 0;

  auto line = [&](const std::vector<std::string>& cells) {
    std::string out = "  ";
    for (std::size_t i = 0; i < width.size(); ++i) {
      const std::string& cell = i < cells.size() ? cells[i] : std::string();
      std::string pad(width[i] - std::min(width[i], display_width(cell)), ' ');
      bool last = i + 1 == width.size();
      if (t.align[i] == Align::right)
        out += pad + cell;
      else
        out += last ? cell : cell + pad;
      if (!last)
        out += "  ";
    }
    drop_trailing_spaces(out);
    return out + "\n";
  };
  // one row as one or more lines: a cell that does not fit is cut or wrapped
  auto row_lines = [&](std::vector<std::string> cells, std::size_t r) {
    if (t.bar && r < t.bar->spans.size() && t.bar->column < cells.size() && t.bar->spans[r])
      cells[t.bar->column] = range_bar(t.bar->spans[r]->first, t.bar->spans[r]->second,
                                       t.bar->max_abs, half, style.unicode);
    std::vector<std::vector<std::string>> wrapped(cells.size());
    std::size_t count = 1;
    for (std::size_t i = 0; i < cells.size() && i < width.size(); ++i) {
      if (display_width(cells[i]) <= width[i])
        continue;
      if (fit_of(t, i) == Fit::wrap) {
        wrapped[i] = wrap_cell(cells[i], width[i]);
        cells[i] = wrapped[i][0];
        count = std::max(count, wrapped[i].size());
      } else if (shortens(t, i)) {
        cells[i] = shorten(cells[i], width[i]);
      }
    }
    std::string out = line(cells);
    for (std::size_t k = 1; k < count; ++k) {
      std::vector<std::string> more(cells.size());
      for (std::size_t i = 0; i < cells.size(); ++i)
        if (k < wrapped[i].size())
          more[i] = wrapped[i][k];
      out += line(more);
    }
    return out;
  };
  std::string rule_text;
  for (std::size_t i = 0; i < total; ++i)
    rule_text += style.unicode ? "─" : "-";
  std::string rule = fmt::format("  {}\n", rule_text);

  std::string out = row_lines(t.header, t.rows.size() + 1);
  if (style.color) {
    out.pop_back();
    out = paint(out, k_bold, style) + "\n";
  }
  out += rule;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    if (std::find(t.rules_before.begin(), t.rules_before.end(), r) != t.rules_before.end())
      out += rule;
    out += row_lines(t.rows[r], r);
  }
  if (std::find(t.rules_before.begin(), t.rules_before.end(), t.rows.size()) !=
      t.rules_before.end())
    out += rule;
  return out;
}

// Return the column widths of the table fitted into style.width, or none when it cannot fit
// (a table of two columns is never records, and is printed as wide as it is, unless strict).
std::optional<std::vector<std::size_t>> fitted_widths(const TextTable& t, const TableStyle& style,
                                                      bool strict, bool split_names)
{
  std::vector<std::size_t> width = column_widths(t);
  fit_widths(t, width, style.width, split_names);
  if (style.width > 0 && line_width(width) > style.width && (strict || t.header.size() > 2))
    return std::nullopt;
  return width;
}

} // namespace

TextTable without_column(const TextTable& t, std::size_t column)
{
  TextTable out = t;
  auto drop = [column](auto& cells) {
    if (column < cells.size())
      cells.erase(cells.begin() + static_cast<std::ptrdiff_t>(column));
  };
  drop(out.header);
  drop(out.align);
  drop(out.fit);
  for (auto& row : out.rows)
    drop(row);
  if (out.bar && out.bar->column == column)
    out.bar.reset();
  else if (out.bar && out.bar->column > column)
    --out.bar->column;
  return out;
}

TextTable without_column(const TextTable& t, std::string_view header)
{
  const auto at = std::find(t.header.begin(), t.header.end(), header);
  return at == t.header.end() ? t
                              : without_column(t, static_cast<std::size_t>(at - t.header.begin()));
}

namespace {

// A table as render_text prints it: its columns (fewer when some were left out), their widths.
struct Fitted {
  TextTable table;
  std::vector<std::size_t> width;
  std::vector<std::string> left_out; // the headers of the columns left out, in that order
};

// Return the table fitted into style.width, leaving out the bar chart, then the names beside
// ids, while it does not fit; then the same again with names wrapped at their hyphens below 12
// cells; none when even that does not make it fit.
std::optional<Fitted> fit_table(const TextTable& t, const TableStyle& style)
{
  std::vector<std::size_t> omit; // in the order they go
  if (t.bar && t.bar->column < t.header.size())
    omit.push_back(t.bar->column);
  for (std::size_t i = 0; i < t.header.size(); ++i)
    if (fit_of(t, i) == Fit::shorten_or_omit)
      omit.push_back(i);
  for (const bool split_names : {false, true}) {
    if (auto width = fitted_widths(t, style, false, split_names))
      return Fitted{t, std::move(*width), {}};
    Fitted fewer{t, {}, {}};
    for (std::size_t k = 0; k < omit.size(); ++k) {
      // the columns left out before this one that stood before it are gone
      const auto before = static_cast<std::size_t>(
          std::count_if(omit.begin(), omit.begin() + static_cast<std::ptrdiff_t>(k),
                        [&](std::size_t c) { return c < omit[k]; }));
      fewer.left_out.push_back(t.header[omit[k]]);
      fewer.table = without_column(fewer.table, omit[k] - before);
      // (it fits, or it is records whole: two columns left that overflow help no one)
      if (auto width = fitted_widths(fewer.table, style, true, split_names)) {
        fewer.width = std::move(*width);
        return fewer;
      }
    }
  }
  return std::nullopt;
}

} // namespace

std::vector<std::string> left_out_columns(const TextTable& t, const TableStyle& style)
{
  const auto fitted = fit_table(t, style);
  return fitted ? fitted->left_out : std::vector<std::string>{};
}

namespace {

// render_text, also setting *left_out (when given) to the headers of the columns left out.
std::string render_text(const TextTable& t, const TableStyle& style,
                        std::vector<std::string>* left_out)
{
  const auto fitted = fit_table(t, style);
  if (!fitted)
    return render_records(t, style); // it cannot fit: a block per row instead
  if (left_out)
    *left_out = fitted->left_out;
  std::string out = render_lines(fitted->table, fitted->width, style);
  if (!fitted->left_out.empty() && !style.quiet && style.left_out_note) {
    std::string names;
    for (const std::string& name : fitted->left_out)
      names += (names.empty() ? "" : ", ") + name;
    // a note as every note under a table: wrapped at the width, at most 80
    out += "  " +
           wrap(fmt::format("left out to fit {} columns: {} (--wide prints {})", style.width, names,
                            fitted->left_out.size() == 1 ? "it" : "them"),
                4, std::min<std::size_t>(style.width, 80)) +
           "\n";
  }
  return out;
}

} // namespace

std::string render_text(const TextTable& t, const TableStyle& style)
{
  return render_text(t, style, nullptr);
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

void require_finite(double v)
{
  if (!std::isfinite(v))
    throw std::logic_error(fmt::format("a result is not a finite number ({}); nothing more is "
                                       "printed (please report this with the input)",
                                       v));
}

std::string exact(double v)
{
  require_finite(v);
  return v == 0 ? "0" : fmt::format("{}", v);
}

std::string readable(double v)
{
  require_finite(v);
  const std::string s = fmt::format("{:.6g}", v);
  return s == "-0" ? "0" : s;
}

std::string fixed(double v, int decimals)
{
  require_finite(v);
  // Round half away from zero as a reader does by hand: 0.15 x 4.25 is 0.6374999999999999 in
  // binary but 0.6375 as typed, and shows as 0.638. The nudge (a few units in the last place)
  // moves only values that are a tie up to the rounding of the computation.
  v += v * 4 * std::numeric_limits<double>::epsilon();
  std::string s = fmt::format("{:.{}f}", v, decimals);
  if (s.find_first_not_of("-0.") == std::string::npos && s[0] == '-')
    s.erase(0, 1);
  return s;
}

std::string paint(std::string_view text, const fmt::text_style& ts, const TableStyle& style)
{
  if (!style.color)
    return std::string(text);
  return fmt::format(ts, "{}", text);
}

std::string wrap(const std::string& text, std::size_t indent, std::size_t width)
{
  std::string out;
  std::size_t col = indent;
  // a line ends at a line break in the text (a heading's second line, a rationale's paragraph)
  // or where the next word does not fit; no line ends in a space (two spaces between words leave
  // an empty word between them)
  auto new_line = [&] {
    drop_trailing_spaces(out);
    out += "\n" + std::string(indent, ' ');
    col = indent;
  };
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of(" \n", start);
    if (end == std::string::npos)
      end = text.size();
    std::string word = text.substr(start, end - start);
    // a word longer than a whole line (a model path) breaks at a dot, slash, hyphen or colon
    const std::size_t room = width > indent ? width - indent : 0;
    if (room >= 12 && display_width(word) > room && word.find('\033') == std::string::npos) {
      for (const std::string& piece : wrap_cell(word, room)) { // each on a line of its own
        if (col > indent)
          new_line();
        out += piece;
        col = indent + display_width(piece);
      }
    } else {
      if (col > indent && col + 1 + display_width(word) > width) {
        new_line();
      } else if (col > indent) {
        out += ' ';
        ++col;
      }
      out += word;
      col += display_width(word);
    }
    if (end < text.size() && text[end] == '\n')
      new_line();
    start = end + 1;
  }
  drop_trailing_spaces(out); // (a closing line break leaves no indent after it)
  return out;
}

std::string render_table(const TextTable& t, const TableStyle& style, bool markdown)
{
  return markdown ? render_markdown(t) : render_text(t, style);
}

std::string render_one_of_tables(const TextTable& t, TableStyle& style, bool markdown)
{
  if (markdown)
    return render_markdown(t);
  std::vector<std::string> left_out;
  std::string out = render_text(t, style, &left_out);
  if (!left_out.empty())
    style.left_out_note = false;
  return out;
}

} // namespace relief
