#pragma once
// Reading an input file (or standard input) into memory, refusing what is not a readable file.
#include <optional>
#include <string>

#include "diagnostic.hpp"
#include "exit_status.hpp"

namespace relief {

// Inputs above this size are refused before parsing (documented in relief-scenario(5)).
inline constexpr std::size_t k_max_input_bytes = 4 * 1024 * 1024;

struct SourceRead {
  std::shared_ptr<const SourceFile> file; // null on failure
  std::optional<Diagnostic> problem;      // why it could not be read
  ExitStatus status = ExitStatus::success;
};

// Return the contents of path ("-" reads standard input, shown as "<stdin>").
SourceRead read_source(const std::string& path);

} // namespace relief
