#pragma once
// YAML -> Scenario: every document of a file, all problems reported with their positions.
#include <string>
#include <vector>

#include "exit_status.hpp"
#include "scenario.hpp"

namespace relief {

struct LoadedFile {
  std::shared_ptr<const SourceFile> source; // null when the file could not be read
  std::vector<Scenario> scenarios;          // the documents that loaded without errors
  std::size_t documents = 0;                // the documents in the file, loaded or not
  std::vector<Diagnostic> diagnostics;
  ExitStatus status = ExitStatus::success; // data_error when any error, no_input when unreadable
};

// Return the scenarios in text, named name in diagnostics (the parser's entry point for tests);
// `extends:` paths are resolved relative to dir and must stay inside root (empty: dir).
LoadedFile load_scenarios_from_string(std::string text, std::string name,
                                      std::shared_ptr<const Model> model,
                                      const std::string& dir = ".", const std::string& root = "");

// Return the scenarios of the file at path ("-" for standard input). The files it extends must
// lie inside root; empty root: the file's own directory (standard input: the working directory).
// A root that is given is required of path too: a file outside it is not read (no_input).
LoadedFile load_scenario_file(const std::string& path, std::shared_ptr<const Model> model,
                              const std::string& root = "");

// Return the scenarios of the file at path under each of the models (one per belief set): the
// file is read once (standard input too) and loaded against each.
std::vector<LoadedFile> load_scenario_file(const std::string& path,
                                           const std::vector<std::shared_ptr<const Model>>& models,
                                           const std::string& root = "");

} // namespace relief
