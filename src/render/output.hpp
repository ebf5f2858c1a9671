#pragma once
// Where rendered text goes: standard output (a closed pipe is quiet) or a file written atomically.
#include <string>
#include <string_view>
#include <vector>

#include "exit_status.hpp"

namespace relief {

// Write text to standard output; return success also when the reader closed the pipe.
ExitStatus write_stdout(const std::string& text);

// Return true once the reader of standard output has closed it (relief ... | head): a batch then
// reads no further file and ends with status 0.
bool stdout_closed();

// A file written through a temporary file in the same directory and renamed into place by
// commit(), so that the path is either untouched or complete; destroyed uncommitted, the
// temporary file is removed.
class AtomicFile {
public:
  // Create the temporary file for path; on failure, ok() is false and a message was printed.
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool ok() const { return m_fd >= 0; }
  // Append text; a failure is remembered and reported by commit(). A device or pipe receives the
  // text only at commit().
  void write(std::string_view text);
  // Flush, close and rename into place; return cant_create (with a message) on any failure.
  ExitStatus commit();

private:
  void write_now(std::string_view text);

  std::string m_path, m_tmp;
  std::string m_target; // m_path with symbolic links followed: what the rename replaces
  std::string m_held;   // what a device or pipe receives at commit()
  int m_fd = -1;
  int m_error = 0;       // errno of the first failed write
  bool m_direct = false; // the path is a device or a pipe: written to directly, not replaced
};

// Write text to path through an AtomicFile. Return cant_create (with a message on stderr) on
// failure.
ExitStatus write_file_atomically(const std::string& path, const std::string& text);

} // namespace relief

namespace relief {

// A directory of files (a Markdown report's charts) replaced as one unit: the files are written
// into a temporary directory beside path; swap() puts it in place of path (exchanging the two
// atomically when path exists), and keep() or undo() then settles it: keep() removes the previous
// files, undo() puts them back. Destroyed before swap(), or swapped and never kept, nothing of
// path has changed.
class AtomicDirectory {
public:
  // Create the temporary directory; on failure, ok() is false and a message was printed.
  explicit AtomicDirectory(std::string path);
  ~AtomicDirectory();
  AtomicDirectory(const AtomicDirectory&) = delete;
  AtomicDirectory& operator=(const AtomicDirectory&) = delete;

  bool ok() const { return !m_tmp.empty(); }
  // Write one file into the directory; return cant_create (with a message) on failure.
  ExitStatus write(const std::string& name, std::string_view text);
  // Put the new files in place; return cant_create (with a message) on failure.
  ExitStatus swap();
  void keep();

private:
  void remove_tmp();

  std::string m_path, m_tmp;
  std::vector<std::string> m_files; // written into m_tmp
  bool m_swapped = false, m_existed = false, m_kept = false;
};

} // namespace relief
