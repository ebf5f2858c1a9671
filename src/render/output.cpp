#include "render/output.hpp"

#include "temporaries.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace relief {

namespace {
bool g_stdout_closed = false;

// Write all of text to fd, again after EINTR; return 0, or the errno of the write that failed.
int write_all(int fd, std::string_view text)
{
  for (std::size_t done = 0; done < text.size();) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return n < 0 ? errno : EIO;
    done += static_cast<std::size_t>(n);
  }
  return 0;
}

} // namespace

bool stdout_closed()
{
  return g_stdout_closed;
}

ExitStatus write_stdout(const std::string& text)
{
  if (g_stdout_closed)
    return ExitStatus::success;
  const int err = write_all(STDOUT_FILENO, text);
  if (err == EPIPE)
    g_stdout_closed = true;
  if (err == 0 || err == EPIPE)
    return ExitStatus::success;
  fmt::print(stderr, "relief: error: cannot write to standard output: {}\n", std::strerror(err));
  return ExitStatus::cant_create;
}

namespace {

// Return path with symbolic links followed to the file they name (which may not exist yet), so
// that -o through a link replaces its target and keeps the link; a loop stops after 40 links.
std::filesystem::path link_target(std::filesystem::path path)
{
  namespace fs = std::filesystem;
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(path, ec))
      break;
    fs::path to = fs::read_symlink(path, ec);
    if (ec)
      break;
    path = to.is_absolute() ? to : path.parent_path() / to;
  }
  return path;
}

} // namespace

AtomicFile::AtomicFile(std::string path) : m_path(std::move(path))
{
  auto fail = [&](std::string_view verb, int err) {
    fmt::print(stderr, "relief: error: cannot {} '{}': {}\n", verb, m_path, std::strerror(err));
  };
  struct stat st {};
  bool exists = ::stat(m_path.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) {
    fail("write", EISDIR);
    return;
  }
  // A device or a pipe (-o /dev/null, -o /dev/stdout, a named pipe) is written to as it is:
  // renaming a temporary file over it would replace the device with a regular file.
  if (exists && !S_ISREG(st.st_mode)) {
    m_direct = true;
    m_fd = ::open(m_path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (m_fd < 0)
      fail("write", errno);
    return;
  }
  std::error_code ec;
  const std::filesystem::path target =
      exists ? std::filesystem::canonical(m_path, ec) : link_target(m_path);
  if (ec) {
    fail("write", ec.value());
    return;
  }
  const std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
  // A file that its owner made read-only stays as it is, even for root, who could replace it.
  if (exists &&
      ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || ::access(target.c_str(), W_OK) != 0)) {
    fmt::print(stderr, "relief: error: cannot write '{}': the file is read-only\n", m_path);
    return;
  }
  m_target = target.string();
  m_tmp = (dir / ("." + target.filename().string() + ".relief-XXXXXX")).string();
  m_fd = ::mkstemp(m_tmp.data());
  if (m_fd < 0) {
    fail("create", errno);
    return;
  }
  register_temporary(m_tmp);
  if (exists) { // a replaced file keeps its permissions (and, for root, its owner)
    ::fchmod(m_fd, st.st_mode & 07777);
    if (::geteuid() == 0 && ::fchown(m_fd, st.st_uid, st.st_gid) != 0)
      ::fchmod(m_fd, st.st_mode & 0777); // no set-id bits for another owner
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(m_fd, 0666 & ~mask); // as any file the user creates, not mkstemp's 0600
  }
}

AtomicFile::~AtomicFile()
{
  if (m_fd >= 0) {
    ::close(m_fd);
    if (!m_direct) {
      ::unlink(m_tmp.c_str());
      unregister_temporary(m_tmp);
    }
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
  if (m_fd >= 0 && m_error == 0)
    m_error = write_all(m_fd, text);
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
  if (err == 0 && !m_direct && ::rename(m_tmp.c_str(), m_target.c_str()) != 0)
    err = errno;
  if (!m_direct)
    unregister_temporary(m_tmp);
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

namespace relief {

AtomicDirectory::AtomicDirectory(std::string path) : m_path(std::move(path))
{
  namespace fs = std::filesystem;
  const fs::path target(m_path);
  struct stat st {};
  m_existed = ::lstat(m_path.c_str(), &st) == 0;
  if (m_existed && !S_ISDIR(st.st_mode)) {
    fmt::print(stderr, "relief: error: cannot write '{}': {}\n", m_path, std::strerror(ENOTDIR));
    return;
  }
  const fs::path dir = target.parent_path().empty() ? "." : target.parent_path();
  std::string tmp = (dir / ("." + target.filename().string() + ".relief-XXXXXX")).string();
  if (::mkdtemp(tmp.data()) == nullptr) {
    fmt::print(stderr, "relief: error: cannot create '{}': {}\n", m_path, std::strerror(errno));
    return;
  }
  m_tmp = std::move(tmp);
  register_temporary(m_tmp, true);
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(m_tmp.c_str(), m_existed ? (st.st_mode & 07777) : (0777 & ~mask));
}

AtomicDirectory::~AtomicDirectory()
{
  if (m_swapped && !m_kept && m_existed) { // undo: the previous files back in place
    ::renameat2(AT_FDCWD, m_tmp.c_str(), AT_FDCWD, m_path.c_str(), RENAME_EXCHANGE);
  } else if (m_swapped && !m_kept) { // there was none: the new one goes
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  remove_tmp();
}

void AtomicDirectory::remove_tmp()
{
  if (m_tmp.empty())
    return;
  std::error_code ec;
  std::filesystem::remove_all(m_tmp, ec);
  for (const std::string& f : m_files)
    unregister_temporary(f);
  unregister_temporary(m_tmp);
  m_tmp.clear();
}

ExitStatus AtomicDirectory::write(const std::string& name, std::string_view text)
{
  const std::string path = (std::filesystem::path(m_tmp) / name).string();
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  int err = fd < 0 ? errno : 0;
  if (fd >= 0) {
    m_files.push_back(path);
    register_temporary(path);
    err = write_all(fd, text);
    if (err == 0 && ::fsync(fd) != 0)
      err = errno;
    if (::close(fd) != 0 && err == 0)
      err = errno;
  }
  if (err == 0)
    return ExitStatus::success;
  fmt::print(stderr, "relief: error: cannot write '{}': {}\n",
             (std::filesystem::path(m_path) / name).string(), std::strerror(err));
  return ExitStatus::cant_create;
}

ExitStatus AtomicDirectory::swap()
{
  const int done =
      m_existed ? ::renameat2(AT_FDCWD, m_tmp.c_str(), AT_FDCWD, m_path.c_str(), RENAME_EXCHANGE)
                : ::rename(m_tmp.c_str(), m_path.c_str());
  if (done != 0) {
    fmt::print(stderr, "relief: error: cannot write '{}': {}\n", m_path, std::strerror(errno));
    return ExitStatus::cant_create;
  }
  m_swapped = true;
  for (const std::string& f : m_files) // the new files are in place: a signal must not remove them
    unregister_temporary(f);
  m_files.clear();
  if (!m_existed) {
    unregister_temporary(m_tmp);
    m_tmp.clear();
  }
  return ExitStatus::success;
}

void AtomicDirectory::keep()
{
  m_kept = true;
  remove_tmp(); // the previous files, now in m_tmp
}

} // namespace relief
