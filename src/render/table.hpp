#pragma once
// Text tables, Markdown tables, CSV fields and number formats shared by every renderer.
#include <string>
#include <string_view>
#include <vector>

namespace relief {

enum class OutputFormat { table, csv, json, markdown, yaml };

struct TableStyle {
  bool unicode = false; // box-drawing rules instead of ASCII
  bool color = false;   // ANSI colour
  bool quiet = false;   // -q: results only, no notes or legends under them
};

enum class Align { left, right };

struct TextTable {
  std::vector<std::string> header;
  std::vector<Align> align;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t>
      rules_before; // draw a rule before these row indices (rows.size() = at the end)
};

// Return the table as aligned text lines indented by two spaces.
std::string render_text(const TextTable& t, const TableStyle& style);

// Return the table as a GitHub-flavoured Markdown table.
std::string render_markdown(const TextTable& t);

// Return one RFC 4180 CSV record (CRLF-terminated) of the fields.
std::string csv_row(const std::vector<std::string>& fields);

// Return the shortest text that reads back as exactly v ("0" for negative zero).
std::string exact(double v);

// Return v with a fixed number of decimals ("0.000" for negative zero).
std::string fixed(double v, int decimals);

// Return text wrapped in an ANSI colour when style.color is set (31 red, 32 green, 33 yellow, 1
// bold).
std::string paint(std::string_view text, int code, const TableStyle& style);

// Return text cut to at most width cells, ending in "..." when cut (for names in narrow columns).
std::string shorten(std::string_view text, std::size_t width);

// Return the number of terminal cells text takes (UTF-8 code points).
std::size_t display_width(std::string_view text);

// Return text wrapped at width columns (counted in bytes), assuming it starts at column indent;
// continuation lines are indented by indent spaces.
std::string wrap(const std::string& text, std::size_t indent, std::size_t width);

} // namespace relief
