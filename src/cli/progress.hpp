#pragma once
// A progress line on standard error for long runs: only on a terminal, only without -q, and only
// once a run has taken about a second.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>

namespace relief {

class Progress {
public:
  // label: what is done, shown with the share ("searching"); empty: "done of total samples"
  Progress(std::uint64_t total, bool quiet, std::string label = "");
  // Report that done of total are finished; callable from any thread.
  void update(std::uint64_t done);
  // Erase the line, if one was drawn.
  void finish();

private:
  using Clock = std::chrono::steady_clock;
  std::uint64_t m_total;
  std::string m_label;
  bool m_enabled;
  bool m_drawn = false;
  Clock::time_point m_start = Clock::now();
  Clock::time_point m_last{};
  std::mutex m_mutex;
};

// While one is alive, Ctrl-C sets flag() instead of ending the program, so that a long run can
// stop and print what it has; a second Ctrl-C ends the program at once.
class InterruptGuard {
public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;
  const std::atomic<bool>& flag() const;

private:
  void (*m_previous)(int);
};

} // namespace relief
