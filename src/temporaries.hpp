#pragma once
// The temporary files and directories of a run, removed when a signal ends it (SIGTERM, SIGHUP, a
// second Ctrl-C): outputs are all or nothing even then.
#include <string>

namespace relief {

// Remember path (a file, or with directory a directory) until unregister_temporary; one whose
// slot cannot be had (more than 256 at once) is only removed by the code that made it.
void register_temporary(const std::string& path, bool directory = false);
void unregister_temporary(const std::string& path);

// Handle SIGTERM, SIGHUP and SIGINT: remove every registered temporary, then end by the signal
// (so that the shell sees 143, 129 or 130).
void install_signal_cleanup();

// The handler that install_signal_cleanup installs, for code that replaces it for a while (the
// first Ctrl-C of simulate only finishes the blocks being drawn).
extern "C" void remove_temporaries_and_die(int signal);

} // namespace relief
