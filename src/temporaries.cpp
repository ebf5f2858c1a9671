#include "temporaries.hpp"

#include <array>
#include <atomic>
#include <climits>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace relief {
namespace {

// Slots a signal handler can read without locks or allocation: state 0 free, 1 being filled,
// 2 a file, 3 a directory.
struct Slot {
  std::atomic<int> state{0};
  char path[PATH_MAX];
};
std::array<Slot, 256> g_slots;

} // namespace

void register_temporary(const std::string& path, bool directory)
{
  if (path.size() >= PATH_MAX)
    return;
  for (Slot& slot : g_slots) {
    int expected = 0;
    if (slot.state.compare_exchange_strong(expected, 1)) {
      std::memcpy(slot.path, path.c_str(), path.size() + 1);
      slot.state = directory ? 3 : 2;
      return;
    }
  }
}

void unregister_temporary(const std::string& path)
{
  for (Slot& slot : g_slots) {
    const int state = slot.state.load();
    if ((state == 2 || state == 3) && path == slot.path) {
      slot.state = 0;
      return;
    }
  }
}

extern "C" void remove_temporaries_and_die(int signal)
{
  // files first, then the directories that held them (only async-signal-safe calls here)
  for (int pass : {2, 3})
    for (Slot& slot : g_slots)
      if (slot.state.load() == pass)
        pass == 2 ? ::unlink(slot.path) : ::rmdir(slot.path);
  std::signal(signal, SIG_DFL);
  ::raise(signal);
}

void install_signal_cleanup()
{
  // a signal that is ignored stays ignored (nohup, a background job's SIGINT)
  for (int s : {SIGTERM, SIGHUP, SIGINT})
    if (std::signal(s, remove_temporaries_and_die) == SIG_IGN)
      std::signal(s, SIG_IGN);
}

} // namespace relief
