// --files-from LIST: the scenario files a batch names, one path per line, read within bounds.
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/commands.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

// Return the message for entry `line` of list: what is wrong with it.
CLI::ValidationError bad_entry(const std::string& list, std::size_t line, const std::string& why)
{
  return CLI::ValidationError(
      "--files-from",
      fmt::format("{}:{}: {}", list == "-" ? "<stdin>" : printable(list), line, why));
}

// Open list for reading: standard input for "-", else a regular file or a pipe (process
// substitution, <(git ls-files)); a directory or a device is refused before it is opened.
int open_list(const std::string& list)
{
  if (list == "-")
    return STDIN_FILENO;
  struct stat st {};
  if (::stat(list.c_str(), &st) != 0)
    throw CLI::ValidationError(
        "--files-from", fmt::format("cannot read '{}': {}", printable(list), std::strerror(errno)));
  if (S_ISDIR(st.st_mode))
    throw CLI::ValidationError("--files-from",
                               fmt::format("'{}' is a directory, not a list of files; name the "
                                           "files, or list them with find",
                                           printable(list)));
  if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
    throw CLI::ValidationError(
        "--files-from",
        fmt::format("cannot read '{}': not a regular file or a pipe", printable(list)));
  // O_NONBLOCK: a named pipe with no writer opens at once (and then reads as empty)
  const int fd = ::open(list.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0)
    throw CLI::ValidationError(
        "--files-from", fmt::format("cannot read '{}': {}", printable(list), std::strerror(errno)));
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  return fd;
}

} // namespace

std::vector<std::string> read_file_list(const std::string& list)
{
  const int fd = open_list(list);
  struct Closer {
    int fd;
    ~Closer()
    {
      if (fd != STDIN_FILENO)
        ::close(fd);
    }
  } closer{fd};
  std::vector<std::string> paths;
  std::string entry;
  std::size_t line = 1, total = 0;
  auto finish_entry = [&] {
    if (!entry.empty() && entry.back() == '\r')
      entry.pop_back();
    if (!entry.empty()) {
      if (paths.size() == k_max_list_entries)
        throw bad_entry(list, line,
                        fmt::format("more than {} files in one list: split the batch into "
                                    "several runs",
                                    k_max_list_entries));
      paths.push_back(std::move(entry));
    }
    entry.clear();
    ++line;
  };
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      throw CLI::ValidationError(
          "--files-from",
          fmt::format("cannot read '{}': {}", printable(list), std::strerror(errno)));
    if (n == 0)
      break;
    total += static_cast<std::size_t>(n);
    if (total > k_max_list_bytes)
      throw bad_entry(list, line,
                      fmt::format("the list is longer than {} MiB: split the batch into several "
                                  "runs",
                                  k_max_list_bytes >> 20));
    for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
      const char c = buf[i];
      if (c == '\n') {
        finish_entry();
        continue;
      }
      if (c == '\0')
        throw bad_entry(list, line, "the entry holds a NUL byte, which no file name can");
      if (entry.size() == static_cast<std::size_t>(PATH_MAX))
        throw bad_entry(list, line,
                        fmt::format("the entry is longer than the longest path, {} bytes: {}",
                                    PATH_MAX, printable(clipped(entry))));
      entry += c;
    }
  }
  finish_entry();
  return paths;
}

void add_file_operands(CLI::App& sub, std::vector<std::string>& files, bool shardable)
{
  sub.add_option("FILE", files, "Scenario files ('-' reads standard input)");
  auto list = std::make_shared<std::string>();
  sub.add_option("--files-from", *list,
                 "Also read the scenario files named in LIST, one path per line ('-': standard "
                 "input); for batches longer than a command line")
      ->type_name("LIST");
  auto shard = std::make_shared<std::string>();
  if (shardable)
    add_shard_option(sub, *shard,
                     "Read only the K-th of N equal runs of the files, in order (K from 1); "
                     "`relief merge` joins the N JSON documents into the whole batch's");
  sub.final_callback([&files, list, shard] {
    if (!list->empty()) {
      if (*list == "-" && std::find(files.begin(), files.end(), "-") != files.end())
        throw CLI::ValidationError("--files-from -",
                                   "standard input cannot hold both the list and a scenario");
      std::vector<std::string> listed = read_file_list(*list);
      files.insert(files.end(), std::make_move_iterator(listed.begin()),
                   std::make_move_iterator(listed.end()));
    }
    if (files.empty())
      throw CLI::RequiredError("FILE");
    if (!shard->empty()) {
      const Shard s = parse_shard(*shard);
      // the K-th of N contiguous runs: merged in order of K they are the batch in its order
      const std::size_t total = files.size();
      const std::size_t from = total * (s.index - 1) / s.count, to = total * s.index / s.count;
      files = std::vector<std::string>(files.begin() + static_cast<std::ptrdiff_t>(from),
                                       files.begin() + static_cast<std::ptrdiff_t>(to));
      set_json_shard(JsonShard{s.index, s.count, total});
    }
  });
}

CLI::Option* add_shard_option(CLI::App& sub, std::string& shard, const std::string& help)
{
  return sub.add_option("--shard", shard, help)
      ->type_name("K/N")
      ->check(CLI::Validator(
          [](std::string& text) {
            try {
              parse_shard(text);
              return std::string();
            } catch (const CLI::ValidationError& e) {
              return std::string(e.what()).substr(std::string("--shard: ").size());
            }
          },
          "", "shard"));
}

Shard parse_shard(const std::string& text)
{
  const std::size_t slash = text.find('/');
  Shard s;
  try {
    std::size_t used = 0;
    if (slash == std::string::npos)
      throw std::invalid_argument("no /");
    s.index = std::stoul(text.substr(0, slash), &used);
    if (used != slash)
      throw std::invalid_argument("K");
    s.count = std::stoul(text.substr(slash + 1), &used);
    if (used != text.size() - slash - 1)
      throw std::invalid_argument("N");
  } catch (const std::exception&) {
    throw CLI::ValidationError("--shard", fmt::format("'{}' is not K/N (such as 2/4)", text));
  }
  if (s.count < 1 || s.count > 100000 || s.index < 1 || s.index > s.count)
    throw CLI::ValidationError("--shard", fmt::format("{}: need 1 <= K <= N <= 100000", text));
  return s;
}

} // namespace relief
