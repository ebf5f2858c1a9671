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

// Return the contents of path ("-" reads standard input, shown as "<stdin>"), at most limit
// bytes. Only a regular file is read: a directory, a device, a FIFO or socket, and the files of
// /proc and /sys are refused without being read (and devices and FIFOs without being opened).
SourceRead read_source(const std::string& path, std::size_t limit = k_max_input_bytes);

} // namespace relief
