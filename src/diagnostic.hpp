#pragma once
// Diagnostics as values: where in which file, how bad, what. Rendered like a compiler's.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

// The text of one input file, shared by every position that points into it, with an index of
// its lines so that finding one takes the same time wherever it is in the file.
struct SourceFile {
  SourceFile(std::string name, std::string text);

  std::string name; // as given on the command line ("-" is shown as "<stdin>")
  std::string text;

  // Return the offset of the first byte of line (counted from 1), or text.size() past the end.
  std::size_t line_start(int line) const;
  // Return line (counted from 1) without its line break, or "" past the end.
  std::string_view line(int line) const;
  // Return the 1-based line and column of a byte offset.
  std::pair<int, int> line_col(std::size_t offset) const;

private:
  std::vector<std::size_t> m_line_starts; // offset of the first byte of each line
};

// A 1-based line and column in a source file; no file means "model default".
struct SourcePos {
  std::shared_ptr<const SourceFile> file;
  int line = 0;
  int col = 0;

  // Return "file:line:col", or "model default" when there is no file.
  std::string str() const;
};

enum class Severity { warning, error };

struct Diagnostic {
  SourcePos pos;
  Severity severity = Severity::error;
  std::string message;
  std::string file_name;   // used when pos has no file (for example "cannot open")
  bool show_source = true; // false: the file is not a scenario, and none of its lines is echoed
};

// Return the diagnostic as "FILE:LINE:COL: error: MESSAGE", the source line and a caret.
std::string render_diagnostic(const Diagnostic& d, bool color = false);

// Return text with control characters (C0 but tab, DEL, C1 such as U+009B) and bytes that are not
// UTF-8 replaced by '?', safe to print on a terminal.
std::string printable(std::string_view text);

// Return text quoted for a message, shortened to about 40 characters: 'text' or 'tex...'.
std::string clipped(std::string_view text);

// Return the closest candidate to word when it is close enough to be a likely typo, else "".
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// Return " (did you mean 'X'?)" for the closest candidate, or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// Return true when any diagnostic is an error.
bool has_errors(const std::vector<Diagnostic>& diags);

} // namespace relief
