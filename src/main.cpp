// relief: the command line is wired in cli/app.cpp; this only maps the unexpected to exit
// status 70.
#include <csignal>
#include <cstdio>
#include <exception>
#include <new>

#include "cli/commands.hpp"
#include "temporaries.hpp"

int main(int argc, char** argv)
{
  std::signal(SIGPIPE, SIG_IGN); // a closed pipe shows up as EPIPE and ends the output quietly
  relief::install_signal_cleanup(); // a signal leaves no temporary file behind
  try {
    return relief::run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::fputs("relief: out of memory\n", stderr); // what was being written is removed
  } catch (const std::exception& e) {
    std::fprintf(stderr, "relief: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "relief: internal error\n");
  }
  return static_cast<int>(relief::ExitStatus::software);
}
