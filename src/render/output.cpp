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

ExitStatus write_file_atomically(const std::string& path, const std::string& text)
{
  std::filesystem::path target(path);
  std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
  std::string tmpl = (dir / ("." + target.filename().string() + ".relief-XXXXXX")).string();
  auto fail = [&](const char* what) {
    fmt::print(stderr, "relief: error: cannot {} '{}': {}\n", what, path, std::strerror(errno));
    return ExitStatus::cant_create;
  };
  std::error_code ec;
  if (std::filesystem::is_directory(target, ec)) {
    errno = EISDIR;
    return fail("write");
  }
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0)
    return fail("create");
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      int err = errno;
      ::close(fd);
      ::unlink(tmpl.c_str());
      errno = err;
      return fail("write");
    }
    done += static_cast<std::size_t>(n);
  }
  ::fchmod(
      fd, 0644 & ~[] {
        mode_t m = ::umask(0);
        ::umask(m);
        return m;
      }());
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(tmpl.c_str());
    errno = err;
    return fail("write");
  }
  if (::rename(tmpl.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmpl.c_str());
    errno = err;
    return fail("create");
  }
  return ExitStatus::success;
}

} // namespace relief
