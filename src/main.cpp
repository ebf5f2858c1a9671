// relief: the command line is wired in cli/app.cpp; this only maps the unexpected to exit
// status 70, and a standard output that could not be written (help, version) to 73.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <new>

#include "cli/commands.hpp"
#include "temporaries.hpp"

namespace {

// Return status, or 73 when what went to standard output through stdio or iostreams (help,
// version) could not be written; a closed pipe is not an error.
int with_stdout_flushed(int status)
{
  errno = 0;
  std::cout.flush();
  const bool failed = !std::cout.good() || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!failed || errno == EPIPE)
    return status;
  std::fprintf(stderr, "relief: error: cannot write to standard output: %s\n",
               std::strerror(errno != 0 ? errno : EIO));
  return status == 0 ? static_cast<int>(relief::ExitStatus::cant_create) : status;
}

} // namespace

int main(int argc, char** argv)
{
  std::signal(SIGPIPE, SIG_IGN);    // a closed pipe shows up as EPIPE and ends the output quietly
  relief::install_signal_cleanup(); // a signal leaves no temporary file behind
  try {
    return with_stdout_flushed(relief::run(argc, argv));
  } catch (const std::bad_alloc&) {
    std::fputs("relief: out of memory\n", stderr); // what was being written is removed
  } catch (const std::exception& e) {
    std::fprintf(stderr, "relief: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "relief: internal error\n");
  }
  return static_cast<int>(relief::ExitStatus::software);
}
