#include "render/validate_render.hpp"

#include "render/columns.hpp"

namespace relief {
namespace {

const Columns<FileSummary>& file_columns()
{
  using F = const FileSummary&;
  static const Columns<FileSummary> columns = {
      {"file", "file", [](F f) { return text(f.file); }, Align::left}, // whole, to copy
      {"scenarios", "scenarios", [](F f) { return count(static_cast<long long>(f.scenarios)); }},
      {"errors", "errors", [](F f) { return count(static_cast<long long>(f.errors)); }},
      {"warnings", "warnings", [](F f) { return count(static_cast<long long>(f.warnings)); }},
      {"status", "status", [](F f) { return text(f.status); }, Align::left},
  };
  return columns;
}

const Columns<Diagnostic>& diagnostic_columns()
{
  using D = const Diagnostic&;
  static const Columns<Diagnostic> columns = {
      {"file", "", [](D d) { return text(d.pos.file ? d.pos.file->name : d.file_name); }},
      {"line", "",
       [](D d) {
         return d.pos.file ? count(d.pos.line) : Field{nullptr, ""};
       }},
      {"column", "",
       [](D d) {
         return d.pos.file ? count(d.pos.col) : Field{nullptr, ""};
       }},
      {"severity", "",
       [](D d) { return text(d.severity == Severity::error ? "error" : "warning"); }},
      {"message", "", [](D d) { return text(d.message); }},
  };
  return columns;
}

} // namespace

std::string render_validation(const std::vector<FileSummary>& files, OutputFormat format,
                              const TableStyle& style)
{
  if (format == OutputFormat::json) {
    Json j = json_document("validate");
    j["files"] = Json::array();
    for (const FileSummary& f : files) {
      Json one = json_row(file_columns(), f);
      one["diagnostics"] = Json::array();
      for (const Diagnostic& d : f.diagnostics)
        one["diagnostics"].push_back(json_row(diagnostic_columns(), d));
      j["files"].push_back(std::move(one));
    }
    return dump(j);
  }
  if (format == OutputFormat::csv) {
    std::string out = csv_row(keys_of(file_columns()));
    std::vector<std::string> fields;
    for (const FileSummary& f : files) {
      fields.clear();
      append_csv(file_columns(), f, fields);
      out += csv_row(fields);
    }
    return out;
  }
  return render_table(text_table(file_columns(), files), style, format == OutputFormat::markdown);
}

} // namespace relief
