#pragma once
// A result's columns, described once: each column's key (the CSV header and the JSON key), its
// heading in tables, and how to read a row's value. CSV and JSON print the value exactly, tables
// and Markdown as a person reads it, so no renderer spells a column twice.
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "case.hpp"
#include "render/report_common.hpp"
#include "render/table.hpp"

namespace relief {

// One cell: its value for machines (a number, text, a flag, or null for none) and how people read
// it. The text for people is made only when a table asks for it (shown()), so that CSV and JSON of
// large batches format each number once.
struct Field {
  Json value;
  std::optional<std::string> text; // the text people read; none: made from value
  int decimals = -1;               // a number with this many decimals
  int digits = -1;                 // else a number with this many significant digits
  // Return the text people read: text when set, else the value (numbers with decimals or digits,
  // else readable()).
  std::string shown() const;
};

// A number: exact in CSV and JSON, with a fixed number of decimals in tables.
Field number(double v, int decimals);
// A number shown to a number of significant digits in tables.
Field significant(double v, int digits);
// A number shown to 4 significant digits in tables (inputs in their own units).
Field figure(double v);
// A number shown as readable() in tables.
Field plain(double v);
// A whole number.
Field count(long long n);
// A number or none: null in JSON, "" in CSV, `none` in tables.
Field maybe(const std::optional<double>& v, int decimals, std::string none = "-");
// A text, the same everywhere.
Field text(std::string_view s);
// A flag: true or false for machines, `shown` in tables.
Field flag(bool b, std::string shown);

// Return a field's value as a CSV field: numbers exactly, none as "".
std::string csv_text(const Json& value);

// Which machine formats carry a keyed column.
enum class Where {
  both,
  csv, // a flat CSV column whose value JSON nests in an object of its own
  json // a detail JSON carries that the CSV's documented columns leave out
};

template <class Row> struct Column {
  std::string_view key;     // CSV header and JSON key; "" keeps the column out of CSV and JSON
  std::string_view heading; // table and Markdown header; "" keeps it out of tables
  std::function<Field(const Row&)> field;
  Align align = Align::right;
  Fit fit = Fit::keep;
  Where where = Where::both;
  // the CSV header when it differs from the key: a value of a nested JSON object ("value" of a
  // crossing) flattened into a CSV row ("crossing")
  const char* csv_key = nullptr;

  std::string_view csv_name() const { return csv_key ? std::string_view(csv_key) : key; }
};

template <class Row> using Columns = std::vector<Column<Row>>;

// Return the CSV headers of the columns that CSV and JSON carry.
template <class Row> std::vector<std::string> keys_of(const Columns<Row>& columns)
{
  std::vector<std::string> keys;
  for (const auto& c : columns)
    if (!c.key.empty() && c.where != Where::json)
      keys.emplace_back(c.csv_name());
  return keys;
}

// Append a row's CSV fields to fields.
template <class Row>
void append_csv(const Columns<Row>& columns, const Row& row, std::vector<std::string>& fields)
{
  for (const auto& c : columns)
    if (!c.key.empty() && c.where != Where::json)
      fields.push_back(csv_text(c.field(row).value));
}

// Return a row as a JSON object of its keyed columns (added to into, when given).
template <class Row>
Json json_row(const Columns<Row>& columns, const std::type_identity_t<Row>& row, Json into = Json())
{
  for (const auto& c : columns)
    if (!c.key.empty() && c.where != Where::csv)
      into[std::string(c.key)] = c.field(row).value;
  return into;
}

// Return the rows as a text table of the columns with a heading.
template <class Row, class Rows> TextTable text_table(const Columns<Row>& columns, const Rows& rows)
{
  TextTable t;
  for (const auto& c : columns)
    if (!c.heading.empty()) {
      t.header.emplace_back(c.heading);
      t.align.push_back(c.align);
      t.fit.push_back(c.fit);
    }
  for (const auto& row : rows) {
    std::vector<std::string> cells;
    for (const auto& c : columns)
      if (!c.heading.empty())
        cells.push_back(c.field(row).shown());
    t.rows.push_back(std::move(cells));
  }
  return t;
}

// The columns that say which case a row belongs to: scenario, file (as given), document (its place
// in the file) and perspective. Every CSV row and JSON result of an analysis starts with them.
const Columns<Case>& case_columns();

// The CSV of an analysis: every record starts with its case's columns (scenario, file, document,
// perspective), then each description's columns in turn.
class CaseCsv {
public:
  // headers: the CSV headers after the case's, in order (keys_of of each description)
  explicit CaseCsv(std::initializer_list<std::vector<std::string>> headers)
  {
    m_header = keys_of(case_columns());
    for (const auto& h : headers)
      m_header.insert(m_header.end(), h.begin(), h.end());
  }
  // Return the header record.
  std::string header() const { return csv_row(m_header); }
  // Start the record of a row of case c (the case's fields are made once for its rows).
  CaseCsv& start(const Case& c)
  {
    if (c.scenario != m_case.scenario || c.perspective != m_case.perspective) {
      m_case = c;
      m_case_fields.clear();
      append_csv(case_columns(), c, m_case_fields);
    }
    m_fields = m_case_fields;
    return *this;
  }
  // Add a row's fields under a description.
  template <class Row> CaseCsv& add(const Columns<Row>& columns, const Row& row)
  {
    append_csv(columns, row, m_fields);
    return *this;
  }
  // Add fields as they are.
  CaseCsv& add(std::initializer_list<std::string> fields)
  {
    m_fields.insert(m_fields.end(), fields);
    return *this;
  }
  // Return the record.
  std::string end() const { return csv_row(m_fields); }

private:
  std::vector<std::string> m_header, m_fields, m_case_fields;
  Case m_case;
};

// Return a CSV table of every case's rows: the case's columns, then the row's.
template <class Row, class Answers, class RowsOf>
std::string csv_of(const Answers& answers, RowsOf rows_of, const Columns<Row>& columns)
{
  CaseCsv csv({keys_of(columns)});
  std::string out = csv.header();
  for (const auto& answer : answers)
    for (const Row& row : rows_of(answer))
      out += csv.start(answer).add(columns, row).end();
  return out;
}

// Return the analyses of several cases in the shape each per-case command renders them in: CSV,
// each case's rows under the case's columns; JSON, one result per case, its case's columns and then
// what json_of adds; a table or Markdown, a section per case, its heading and then what text_of
// writes (markdown says which), a blank line between sections.
template <class T, class Row, class RowsOf>
std::string render_cases(const std::vector<Answer<T>>& reports, OutputFormat format,
                         const TableStyle& style, std::string_view command, RowsOf rows_of,
                         const Columns<Row>& columns,
                         const std::function<void(const Answer<T>&, Json&)>& json_of,
                         const std::function<std::string(const Answer<T>&, bool)>& text_of)
{
  if (format == OutputFormat::csv)
    return csv_of(reports, rows_of, columns);
  if (format == OutputFormat::json) {
    JsonResultsWriter json(json_document(command));
    std::string out;
    for (const Answer<T>& r : reports) {
      Json one = json_row(case_columns(), r);
      json_of(r, one);
      out += json.add(one);
    }
    return out + json.finish();
  }
  const bool markdown = format == OutputFormat::markdown;
  std::string out;
  for (const Answer<T>& r : reports) {
    if (!out.empty())
      out += "\n";
    out += section_heading(*r.scenario, r.perspective, style, markdown);
    out += text_of(r, markdown);
  }
  return out;
}

// Append a bar chart column to a text table, one span [lo, hi] per row around an axis at 0, drawn
// by render_text at the width the table leaves it (half cells on each side when there is room).
void add_bars(TextTable& t, std::string heading, std::vector<std::pair<double, double>> spans,
              int half);

} // namespace relief
