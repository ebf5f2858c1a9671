#pragma once
// Text tables, Markdown tables, CSV fields and number formats shared by every renderer.
#include <fmt/color.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

enum class OutputFormat { table, csv, json, markdown, yaml, html };

struct TableStyle {
  bool unicode = false;  // box-drawing rules instead of ASCII
  bool color = false;    // ANSI colour
  bool quiet = false;    // -q: results only, no notes or legends under them
  std::size_t width = 0; // the terminal's width that text tables fit into; 0: no limit (--wide)
  bool headings = true;  // false: a case's heading is left out (the report writes its own)
  // false: no line under a table that says which columns it left out to fit (a command that
  // prints several alike says it once)
  bool left_out_note = true;
};

enum class Align { left, right };

// How a column gives up room when a table is wider than TableStyle::width: numbers and verdicts
// keep theirs; names are cut ("..."), long paths and phrases wrap onto more lines. A name beside
// the id that identifies its row (shorten_or_omit) is cut alike, and left out when the table
// cannot fit even so.
enum class Fit { keep, shorten, wrap, shorten_or_omit };

// A bar chart drawn by render_text in one column, around an axis at 0, at the width the table
// leaves it: half cells on each side when there is room, down to min_half.
struct BarColumn {
  std::size_t column = 0;
  // per row, the span [lo, hi] to draw on the axis from -max_abs to +max_abs; none: an empty cell
  std::vector<std::optional<std::pair<double, double>>> spans;
  double max_abs = 0;
  int half = 12;
  int min_half = 3;
};

struct TextTable {
  std::vector<std::string> header;
  std::vector<Align> align;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t>
      rules_before;     // draw a rule before these row indices (rows.size() = at the end)
  std::vector<Fit> fit; // per column; missing columns keep their width
  std::optional<BarColumn> bar;
};

// Return the table as aligned text lines indented by two spaces, fitted into style.width: the bar
// chart shrinks first, then the columns that shorten or wrap, widest first, each down to its
// header (at least 12 cells for a name, 16 for a phrase); a table that still does not fit leaves
// out the bar chart, then the names beside ids (Fit::shorten_or_omit), one at a time, as long as
// that makes it fit, and says so in a line under it (unless style.quiet); then tries all that again
// with a column of names (Fit::wrap, no space in a cell) narrower than 12 cells, down to its
// widest piece ("after-" over "lukashenka"); else it is printed as records instead, a block per
// row with a "column  value" line per cell, so that no number is ever cut.
std::string render_text(const TextTable& t, const TableStyle& style);

// Return the headers of the columns that render_text leaves out of the table to fit it into
// style.width: none when it fits whole, or when it cannot fit even so (records).
std::vector<std::string> left_out_columns(const TextTable& t, const TableStyle& style);

// Return the table without its column `column` (its cells, and the bar if it is the bar's).
TextTable without_column(const TextTable& t, std::size_t column);
// Return the table without the column headed `header` (as it is when there is none).
TextTable without_column(const TextTable& t, std::string_view header);

// Return the width of the table's lines as render_text prints them without a limit.
std::size_t natural_width(const TextTable& t);

// Return the table as a GitHub-flavoured Markdown table.
std::string render_markdown(const TextTable& t);

// Return the table as text or Markdown: the one place that chooses.
std::string render_table(const TextTable& t, const TableStyle& style, bool markdown);

// render_table for one of several tables of a command: once a table has left out columns (and
// said so), style's left_out_note turns off for the tables after it.
std::string render_one_of_tables(const TextTable& t, TableStyle& style, bool markdown);

// Return one RFC 4180 CSV record (CRLF-terminated) of the fields.
std::string csv_row(const std::vector<std::string>& fields);

// Throw std::logic_error (exit 70 from main) when v is NaN or infinite: no output ever shows one.
void require_finite(double v);

// Return the shortest text that reads back as exactly v ("0" for negative zero).
std::string exact(double v);

// Return v as a person reads it in a sentence: at most 6 significant digits, no trailing zeros
// (0.555556, 578.383, 1150); exact() is for machine formats.
std::string readable(double v);

// Return v with a fixed number of decimals ("0.000" for negative zero). Both throw on NaN and
// infinity (require_finite).
std::string fixed(double v, int decimals);

// Bold, for headings and the numbers a sentence is about.
inline const fmt::text_style k_bold = fmt::emphasis::bold;

// Return text in the style (fmt/color.h) when style.color is set, else unchanged.
std::string paint(std::string_view text, const fmt::text_style& ts, const TableStyle& style);

// Return text cut to at most width cells, ending in "..." when cut (for names in narrow columns).
std::string shorten(std::string_view text, std::size_t width);

// Return the number of terminal cells text takes (UTF-8 code points; colour sequences, ESC ... m,
// take none).
std::size_t display_width(std::string_view text);

// Remove the spaces at the end of text (no line of output ends in one).
void drop_trailing_spaces(std::string& text);

// Return text cut into lines of at most width cells, broken after the line's last ", " when
// that fills half of it (list items stay whole), else after its last space (names stay whole),
// else after its last '.', '/', '-' or ':' (a long path), else inside a word.
std::vector<std::string> wrap_cell(std::string_view text, std::size_t width);

// Return text wrapped at width columns (terminal cells; colour sequences take none), assuming it
// starts at column indent; continuation lines are indented by indent spaces. A line break in text
// is kept (the next line indented alike); no line ends in a space.
std::string wrap(const std::string& text, std::size_t indent, std::size_t width);

} // namespace relief
