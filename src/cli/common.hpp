#pragma once
// What every subcommand shares: the global options, the model in force, formats, output, gates.
#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "evaluate.hpp"
#include "exit_status.hpp"
#include "render/table.hpp"

namespace relief {

struct GlobalOptions {
  std::string model_file;
  std::string root; // --root: the tree that scenario files and what they extend must lie in
  std::string perspective = "balanced";
  std::string beliefs = std::string(k_central_belief);
  std::string in;     // --in ASK: values read as an amount of that ask (eval, compare, simulate)
  std::string format; // empty: from the -o extension, else table
  std::string output;
  std::string color = "auto";
  bool ascii = false;
  bool wide = false;
  bool quiet = false;
  std::string fail_on;
  std::vector<std::string> allow; // --allow ID: scenarios no gate trips on
};

// A command-line mistake found after parsing (unknown perspective, preset, ...): exit status 64.
class UsageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// What a subcommand runs once the command line is parsed.
using Runner = std::function<ExitStatus()>;

// Return the model in force (--model FILE or the default); print its diagnostics on failure.
std::shared_ptr<const Model> model_in_force(const GlobalOptions& g, ExitStatus& status);

// Return the perspective indices that --perspective selects ("all" selects every one).
std::vector<std::size_t> selected_perspectives(const Model& model, const GlobalOptions& g);

// Return the ask that --in names, or none when it is not given; a usage error for an unknown one.
std::optional<std::size_t> selected_in(const Model& model, const GlobalOptions& g);

// Return the model under each belief set that --beliefs selects ("all": central, then every one
// the model names).
std::vector<std::shared_ptr<const Model>>
selected_beliefs(const std::shared_ptr<const Model>& model, const GlobalOptions& g);

// Return the output format: -f, else the -o extension, else table. allowed lists the valid ones.
OutputFormat output_format(const GlobalOptions& g, const std::vector<OutputFormat>& allowed);

// Return the name of a format as -f takes it ("table", "csv", ...).
std::string_view format_name(OutputFormat f);

// Return how tables look on standard output: Unicode and colour only on a terminal; fitted to the
// terminal's width (its size, else COLUMNS, else 80), or to COLUMNS when it is set and standard
// output is not a terminal; never fitted with --wide or into a file (-o).
TableStyle table_style(const GlobalOptions& g);

// Print diagnostics to standard error (warnings only without -q).
void print_diagnostics(const std::vector<Diagnostic>& diags, const GlobalOptions& g);

// Return true when --fail-on is set and the verdict is that one or worse; say so on standard
// error, naming the scenario, its file, the perspective and what has the verdict ("net" unless
// what says otherwise), so that a CI log tells which scenario tripped the gate.
bool gate_trips(const GlobalOptions& g, const Scenario& s, std::size_t perspective, Verdict v,
                std::string_view what = "net");

class AtomicFile;

// Where a command's output goes, written as it is produced so that a batch needs no memory per
// scenario: standard output, or -o through an AtomicFile that is renamed into place only when the
// run succeeds (or only a --fail-on gate tripped). A device or pipe given to -o is written only
// then too (AtomicFile holds its text until commit).
class Delivery {
public:
  explicit Delivery(const GlobalOptions& g);
  ~Delivery();
  Delivery(const Delivery&) = delete;
  Delivery& operator=(const Delivery&) = delete;

  void write(std::string_view text);
  // Flush and commit, or leave -o untouched and say so when the run failed; return the final
  // status. A run that failed without results (had_results false) prints nothing at all.
  ExitStatus finish(ExitStatus run_status, bool had_results);

private:
  static constexpr std::size_t k_chunk = 64 * 1024; // bytes held before a write
  void flush();

  std::string m_path; // empty: standard output
  std::string m_pending;
  std::unique_ptr<AtomicFile> m_file;
  ExitStatus m_status = ExitStatus::success;
};

// Write text to -o (only when the run has not failed) or to standard output; return the final
// status.
// When batch is given and the run failed before any scenario was evaluated (a bad model, no
// readable file), nothing is printed: a CSV header or an empty JSON document would read as a
// result.
ExitStatus deliver(const std::string& text, const GlobalOptions& g, ExitStatus run_status,
                   const struct Batch* batch = nullptr);

} // namespace relief

#include <deque>

#include "load.hpp"

namespace relief {

// The files of a run as for_each_scenario loads them: kept (a deque, so that pointers to
// scenarios stay valid) unless the command streams; the worst status; how many were evaluated.
struct Batch {
  bool keep = true; // false: each file is dropped once its scenarios are handed on (streaming)
  std::deque<LoadedFile> files;
  ExitStatus status = ExitStatus::success;
  std::size_t evaluated = 0; // scenario x perspective pairs handed to the command
};

} // namespace relief
