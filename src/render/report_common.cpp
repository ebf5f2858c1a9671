#include "render/report_common.hpp"

#include <filesystem>
#include <map>

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

std::vector<std::string> short_ids(const std::vector<std::pair<std::string, int>>& files)
{
  // each file's path as components, the last one without its extension
  std::map<std::string, std::vector<std::string>> parts;
  for (const auto& [file, document] : files) {
    if (parts.count(file))
      continue;
    std::vector<std::string> components;
    const std::filesystem::path path(file);
    for (const auto& c : path.parent_path())
      if (!c.empty() && c != "/" && c != ".")
        components.push_back(c.string());
    components.push_back(path.has_stem() ? path.stem().string() : file);
    parts[file] = std::move(components);
  }
  // one level (the stem) each; more for the files whose id another file has too
  std::map<std::string, std::size_t> levels;
  for (const auto& [file, components] : parts)
    levels[file] = 1;
  auto id_of = [&](const std::string& file) {
    const auto& c = parts[file];
    std::string id;
    for (std::size_t i = c.size() - std::min(levels[file], c.size()); i < c.size(); ++i)
      id += (id.empty() ? "" : "/") + c[i];
    return id;
  };
  for (bool clash = true; clash;) {
    clash = false;
    std::map<std::string, std::vector<std::string>> by_id;
    for (const auto& [file, components] : parts)
      by_id[id_of(file)].push_back(file);
    for (const auto& [id, same] : by_id)
      if (same.size() > 1)
        for (const std::string& file : same)
          if (levels[file] < parts[file].size()) {
            ++levels[file];
            clash = true;
          }
  }
  // files that differ only in their extension keep it
  std::map<std::string, std::size_t> uses;
  for (const auto& [file, components] : parts)
    ++uses[id_of(file)];
  std::vector<std::string> ids;
  ids.reserve(files.size());
  for (const auto& [file, document] : files) {
    const std::string id = uses[id_of(file)] > 1 ? file : id_of(file);
    ids.push_back(document > 1 ? fmt::format("{}#{}", id, document) : id);
  }
  return ids;
}

std::string report_heading(const Scenario& s, const TableStyle& style, bool markdown)
{
  if (markdown)
    return fmt::format("## {}\n\n`{}`", s.name, shown_file(s));
  return fmt::format("{}  ({})", paint(printable(s.name), k_bold, style), printable(shown_file(s)));
}

std::string fit_line(const std::string& text, const TableStyle& style, bool markdown)
{
  return markdown || style.width == 0 ? text : wrap(text, 0, style.width);
}

std::string fit_phrases(const std::vector<std::string>& phrases, const TableStyle& style,
                        bool markdown)
{
  const bool fit = !markdown && style.width > 0;
  std::string out;
  std::size_t column = 0; // the cells of out's last line
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    const std::string piece = phrases[i] + (i + 1 < phrases.size() ? ";" : "");
    if (i > 0 && (!fit || column + 1 + display_width(piece) <= style.width)) {
      out += " " + piece;
      column += 1 + display_width(piece);
      continue;
    }
    const std::string lines = fit ? fit_line(piece, style, false) : piece;
    out += (i > 0 ? "\n" : "") + lines;
    column = display_width(std::string_view(lines).substr(lines.rfind('\n') + 1));
  }
  return out;
}

std::string fit_items(const std::string& block, const TableStyle& style)
{
  if (style.width == 0)
    return block;
  std::string out;
  std::size_t start = 0;
  while (start < block.size()) {
    std::size_t end = block.find('\n', start);
    if (end == std::string::npos)
      end = block.size();
    const std::string line = block.substr(start, end - start);
    if (line.starts_with("  ") && !line.starts_with("   ") && display_width(line) > style.width)
      out += "  " + wrap(line.substr(2), 4, style.width);
    else
      out += line;
    if (end < block.size())
      out += '\n';
    start = end + 1;
  }
  return out;
}

std::string section_heading(const Scenario& s, std::size_t perspective, const TableStyle& style,
                            bool markdown, std::string_view detail)
{
  if (!style.headings)
    return "";
  // the belief set is named when it is not the model as written
  const std::string beliefs =
      s.model->belief == k_central_belief ? "" : fmt::format(", beliefs {}", s.model->belief);
  const std::string head = report_heading(s, style, markdown);
  const std::string tail =
      fmt::format("perspective {}{}{}", s.model->perspectives[perspective].id, beliefs, detail);
  if (markdown || style.width == 0)
    return head + " — " + tail + "\n\n";
  // what it is read under follows the scenario on its (last) line where it fits, else starts
  // the next (not "... — perspective" above "balanced")
  const std::string lines = fit_line(head, style, false);
  const std::string_view last = std::string_view(lines).substr(lines.rfind('\n') + 1);
  const std::string_view tail_line = std::string_view(tail).substr(0, tail.find('\n'));
  const bool fits = display_width(last) + 3 + display_width(tail_line) <= style.width;
  return lines + (fits ? " — " : "\n") + fit_line(tail, style, false) + "\n\n";
}

std::string verdict_mark(Verdict v)
{
  return v == Verdict::benefits_outweigh ? "+" : v == Verdict::costs_outweigh ? "-" : "=";
}

fmt::text_style verdict_color(Verdict v)
{
  using fmt::terminal_color;
  return fmt::fg(v == Verdict::benefits_outweigh ? terminal_color::green
                 : v == Verdict::costs_outweigh  ? terminal_color::red
                                                 : terminal_color::yellow);
}

namespace {
std::optional<JsonShard> g_shard; // set once, while the command line is read
} // namespace

void set_json_shard(const std::optional<JsonShard>& shard)
{
  g_shard = shard;
}

Json json_document(std::string_view command)
{
  Json j;
  j["format"] = "relief-result/1";
  j["command"] = command;
  if (g_shard)
    j["shard"] = {{"index", g_shard->index}, {"count", g_shard->count}, {"files", g_shard->total}};
  return j;
}

Json json_report(const Scenario& s, std::size_t perspective)
{
  return Json{{"scenario", s.name},
              {"file", s.file},
              {"document", s.document},
              {"perspective", s.model->perspectives[perspective].id},
              {"beliefs", s.model->belief}};
}

Json json_optional(const std::optional<double>& v)
{
  return v ? Json(*v) : Json(nullptr);
}

namespace {
void require_finite_json(const Json& j)
{
  if (j.is_number_float())
    require_finite(j.get<double>());
  else if (j.is_structured())
    for (const Json& e : j)
      require_finite_json(e);
}
} // namespace

std::string dump(const Json& j)
{
  require_finite_json(j); // nlohmann would print null for NaN: never let one pass as "no value"
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

std::string means_note(std::size_t n, std::size_t model_n, const TableStyle& style, bool markdown)
{
  if (n == 0 || style.quiet)
    return "";
  const std::string whose = model_n == 0   ? ""
                            : model_n == n ? (n == 1 ? " (the model's)" : " (all the model's)")
                                           : fmt::format(" ({} of them the model's)", model_n);
  return note(fmt::format("note: {} input{} {} distribution{}{}, read at {} mean{}; see `relief "
                          "simulate`",
                          n, n == 1 ? "" : "s", n == 1 ? "is a" : "are", n == 1 ? "" : "s", whose,
                          n == 1 ? "its" : "their", n == 1 ? "" : "s"),
              style, markdown);
}

std::string equivalent_amount(const Model& m, const Equivalent& e)
{
  const AskDef& a = m.asks[e.ask];
  return a.counts_people() ? fmt::format("{:.0f}", e.amount) : fmt::format("{:.3g}", e.amount);
}

std::string equivalent_text(std::string_view what, const Model& m, std::string_view ask,
                            const std::optional<Equivalent>& e)
{
  if (!e)
    return fmt::format("{} in {}: none ({} alone is worth nothing under this perspective)", what,
                       ask, ask);
  const AskDef& a = m.asks[e->ask];
  return fmt::format("{} {} as much as {}: {}{} {}, asked alone and delivered", what,
                     e->negative ? "costs" : "is worth", a.id, e->beyond ? "more than " : "",
                     equivalent_amount(m, *e), a.unit);
}

Json equivalent_json(const Model& m, std::string_view ask, const std::optional<Equivalent>& e)
{
  Json j = {{"ask", ask}, {"amount", nullptr}, {"beyond", false}};
  if (e) {
    j["amount"] = (e->negative ? -1 : 1) * e->amount;
    j["beyond"] = e->beyond;
  }
  (void)m;
  return j;
}

} // namespace relief
