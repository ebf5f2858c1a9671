#pragma once
// Where rendered text goes: standard output (a closed pipe is quiet) or a file written atomically.
#include <string>

#include "exit_status.hpp"

namespace relief {

// Write text to standard output; return success also when the reader closed the pipe.
ExitStatus write_stdout(const std::string& text);

// Write text to path through a temporary file in the same directory and a rename, so that path
// is either untouched or complete. Return cant_create (with a message on stderr) on failure.
ExitStatus write_file_atomically(const std::string& path, const std::string& text);

} // namespace relief
