// relief diff: what changed between two sides, as a table, a pull-request comment (Markdown with a
// marker line a CI job finds its earlier comment by), CSV and JSON.
#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/columns.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

// "a -> b", or "a" when the two are the same.
std::string change(const std::string& a, const std::string& b, bool unicode)
{
  return a == b ? a : a + (unicode ? " → " : " -> ") + b;
}

std::string verdict_text(Verdict v)
{
  return std::string(verdict_name(v));
}

std::string regime_text(const CaseAnswers& a)
{
  if (!a.surplus)
    return "-";
  return a.acceptable ? "accepts" : "refuses";
}

std::string id_of(const CaseDiff& d)
{
  const CaseAnswers& a = d.after ? *d.after : *d.before;
  std::string file = a.file;
  const std::size_t slash = file.find_last_of('/');
  if (slash != std::string::npos)
    file = file.substr(slash + 1);
  if (const std::size_t dot = file.find_last_of('.'); dot != std::string::npos)
    file = file.substr(0, dot);
  return a.document > 1 ? fmt::format("{}#{}", file, a.document) : file;
}

std::string cell_of(const CaseAnswers& a)
{
  return a.belief == k_central_belief ? a.perspective : a.perspective + ", " + a.belief;
}

std::string status_of(const CaseDiff& d, int decimals)
{
  if (!d.before)
    return "added";
  if (!d.after)
    return "removed";
  return d.changed(decimals) ? "changed" : "unchanged";
}

// Why a case moved: its file changed, or not (the model, or a file it extends, did).
std::string cause_of(const CaseDiff& d, const DiffResult& r)
{
  if (!d.both())
    return "";
  if (!r.cause.empty())
    return r.cause;
  const bool model_changed = r.model_changed;
  std::string out = d.file_changed ? "file changed" : model_changed ? "model changed" : "file same";
  if (!d.renamed_from.empty())
    out += " (from " + d.renamed_from + ")";
  return out;
}

std::string net_text(const CaseDiff& d, int decimals, bool unicode)
{
  if (!d.both())
    return fixed((d.after ? d.after : d.before)->net, decimals);
  const double delta = d.net_change();
  const std::string a = fixed(d.before->net, decimals), b = fixed(d.after->net, decimals);
  if (a == b)
    return a;
  return fmt::format("{}{}{} ({:+.{}f})", a, unicode ? " → " : " -> ", b, delta, decimals);
}

// The summary line: "2 verdicts changed, 1 package now refused, 3 nets moved, 1 case added".
std::string summary(const DiffResult& r, int decimals)
{
  std::size_t verdicts = 0, refused = 0, accepted = 0, nets = 0, ranks = 0, best = 0, added = 0,
              removed = 0;
  for (const CaseDiff& d : r.cases) {
    if (!d.before)
      ++added;
    else if (!d.after)
      ++removed;
    else {
      verdicts += d.verdict_changed();
      refused += d.acceptance_changed() && !d.after->acceptable;
      accepted += d.acceptance_changed() && d.after->acceptable;
      nets += fixed(d.before->net, decimals) != fixed(d.after->net, decimals);
      ranks += d.rank_changed();
      best += d.best_changed();
    }
  }
  auto n = [](std::size_t k, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", k, k == 1 ? one : many);
  };
  // the verdicts always, the rest where something changed
  std::string out = n(verdicts, "verdict", "verdicts") + " changed";
  for (const auto& [k, text] : std::initializer_list<std::pair<std::size_t, std::string>>{
           {refused, n(refused, "package", "packages") + " now refused"},
           {accepted, n(accepted, "package", "packages") + " now accepted"},
           {nets, n(nets, "net", "nets") + " moved"},
           {ranks, n(ranks, "rank", "ranks") + " moved"},
           {best, n(best, "best moment", "best moments") + " changed"},
           {added, n(added, "case", "cases") + " added"},
           {removed, n(removed, "case", "cases") + " removed"}})
    if (k > 0)
      out += ", " + text;
  return out;
}

std::string model_line(const DiffResult& r)
{
  return r.model_changed ? fmt::format("model changed: {} -> {}", r.model_before, r.model_after)
                         : fmt::format("model unchanged: {}", r.model_after);
}

TextTable changes_table(const DiffResult& r, int decimals, bool all, bool unicode)
{
  TextTable t;
  t.header = {"id",   "perspective",     "status", "verdict", "net",
              "rank", "best moment (E)", "regime", "why"};
  t.align = {Align::left,  Align::left, Align::left, Align::left, Align::right,
             Align::right, Align::left, Align::left, Align::left};
  t.fit = {Fit::keep, Fit::keep, Fit::keep, Fit::keep, Fit::keep,
           Fit::keep, Fit::keep, Fit::keep, Fit::wrap};
  for (const CaseDiff& d : r.cases) {
    if (!all && !d.changed(decimals))
      continue;
    const CaseAnswers& now = d.after ? *d.after : *d.before;
    const CaseAnswers& was = d.before ? *d.before : *d.after;
    auto best = [&](const CaseAnswers& a) {
      return fmt::format("{} ({})", k_timing_names[static_cast<std::size_t>(a.best)],
                         fixed(a.best_expected, decimals));
    };
    t.rows.push_back({id_of(d), cell_of(now), status_of(d, decimals),
                      change(verdict_text(was.verdict), verdict_text(now.verdict), unicode),
                      net_text(d, decimals, unicode),
                      change(std::to_string(was.rank), std::to_string(now.rank), unicode),
                      change(best(was), best(now), unicode),
                      change(regime_text(was), regime_text(now), unicode), cause_of(d, r)});
  }
  return t;
}

std::string crossings_text(const std::vector<double>& at)
{
  if (at.empty())
    return "none";
  std::string out;
  for (double v : at)
    out += (out.empty() ? "" : ", ") + fmt::format("{:.6g}", v);
  return out;
}

// Why one case moved: the contributions that moved most, and the break-evens that moved.
std::string why_text(const CaseDiff& d, int decimals, bool markdown, const TableStyle& style)
{
  std::string out;
  if (!d.movers.empty()) {
    TextTable t;
    t.header = {"criterion", "item", "before", "after", "change"};
    t.align = {Align::left, Align::left, Align::right, Align::right, Align::right};
    for (const ContributionMove& m : d.movers)
      t.rows.push_back({m.criterion, m.item, fixed(m.before, decimals), fixed(m.after, decimals),
                        fmt::format("{:+.{}f}", m.after - m.before, decimals)});
    out += render_table(t, style, markdown);
  }
  for (const auto& [was, now] : d.crossings)
    out += fmt::format("{}net = 0 along {}: {} -> {}\n", markdown ? "\n- " : "  ", was.path,
                       crossings_text(was.at), crossings_text(now.at));
  return out;
}

Json answers_json(const CaseAnswers& a)
{
  Json j = {{"verdict", verdict_text(a.verdict)},
            {"net", a.net},
            {"worth", a.worth},
            {"regime_surplus", json_optional(a.surplus)},
            {"acceptable", a.acceptable},
            {"rank", a.rank},
            {"best_moment", timing_name(a.best)},
            {"best_expected_net", a.best_expected}};
  Json crossings = Json::object();
  for (const AskCrossings& c : a.crossings)
    crossings[c.path] = c.at;
  j["breakeven"] = std::move(crossings);
  return j;
}

} // namespace

const std::string_view k_diff_marker = "<!-- relief-diff -->";

std::string render_diff(const DiffResult& r, OutputFormat format, const TableStyle& style,
                        int decimals, bool all)
{
  if (format == OutputFormat::csv) {
    std::vector<std::vector<std::string>> rows;
    for (const CaseDiff& d : r.cases) {
      if (!all && !d.changed(decimals))
        continue;
      const CaseAnswers& now = d.after ? *d.after : *d.before;
      auto side = [](const std::optional<CaseAnswers>& a, auto f) {
        return a ? f(*a) : std::string();
      };
      rows.push_back(
          {now.name,
           now.file,
           std::to_string(now.document),
           now.perspective,
           now.belief,
           status_of(d, decimals),
           d.renamed_from,
           d.both() && d.file_changed ? "true" : "false",
           side(d.before, [](const CaseAnswers& a) { return verdict_text(a.verdict); }),
           side(d.after, [](const CaseAnswers& a) { return verdict_text(a.verdict); }),
           side(d.before, [](const CaseAnswers& a) { return exact(a.net); }),
           side(d.after, [](const CaseAnswers& a) { return exact(a.net); }),
           d.both() ? exact(d.net_change()) : "",
           side(d.before, [](const CaseAnswers& a) { return std::to_string(a.rank); }),
           side(d.after, [](const CaseAnswers& a) { return std::to_string(a.rank); }),
           side(d.before, [](const CaseAnswers& a) { return std::string(timing_name(a.best)); }),
           side(d.after, [](const CaseAnswers& a) { return std::string(timing_name(a.best)); }),
           side(d.before, [](const CaseAnswers& a) { return exact(a.best_expected); }),
           side(d.after, [](const CaseAnswers& a) { return exact(a.best_expected); }),
           side(d.before,
                [](const CaseAnswers& a) { return std::string(a.acceptable ? "true" : "false"); }),
           side(d.after, [](const CaseAnswers& a) {
             return std::string(a.acceptable ? "true" : "false");
           })});
    }
    return csv_table({"scenario",
                      "file",
                      "document",
                      "perspective",
                      "beliefs",
                      "status",
                      "renamed_from",
                      "file_changed",
                      "verdict_before",
                      "verdict_after",
                      "net_before",
                      "net_after",
                      "net_change",
                      "rank_before",
                      "rank_after",
                      "best_before",
                      "best_after",
                      "best_expected_before",
                      "best_expected_after",
                      "acceptable_before",
                      "acceptable_after"},
                     rows);
  }
  if (format == OutputFormat::json) {
    Json doc = json_document("diff");
    doc["base"] = r.base;
    doc["head"] = r.head;
    doc["model"] = {
        {"before", r.model_before}, {"after", r.model_after}, {"changed", r.model_changed}};
    doc["summary"] = summary(r, decimals);
    doc["added"] = r.added;
    doc["removed"] = r.removed;
    doc["renamed"] = Json::array();
    for (const auto& [from, to] : r.renamed)
      doc["renamed"].push_back({{"from", from}, {"to", to}});
    doc["results"] = Json::array();
    for (const CaseDiff& d : r.cases) {
      if (!all && !d.changed(decimals))
        continue;
      const CaseAnswers& now = d.after ? *d.after : *d.before;
      Json one = {{"scenario", now.name},
                  {"file", now.file},
                  {"document", now.document},
                  {"perspective", now.perspective},
                  {"beliefs", now.belief},
                  {"status", status_of(d, decimals)},
                  {"renamed_from", d.renamed_from.empty() ? Json(nullptr) : Json(d.renamed_from)},
                  {"file_changed", d.both() && d.file_changed}};
      one["before"] = d.before ? answers_json(*d.before) : Json(nullptr);
      one["after"] = d.after ? answers_json(*d.after) : Json(nullptr);
      one["contributions_moved"] = Json::array();
      for (const ContributionMove& m : d.movers)
        one["contributions_moved"].push_back({{"criterion", m.criterion},
                                              {"item", m.item},
                                              {"before", m.before},
                                              {"after", m.after}});
      doc["results"].push_back(std::move(one));
    }
    return dump(doc);
  }
  const bool markdown = format == OutputFormat::markdown;
  std::string out;
  const std::string title = fmt::format("relief diff: {} -> {}", r.base, r.head);
  if (markdown) {
    out += std::string(k_diff_marker) + "\n## " + title + "\n\n**" + summary(r, decimals) +
           "**\n\n" + model_line(r) + "\n\n";
  } else {
    out += paint(title, k_bold, style) + "\n" + note(summary(r, decimals), style, false) +
           note(model_line(r), style, false);
  }
  for (const std::string& f : r.added)
    out += note("added: " + f, style, markdown);
  for (const std::string& f : r.removed)
    out += note("removed: " + f, style, markdown);
  for (const auto& [from, to] : r.renamed)
    out += note(fmt::format("renamed: {} -> {}", from, to), style, markdown);
  const TextTable t = changes_table(r, decimals, all, style.unicode && !markdown);
  if (t.rows.empty()) {
    out += (markdown ? "\n" : "") + note("no answer changed", style, markdown);
    return out;
  }
  const bool listed = !r.added.empty() || !r.removed.empty() || !r.renamed.empty();
  out += (markdown && !listed ? "" : "\n") + render_table(t, style, markdown);
  for (const CaseDiff& d : r.cases) {
    if (!d.both() || !d.changed(decimals) || (d.movers.empty() && d.crossings.empty()))
      continue;
    const std::string head = fmt::format("{} — {}: why net moved {}", id_of(d), cell_of(*d.after),
                                         fmt::format("{:+.{}f}", d.net_change(), decimals));
    if (markdown)
      out += "\n<details><summary>" + head + "</summary>\n\n" + why_text(d, decimals, true, style) +
             "\n</details>\n";
    else
      out += "\n" + paint(head, k_bold, style) + "\n" + why_text(d, decimals, false, style);
  }
  return out;
}

} // namespace relief
