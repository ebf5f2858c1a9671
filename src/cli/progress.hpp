#pragma once
// A progress line on standard error for long runs: only on a terminal, only without -q, and only
// once a run has taken about a second.
#include <chrono>
#include <cstdint>
#include <mutex>

namespace relief {

class Progress {
public:
  Progress(std::uint64_t total, bool quiet);
  // Report that done of total are finished; callable from any thread.
  void update(std::uint64_t done);
  // Erase the line, if one was drawn.
  void finish();

private:
  using Clock = std::chrono::steady_clock;
  std::uint64_t m_total;
  bool m_enabled;
  bool m_drawn = false;
  Clock::time_point m_start = Clock::now();
  Clock::time_point m_last{};
  std::mutex m_mutex;
};

} // namespace relief
