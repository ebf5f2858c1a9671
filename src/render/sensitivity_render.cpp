#include <algorithm>
#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

std::optional<const WeightInterval*> interval_of(const Sensitivity& s, const std::string& path)
{
  for (const auto& w : s.weights)
    if ("weights." + w.criterion == path)
      return &w;
  return std::nullopt;
}

} // namespace

// Return to which verdict a swing flips the scenario's: "to costs-outweigh", or each end's when
// the two ends flip to different verdicts; "" when neither does.
std::string flips_text(const SensitivityRow& x, Verdict base)
{
  const bool low = x.verdict_low != base, high = x.verdict_high != base;
  if (low && high && x.verdict_low != x.verdict_high)
    return fmt::format("low to {}, high to {}", verdict_name(x.verdict_low),
                       verdict_name(x.verdict_high));
  if (low || high)
    return fmt::format("to {}", verdict_name(low ? x.verdict_low : x.verdict_high));
  return "";
}

std::string render_sensitivity(const std::vector<Report<Sensitivity>>& reports, OutputFormat format,
                               const TableStyle& style)
{
  if (format == OutputFormat::csv) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : reports)
      for (const SensitivityRow& x : r.result.rows) {
        auto w = interval_of(r.result, x.path);
        rows.push_back({r.scenario->name, shown_file(*r.scenario),
                        r.scenario->model->perspectives[r.perspective].id, x.path,
                        x.uncertain ? "p10-p90" : "swing", exact(x.base), exact(x.low),
                        exact(x.high), exact(x.net_low), exact(x.net_high), exact(x.swing),
                        x.flips ? "true" : "false", std::string(verdict_name(x.verdict_low)),
                        std::string(verdict_name(x.verdict_high)),
                        w ? exact_or_empty((*w)->lo) : "", w ? exact_or_empty((*w)->hi) : ""});
      }
    return csv_table({"scenario", "file", "perspective", "path", "method", "base", "low", "high",
                      "net_low", "net_high", "swing", "flips", "verdict_low", "verdict_high",
                      "verdict_holds_from", "verdict_holds_to"},
                     rows);
  }
  if (format == OutputFormat::json) {
    Json j = json_document("sensitivity");
    j["results"] = Json::array();
    for (const auto& r : reports) {
      Json one = json_report(*r.scenario, r.perspective);
      one["swing"] = r.result.swing;
      one["net"] = r.result.base.net;
      one["verdict"] = verdict_name(r.result.base.verdict);
      one["inputs"] = Json::array();
      for (const SensitivityRow& x : r.result.rows)
        one["inputs"].push_back({{"path", x.path},
                                 {"method", x.uncertain ? "p10-p90" : "swing"},
                                 {"base", x.base},
                                 {"low", x.low},
                                 {"high", x.high},
                                 {"net_low", x.net_low},
                                 {"net_high", x.net_high},
                                 {"swing", x.swing},
                                 {"flips", x.flips},
                                 {"verdict_low", verdict_name(x.verdict_low)},
                                 {"verdict_high", verdict_name(x.verdict_high)}});
      one["weights"] = Json::array();
      for (const WeightInterval& w : r.result.weights)
        one["weights"].push_back({{"criterion", w.criterion},
                                  {"weight", w.weight},
                                  {"verdict_holds_from", json_optional(w.lo)},
                                  {"verdict_holds_to", json_optional(w.hi)}});
      j["results"].push_back(std::move(one));
    }
    return dump(j);
  }
  bool markdown = format == OutputFormat::markdown;
  std::string out;
  for (const auto& r : reports) {
    const Sensitivity& s = r.result;
    if (!out.empty())
      out += "\n";
    out += section_heading(
        *r.scenario, r.perspective, style, markdown,
        fmt::format("; net {} ({}); point values swung by ±{}%, distributions over p10..p90",
                    fixed(s.base.net, 3), verdict_name(s.base.verdict), exact(s.swing * 100)));
    TextTable t;
    t.header = {"input", "low", "high", "net low", "net high", "swing", "verdict flips"};
    t.align = {Align::left,  Align::right, Align::right, Align::right,
               Align::right, Align::right, Align::left};
    if (!markdown) {
      t.header.push_back("tornado");
      t.align.push_back(Align::left);
    }
    t.fit = {Fit::wrap, Fit::keep, Fit::keep, Fit::keep, Fit::keep, Fit::keep, Fit::wrap};
    BarColumn tornado;
    tornado.column = 7;
    tornado.half = 6;
    for (const SensitivityRow& x : s.rows)
      tornado.max_abs = std::max(
          {tornado.max_abs, std::abs(x.net_low - s.base.net), std::abs(x.net_high - s.base.net)});
    for (const SensitivityRow& x : s.rows) {
      if (x.swing == 0)
        continue;
      std::vector<std::string> row = {x.path,
                                      fmt::format("{:.4g}", x.low),
                                      fmt::format("{:.4g}", x.high),
                                      fixed(x.net_low, 3),
                                      fixed(x.net_high, 3),
                                      fixed(x.swing, 3),
                                      flips_text(x, s.base.verdict)};
      if (!markdown) {
        row.emplace_back(); // drawn by render_text at the width left to it
        tornado.spans.emplace_back(std::pair(std::min(x.net_low, x.net_high) - s.base.net,
                                             std::max(x.net_low, x.net_high) - s.base.net));
      }
      t.rows.push_back(std::move(row));
    }
    if (!markdown) {
      // on a terminal, a flips column that no row fills only takes room from the tornado
      const bool flips =
          std::any_of(t.rows.begin(), t.rows.end(),
                      [](const std::vector<std::string>& row) { return !row[6].empty(); });
      if (!flips) {
        t.header.erase(t.header.begin() + 6);
        t.align.erase(t.align.begin() + 6);
        t.fit.erase(t.fit.begin() + 6);
        for (auto& row : t.rows)
          row.erase(row.begin() + 6);
        tornado.column = 6;
      }
      t.bar = std::move(tornado);
    }
    out += markdown ? render_markdown(t) + "\n" : render_text(t, style);
    out += means_note(s.base.uncertain_inputs, style, markdown);
    out += markdown ? "### Weights within which the verdict holds\n\n"
                    : "\n" +
                          fit_items(paint("  Weights within which the verdict holds (raw, before "
                                          "normalising)",
                                          1, style),
                                    style) +
                          "\n";
    TextTable w;
    w.header = {"criterion", "weight", "holds from", "holds to"};
    w.align = {Align::left, Align::right, Align::right, Align::right};
    for (const WeightInterval& x : s.weights)
      w.rows.push_back({x.criterion, fmt::format("{:.4g}", x.weight),
                        x.lo ? fmt::format("{:.4g}", *x.lo) : "-",
                        x.hi ? fmt::format("{:.4g}", *x.hi) : "any larger"});
    out += markdown ? render_markdown(w) : render_text(w, style);
  }
  return out;
}

} // namespace relief
