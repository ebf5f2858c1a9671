#include "cli/common.hpp"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli/figure_gate.hpp"
#include "render/output.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

bool color_allowed(const GlobalOptions& g, int fd)
{
  // no-color.org: a flag wins over the environment, and an empty NO_COLOR is not set
  if (g.color == "never")
    return false;
  if (g.color == "always")
    return true;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0')
    return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb")
    return false;
  return ::isatty(fd) != 0;
}

} // namespace

std::string_view format_name(OutputFormat f)
{
  switch (f) {
  case OutputFormat::table:
    return "table";
  case OutputFormat::csv:
    return "csv";
  case OutputFormat::json:
    return "json";
  case OutputFormat::markdown:
    return "markdown";
  case OutputFormat::yaml:
    return "yaml";
  case OutputFormat::html:
    return "html";
  }
  return "table";
}

std::shared_ptr<const Model> model_in_force(const GlobalOptions& g, ExitStatus& status)
{
  if (g.model_file.empty()) {
    auto model = default_model();
    if (!model) {
      fmt::print(stderr, "relief: internal error: the embedded default model does not load\n");
      status = ExitStatus::software;
    }
    return model;
  }
  ModelLoad load = load_model_file(g.model_file);
  GlobalOptions loud = g;
  loud.quiet = g.quiet && load.model != nullptr;
  print_diagnostics(load.diagnostics, loud);
  if (!load.model)
    status = load.unreadable ? ExitStatus::no_input : ExitStatus::data_error;
  return load.model;
}

std::vector<std::size_t> selected_perspectives(const Model& model, const GlobalOptions& g)
{
  std::vector<std::size_t> out;
  if (g.perspective == "all") {
    for (std::size_t i = 0; i < model.perspectives.size(); ++i)
      out.push_back(i);
    return out;
  }
  auto p = model.perspective_index(g.perspective);
  if (!p) {
    std::vector<std::string> ids = model.perspective_ids();
    std::string list;
    for (const auto& id : ids)
      list += (list.empty() ? "" : ", ") + id;
    throw UsageError(fmt::format("unknown perspective '{}'{}; the model has: {}, or all",
                                 g.perspective, did_you_mean(g.perspective, ids), list));
  }
  out.push_back(*p);
  return out;
}

std::optional<std::size_t> selected_in(const Model& model, const GlobalOptions& g)
{
  if (g.in.empty())
    return std::nullopt;
  if (auto a = model.ask_index(g.in))
    return a;
  const std::vector<std::string> ids = model.ask_ids();
  throw UsageError(
      fmt::format("--in takes an ask of the model: unknown ask '{}'{}; the model has: {}", g.in,
                  did_you_mean(g.in, ids), fmt::join(ids, ", ")));
}

std::vector<std::shared_ptr<const Model>>
selected_beliefs(const std::shared_ptr<const Model>& model, const GlobalOptions& g)
{
  const std::vector<std::string> ids = model->belief_ids();
  std::vector<std::shared_ptr<const Model>> out;
  if (g.beliefs == "all") {
    out.push_back(model);
    for (std::size_t b = 0; b < model->beliefs.size(); ++b)
      out.push_back(with_belief(model, b));
    return out;
  }
  const auto it = std::find(ids.begin(), ids.end(), g.beliefs);
  if (it == ids.end())
    throw UsageError(fmt::format("unknown belief set '{}'{}; the model has: {}, or all", g.beliefs,
                                 did_you_mean(g.beliefs, ids), fmt::join(ids, ", ")));
  const auto b = static_cast<std::size_t>(it - ids.begin());
  out.push_back(b == 0 ? model : with_belief(model, b - 1));
  return out;
}

OutputFormat output_format(const GlobalOptions& g, const std::vector<OutputFormat>& allowed)
{
  auto allows = [&](OutputFormat f) {
    return std::find(allowed.begin(), allowed.end(), f) != allowed.end();
  };
  std::vector<std::string> names;
  for (OutputFormat f : allowed)
    names.emplace_back(format_name(f));
  auto list = [](const std::vector<std::string>& items) {
    std::string out;
    for (const auto& n : items)
      out += (out.empty() ? "" : ", ") + n;
    return out;
  };
  std::string name = g.format;
  std::error_code ec;
  if (name.empty() && !g.output.empty() && g.output != "-" &&
      !std::filesystem::is_directory(g.output, ec)) { // a directory fails when it is written
    // the extension, in any case, picks the format; none (report, /dev/null) the command's first
    std::string ext = std::filesystem::path(g.output).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const std::vector<std::pair<std::string, OutputFormat>> known = {
        {".txt", OutputFormat::table},         {".csv", OutputFormat::csv},
        {".json", OutputFormat::json},         {".md", OutputFormat::markdown},
        {".markdown", OutputFormat::markdown}, {".yaml", OutputFormat::yaml},
        {".yml", OutputFormat::yaml},          {".html", OutputFormat::html},
        {".htm", OutputFormat::html}};
    std::vector<std::string> usable;
    for (const auto& [e, f] : known)
      if (allows(f))
        usable.push_back(fmt::format("{} ({})", e, format_name(f)));
    if (ext.empty())
      return allowed.front();
    auto it =
        std::find_if(known.begin(), known.end(), [&](const auto& k) { return k.first == ext; });
    if (it == known.end())
      throw UsageError(fmt::format("cannot tell the format of '{}' from its extension: use -f "
                                   "FORMAT, or one of {}",
                                   g.output, list(usable)));
    if (!allows(it->second))
      throw UsageError(fmt::format("this command does not write {} ('{}'): use -f FORMAT, or one "
                                   "of {}",
                                   format_name(it->second), g.output, list(usable)));
    return it->second;
  }
  if (name.empty())
    return allowed.front();
  for (OutputFormat f : allowed)
    if (name == format_name(f))
      return f;
  throw UsageError(fmt::format("unknown format '{}' for this command{}; expected one of: {}", name,
                               did_you_mean(name, names), list(names)));
}

TableStyle table_style(const GlobalOptions& g)
{
  if (!g.output.empty() && g.output != "-")
    return TableStyle{false, false, g.quiet, 0};
  const bool tty = ::isatty(STDOUT_FILENO) != 0;
  std::size_t width = 0;
  if (!g.wide) {
    struct winsize size {};
    const char* columns = std::getenv("COLUMNS");
    char* end = nullptr;
    const long from_env = columns ? std::strtol(columns, &end, 10) : 0;
    if (tty && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
      width = size.ws_col;
    else if (from_env > 0 && end && *end == '\0')
      width = static_cast<std::size_t>(std::min(from_env, 10000L));
    else if (tty)
      width = 80;
  }
  return TableStyle{tty && !g.ascii, color_allowed(g, STDOUT_FILENO), g.quiet, width};
}

void print_diagnostics(const std::vector<Diagnostic>& diags, const GlobalOptions& g)
{
  bool color = color_allowed(g, STDERR_FILENO);
  std::string text;
  for (const auto& d : diags)
    if (d.severity == Severity::error || !g.quiet)
      text += render_diagnostic(d, color);
  if (!text.empty())
    std::fwrite(text.data(), 1, text.size(), stderr);
}

bool gate_trips(const GlobalOptions& g, const Scenario& s, std::size_t perspective, Verdict v,
                std::string_view what)
{
  if (g.fail_on.empty())
    return false;
  const bool trips =
      g.fail_on == "balanced" ? v != Verdict::benefits_outweigh : v == Verdict::costs_outweigh;
  if (!trips)
    return false;
  const bool exempt = allowed(g, s); // --allow: a deliberate counter-example
  if (!exempt || !g.quiet)
    fmt::print(stderr, "relief: --fail-on {}: '{}' ({}), perspective {}: {} is {}{}\n", g.fail_on,
               s.name, shown_file(s), s.model->perspectives[perspective].id, what, verdict_name(v),
               exempt ? ", allowed (--allow)" : "");
  // "x.yaml#2" for a later document: one line names one case
  return !exempt;
}

Delivery::Delivery(const GlobalOptions& g)
    : m_path(g.output.empty() || g.output == "-" ? "" : g.output)
{
}

Delivery::~Delivery() = default;

void Delivery::write(std::string_view text)
{
  m_pending += text;
  if (m_pending.size() >= k_chunk)
    flush();
}

void Delivery::flush()
{
  if (m_pending.empty())
    return;
  if (m_path.empty()) {
    if (m_status == ExitStatus::success)
      m_status = write_stdout(m_pending);
  } else {
    if (!m_file)
      m_file = std::make_unique<AtomicFile>(m_path);
    m_file->write(m_pending);
  }
  m_pending.clear();
}

ExitStatus Delivery::finish(ExitStatus run_status, bool had_results)
{
  const bool failed = run_status != ExitStatus::success && run_status != ExitStatus::gate_tripped;
  if (!had_results && failed)
    return run_status; // nothing to show; the diagnostics said why
  if (m_path.empty()) {
    flush();
    return worst(run_status, m_status);
  }
  if (failed) {
    m_file.reset(); // the temporary file goes; the path stays untouched
    fmt::print(stderr, "relief: '{}' was not written because the run failed\n", m_path);
    return run_status;
  }
  flush();
  if (!m_file)
    m_file = std::make_unique<AtomicFile>(m_path);
  return worst(run_status, m_file->ok() ? m_file->commit() : ExitStatus::cant_create);
}

ExitStatus deliver(const std::string& text, const GlobalOptions& g, ExitStatus run_status,
                   const Batch* batch)
{
  Delivery out(g);
  const bool had_results = !batch || batch->evaluated > 0;
  if (had_results)
    out.write(text);
  return out.finish(run_status, had_results);
}

} // namespace relief
