#pragma once
// validate -> table, CSV, JSON or Markdown text: one line per file, its diagnostics in JSON.
#include <string>
#include <vector>

#include "diagnostic.hpp"
#include "render/table.hpp"

namespace relief {

// What `relief validate` found in one file.
struct FileSummary {
  std::string file;
  std::size_t scenarios = 0; // the documents the file holds, loaded or not
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::string status; // valid, invalid, unreadable
  std::vector<Diagnostic> diagnostics;
};

std::string render_validation(const std::vector<FileSummary>& files, OutputFormat format,
                              const TableStyle& style);

} // namespace relief
