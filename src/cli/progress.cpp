#include "cli/progress.hpp"

#include <cstdio>
#include <fmt/format.h>
#include <unistd.h>

namespace relief {

Progress::Progress(std::uint64_t total, bool quiet)
    : m_total(total), m_enabled(!quiet && ::isatty(STDERR_FILENO) != 0)
{
}

void Progress::update(std::uint64_t done)
{
  if (!m_enabled)
    return;
  std::unique_lock lock(m_mutex, std::try_to_lock);
  if (!lock.owns_lock())
    return; // another thread is drawing the line
  const auto now = Clock::now();
  if (now - m_start < std::chrono::seconds(1) || now - m_last < std::chrono::milliseconds(100))
    return;
  m_last = now;
  m_drawn = true;
  fmt::print(stderr, "\rrelief: {} of {} samples ({:.0f}%), Ctrl-C stops and prints what is done",
             done, m_total, 100.0 * double(done) / double(m_total));
  std::fflush(stderr);
}

void Progress::finish()
{
  std::lock_guard lock(m_mutex);
  if (m_drawn)
    fmt::print(stderr, "\r\033[K");
  m_drawn = false;
}

} // namespace relief
