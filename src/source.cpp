#include "source.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/format.h>
#include <sys/stat.h>

namespace relief {
namespace {

SourceRead failure(const std::string& name, std::string message, ExitStatus status)
{
  Diagnostic d;
  d.file_name = name;
  d.message = std::move(message);
  return SourceRead{nullptr, std::move(d), status};
}

} // namespace

SourceRead read_source(const std::string& path)
{
  bool is_stdin = path == "-";
  std::string name = is_stdin ? "<stdin>" : path;
  if (!is_stdin) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
      return failure(name, fmt::format("cannot open file: {}", std::strerror(errno)),
                     ExitStatus::no_input);
    if (S_ISDIR(st.st_mode))
      return failure(name, "cannot read: is a directory", ExitStatus::no_input);
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
      return failure(name, "cannot read: not a regular file", ExitStatus::no_input);
  }
  FILE* f = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (!f)
    return failure(name, fmt::format("cannot open file: {}", std::strerror(errno)),
                   ExitStatus::no_input);
  std::string text;
  char buf[65536];
  bool too_big = false;
  while (std::size_t n = std::fread(buf, 1, sizeof buf, f)) {
    if (text.size() + n > k_max_input_bytes) {
      too_big = true;
      break;
    }
    text.append(buf, n);
  }
  bool read_error = std::ferror(f) != 0;
  int err = errno;
  if (!is_stdin)
    std::fclose(f);
  if (read_error && !too_big)
    return failure(name, fmt::format("cannot read file: {}", std::strerror(err)),
                   ExitStatus::no_input);
  if (too_big)
    return failure(name,
                   fmt::format("file is larger than the limit of {} bytes", k_max_input_bytes),
                   ExitStatus::data_error);
  return SourceRead{std::make_shared<const SourceFile>(SourceFile{name, std::move(text)}),
                    std::nullopt, ExitStatus::success};
}

} // namespace relief
