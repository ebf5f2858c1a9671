#include "source.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace relief {
namespace {

SourceRead failure(const std::string& name, std::string message, ExitStatus status)
{
  Diagnostic d;
  d.file_name = name;
  d.message = std::move(message);
  return SourceRead{nullptr, std::move(d), status};
}

// Return why a file of this kind is not read as input, or "" for a regular file.
std::string refusal(const struct stat& st)
{
  if (S_ISDIR(st.st_mode))
    return "cannot read: is a directory";
  if (S_ISFIFO(st.st_mode))
    return "cannot read: not a regular file but a pipe";
  if (!S_ISREG(st.st_mode))
    return "cannot read: not a regular file";
  return "";
}

// Return true when fd is on a kernel's own file system (/proc, /sys and the like), whose "files"
// are views of the running system, never scenarios.
bool on_kernel_fs(int fd)
{
  struct statfs fs {};
  if (::fstatfs(fd, &fs) != 0)
    return false;
  switch (static_cast<unsigned long>(fs.f_type)) {
  case PROC_SUPER_MAGIC:
  case SYSFS_MAGIC:
  case DEBUGFS_MAGIC:
  case SECURITYFS_MAGIC:
  case CGROUP_SUPER_MAGIC:
  case CGROUP2_SUPER_MAGIC:
  case TRACEFS_MAGIC:
  case BPF_FS_MAGIC:
    return true;
  default:
    return false;
  }
}

// Read at most limit + 1 bytes of fd into text; return errno of a failed read, or 0.
int read_bounded(int fd, std::string& text, std::size_t limit)
{
  char buf[65536];
  while (text.size() <= limit) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return errno;
    if (n == 0)
      break;
    text.append(buf, static_cast<std::size_t>(n));
  }
  return 0;
}

} // namespace

SourceRead read_source(const std::string& path, std::size_t limit)
{
  const bool is_stdin = path == "-";
  const std::string name = is_stdin ? "<stdin>" : path;
  int fd = STDIN_FILENO;
  if (!is_stdin) {
    // Look before opening: opening a device or a FIFO can block or act (a tape rewinds, a
    // watchdog arms); then check the file actually opened, which may have been swapped since.
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
      return failure(name, fmt::format("cannot open file: {}", std::strerror(errno)),
                     ExitStatus::no_input);
    if (std::string why = refusal(st); !why.empty())
      return failure(name, why, ExitStatus::no_input);
    fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
      return failure(name, fmt::format("cannot open file: {}", std::strerror(errno)),
                     ExitStatus::no_input);
    std::string why = ::fstat(fd, &st) != 0 ? std::strerror(errno) : refusal(st);
    if (why.empty() && on_kernel_fs(fd))
      why = "cannot read: a file of the running system (/proc, /sys), not a scenario";
    if (!why.empty()) {
      ::close(fd);
      return failure(name, why, ExitStatus::no_input);
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  }
  std::string text;
  const int err = read_bounded(fd, text, limit);
  if (!is_stdin)
    ::close(fd);
  if (text.size() > limit)
    return failure(name, fmt::format("file is larger than the limit of {} bytes", limit),
                   ExitStatus::data_error);
  if (err != 0)
    return failure(name, fmt::format("cannot read file: {}", std::strerror(err)),
                   ExitStatus::no_input);
  return SourceRead{std::make_shared<const SourceFile>(SourceFile{name, std::move(text)}),
                    std::nullopt, ExitStatus::success};
}

} // namespace relief
