#include "render/report_common.hpp"

#include <fmt/format.h>

namespace relief {

std::string_view kind_name(Kind k)
{
  return k == Kind::benefit ? "benefit" : "cost";
}
std::string_view timing_name(Timing t)
{
  return k_timing_names[static_cast<std::size_t>(t)];
}
std::string_view war_name(War w)
{
  return k_war_names[static_cast<std::size_t>(w)];
}

std::string shown_file(const Scenario& s)
{
  return s.document > 1 ? fmt::format("{}#{}", s.file, s.document) : s.file;
}

std::string report_heading(const Scenario& s, const TableStyle& style, bool markdown)
{
  if (markdown)
    return fmt::format("## {}\n\n`{}`", s.name, shown_file(s));
  return fmt::format("{}  ({})", paint(printable(s.name), 1, style), printable(shown_file(s)));
}

std::string fit_line(const std::string& text, const TableStyle& style, bool markdown)
{
  return markdown || style.width == 0 ? text : wrap(text, 0, style.width);
}

std::string section_heading(const Scenario& s, std::size_t perspective, const TableStyle& style,
                            bool markdown, std::string_view detail)
{
  std::string line = fmt::format("{} — perspective {}{}", report_heading(s, style, markdown),
                                 s.model->perspectives[perspective].id, detail);
  return fit_line(line, style, markdown) + "\n\n";
}

int verdict_color(Verdict v)
{
  return v == Verdict::benefits_outweigh ? 32 : v == Verdict::costs_outweigh ? 31 : 33;
}

Json json_document(std::string_view command)
{
  Json j;
  j["format"] = "relief-result/1";
  j["command"] = command;
  return j;
}

Json json_report(const Scenario& s, std::size_t perspective)
{
  return Json{{"scenario", s.name},
              {"file", s.file},
              {"document", s.document},
              {"perspective", s.model->perspectives[perspective].id}};
}

Json json_optional(const std::optional<double>& v)
{
  return v ? Json(*v) : Json(nullptr);
}

std::string dump(const Json& j)
{
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

JsonResultsWriter::JsonResultsWriter(Json document)
{
  document["results"] = Json::array();
  m_empty = dump(document);
  m_split = m_empty.rfind("\"results\": []") + std::string_view("\"results\": ").size();
}

std::string JsonResultsWriter::add(const Json& result)
{
  // an element of a top-level array is indented by two levels of two spaces
  std::string text = dump(result);
  text.pop_back(); // dump's final newline
  std::string out = m_started ? ",\n    " : m_empty.substr(0, m_split) + "[\n    ";
  m_started = true;
  out.reserve(out.size() + text.size() + text.size() / 8);
  for (char c : text) {
    out += c;
    if (c == '\n')
      out += "    ";
  }
  return out;
}

std::string JsonResultsWriter::finish() const
{
  if (!m_started)
    return m_empty;
  return "\n  ]" + m_empty.substr(m_split + 2);
}

std::string csv_table(const std::vector<std::string>& header,
                      const std::vector<std::vector<std::string>>& rows)
{
  std::string out = csv_row(header);
  for (const auto& r : rows)
    out += csv_row(r);
  return out;
}

std::string exact_or_empty(const std::optional<double>& v)
{
  return v ? exact(*v) : "";
}

std::string note(const std::string& text, const TableStyle& style, bool markdown)
{
  const std::size_t width = style.width > 0 ? std::min<std::size_t>(style.width, 80) : 80;
  return markdown ? "- " + text + "\n" : "  " + wrap(text, 4, width) + "\n";
}

std::string means_note(std::size_t n, const TableStyle& style, bool markdown)
{
  if (n == 0 || style.quiet)
    return "";
  return note(fmt::format("note: {} input{} {} distribution{}, read at {} mean{}; see `relief "
                          "simulate`",
                          n, n == 1 ? "" : "s", n == 1 ? "is a" : "are", n == 1 ? "" : "s",
                          n == 1 ? "its" : "their", n == 1 ? "" : "s"), style,
              markdown);
}

} // namespace relief
