#pragma once
// What each command is, in one table: the formats it writes, whether --fail-on gates on it, and
// whether it samples (its -n, --seed and --threads, declared once by add_sampling_options). The
// command set-up, the gate and the completion scripts all read it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/simulate.hpp"
#include "render/table.hpp"

namespace CLI {
class App;
}

namespace relief {

enum class Gate {
  none,    // --fail-on is a usage error
  verdict, // one verdict per scenario: --fail-on gates on it
  refuses, // the command itself says why --fail-on does not apply (a share of each verdict)
  figure,  // --fail-on FIGURE<X gates on a figure of its simulation (p_net_positive, ...)
  both     // a verdict, or with -n a figure of its simulation (compare)
};

// What a command reads, which decides the global options it takes: --model for the model, --root
// for scenario files, --perspective for scenarios it evaluates.
enum class Reads {
  nothing,   // init: writes a template
  model,     // model, schema
  files,     // completion: the model, and scenario files for their PATHs (--paths-of)
  scenarios, // evaluates scenarios under perspectives
  catalogue  // design: searches the model's catalogue under perspectives (no scenario files)
};

struct CommandInfo {
  std::string_view name;
  std::vector<OutputFormat> formats; // the first is the default
  Gate gate = Gate::none;
  bool samples = false;                // has -n, --seed, --threads
  std::uint64_t default_samples{};     // without -n (0: it samples only when -n is given)
  std::string_view sample_help = {};   // what -n does
  std::string_view sampling_when = {}; // when --seed and --threads apply ("With -n", ...)
  Reads reads = Reads::scenarios;
};

// Return the entry of the command named name (a logic error when there is none).
const CommandInfo& command_info(std::string_view name);
// Return every command, in the order of relief(1).
const std::vector<CommandInfo>& command_table();

// -n, --seed and --threads as the command line gives them, checked by CLI11 (none: not given).
struct SamplingOptions {
  std::optional<std::uint64_t> samples, seed;
  std::optional<unsigned> threads;
  // Return whether -n was given.
  bool given() const { return samples.has_value(); }
  // Return what to simulate with: -n (or the command's default), the seed, the threads.
  SimulateOptions options(const CommandInfo& info) const;
};

// Add -n, --seed and --threads to a command that samples, with its table entry's help; where they
// apply only with -n (info.sampling_when), --seed and --threads need it.
void add_sampling_options(CLI::App& sub, SamplingOptions& opt, const CommandInfo& info);

} // namespace relief
