#include "cli/progress.hpp"

#include <csignal>
#include <cstdio>
#include <fmt/format.h>
#include <unistd.h>

#include "temporaries.hpp"

namespace relief {
namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void on_interrupt(int)
{
  g_interrupted = true;
  std::signal(SIGINT, remove_temporaries_and_die); // a second Ctrl-C ends the program at once
}

} // namespace

InterruptGuard::InterruptGuard()
{
  g_interrupted = false;
  m_previous = std::signal(SIGINT, on_interrupt);
}

InterruptGuard::~InterruptGuard()
{
  std::signal(SIGINT, m_previous);
}

const std::atomic<bool>& InterruptGuard::flag() const
{
  return g_interrupted;
}

Progress::Progress(std::uint64_t total, bool quiet, std::string label)
    : m_total(total), m_label(std::move(label)), m_enabled(!quiet && ::isatty(STDERR_FILENO) != 0)
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
  const double percent = 100.0 * double(done) / double(m_total);
  if (m_label.empty())
    fmt::print(stderr, "\rrelief: {} of {} samples ({:.0f}%), Ctrl-C stops and prints what is done",
               done, m_total, percent);
  else
    fmt::print(stderr, "\rrelief: {} ({:.0f}%), Ctrl-C stops and prints what is done", m_label,
               percent);
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
