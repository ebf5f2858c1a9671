#pragma once
// `relief report`: the analyses of a batch as one HTML page (inline CSS and SVG, nothing from
// outside, printable on A4) or as GitHub-flavoured Markdown whose charts are SVG files beside it.
// Both walk the same blocks, so they hold the same sections, charts and numbers.
#include <string>
#include <vector>

#include "analysis/report.hpp"

namespace relief {

// A chart to write as its own file (Markdown reports): its name ("s1-criteria.svg") and SVG text.
struct Asset {
  std::string name;
  std::string svg;
};

// Return the report as a self-contained HTML page.
std::string render_report_html(const ReportData& data);

// Return the report as Markdown; the charts go to assets, linked as assets_link/NAME.
std::string render_report_markdown(const ReportData& data, const std::string& assets_link,
                                   std::vector<Asset>& assets);

} // namespace relief
