#include "render/output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace relief {

ExitStatus write_stdout(const std::string& text)
{
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0 && errno == EPIPE)
      return ExitStatus::success;
    if (n <= 0) {
      fmt::print(stderr, "relief: error: cannot write to standard output: {}\n",
                 std::strerror(errno));
      return ExitStatus::cant_create;
    }
    done += static_cast<std::size_t>(n);
  }
  return ExitStatus::success;
}

AtomicFile::AtomicFile(std::string path) : m_path(std::move(path))
{
  std::filesystem::path target(m_path);
  std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
  std::error_code ec;
  if (std::filesystem::is_directory(target, ec)) {
    fmt::print(stderr, "relief: error: cannot write '{}': {}\n", m_path, std::strerror(EISDIR));
    return;
  }
  // A device or a pipe (-o /dev/null, -o /dev/stdout, a named pipe) is written to as it is:
  // renaming a temporary file over it would replace the device with a regular file.
  struct stat st {};
  if (::stat(m_path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    m_direct = true;
    m_fd = ::open(m_path.c_str(), O_WRONLY | O_CLOEXEC);
    if (m_fd < 0)
      fmt::print(stderr, "relief: error: cannot write '{}': {}\n", m_path, std::strerror(errno));
    return;
  }
  m_tmp = (dir / ("." + target.filename().string() + ".relief-XXXXXX")).string();
  m_fd = ::mkstemp(m_tmp.data());
  if (m_fd < 0) {
    fmt::print(stderr, "relief: error: cannot create '{}': {}\n", m_path, std::strerror(errno));
    return;
  }
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(m_fd, 0644 & ~mask); // as any file the user creates, not mkstemp's 0600
}

AtomicFile::~AtomicFile()
{
  if (m_fd >= 0) {
    ::close(m_fd);
    if (!m_direct)
      ::unlink(m_tmp.c_str());
  }
}

void AtomicFile::write(std::string_view text)
{
  if (m_direct) { // written at commit, so that a failed run writes nothing to the device
    m_held += text;
    return;
  }
  write_now(text);
}

void AtomicFile::write_now(std::string_view text)
{
  std::size_t done = 0;
  while (m_fd >= 0 && m_error == 0 && done < text.size()) {
    ssize_t n = ::write(m_fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      m_error = n < 0 ? errno : EIO;
    else
      done += static_cast<std::size_t>(n);
  }
}

ExitStatus AtomicFile::commit()
{
  if (m_fd < 0)
    return ExitStatus::cant_create;
  if (m_direct)
    write_now(m_held);
  int err = m_error;
  if (err == 0 && !m_direct && ::fsync(m_fd) != 0)
    err = errno;
  if (::close(m_fd) != 0 && err == 0)
    err = errno;
  m_fd = -1;
  if (err == 0 && !m_direct && ::rename(m_tmp.c_str(), m_path.c_str()) != 0)
    err = errno;
  if (err != 0) {
    if (!m_direct)
      ::unlink(m_tmp.c_str());
    fmt::print(stderr, "relief: error: cannot write '{}': {}\n", m_path, std::strerror(err));
    return ExitStatus::cant_create;
  }
  return ExitStatus::success;
}

ExitStatus write_file_atomically(const std::string& path, const std::string& text)
{
  AtomicFile file(path);
  if (!file.ok())
    return ExitStatus::cant_create;
  file.write(text);
  return file.commit();
}

} // namespace relief
