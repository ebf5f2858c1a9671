#pragma once
// One function per subcommand: it adds the subcommand and its options to app and returns its
// runner.
#include <functional>

#include "analysis/simulate.hpp"
#include "cli/command_table.hpp"
#include "cli/common.hpp"

namespace relief {

// Add the global options of SPEC 4 to app (the root and every subcommand carry them).
void add_global_options(CLI::App& app, GlobalOptions& g);

// Add FILE... and --files-from LIST to a command that reads scenario files; after parsing, files
// holds the operands and then the paths LIST names. None at all is a usage error. With shardable,
// also --shard K/N: files keeps the K-th of N contiguous runs of them (which `relief merge` joins).
void add_file_operands(CLI::App& sub, std::vector<std::string>& files, bool shardable = false);

struct Shard {
  std::size_t index = 1, count = 1;
};
// Return --shard K/N read; a CLI11 validation error when it is not 1 <= K <= N.
Shard parse_shard(const std::string& text);
// Add --shard K/N, checked as it is read: to a command that shards its own work (simulate, design)
// or, through add_file_operands, its files.
CLI::Option* add_shard_option(CLI::App& sub, std::string& shard, const std::string& help);

// Add --in ASK to a command that reads its values as an amount of an ask (eval, compare,
// simulate).
void add_in_option(CLI::App& sub, GlobalOptions& g);

// Bounds of a --files-from list (relief(1)): entries, and bytes in all.
inline constexpr std::size_t k_max_list_entries = 1'000'000;
inline constexpr std::size_t k_max_list_bytes = std::size_t{256} << 20;

// Return the paths that list names, one a line (CRLF too; empty lines skipped); "-" reads standard
// input. A directory, a device, an entry with a NUL byte or longer than PATH_MAX, and a list past
// the bounds above are usage errors (CLI::ValidationError) that name the list's line.
std::vector<std::string> read_file_list(const std::string& list);

struct Command {
  CLI::App* app;
  Runner run;
};

Command setup_eval(CLI::App& app, GlobalOptions& g);
Command setup_validate(CLI::App& app, GlobalOptions& g);
Command setup_model(CLI::App& app, GlobalOptions& g);
Command setup_init(CLI::App& app, GlobalOptions& g);
Command setup_compare(CLI::App& app, GlobalOptions& g);
Command setup_timing(CLI::App& app, GlobalOptions& g);
Command setup_breakeven(CLI::App& app, GlobalOptions& g);
Command setup_bargain(CLI::App& app, GlobalOptions& g);
Command setup_design(CLI::App& app, GlobalOptions& g);
Command setup_grid(CLI::App& app, GlobalOptions& g);
Command setup_discover(CLI::App& app, GlobalOptions& g);
Command setup_sensitivity(CLI::App& app, GlobalOptions& g);
Command setup_explain(CLI::App& app, GlobalOptions& g);
Command setup_simulate(CLI::App& app, GlobalOptions& g);
Command setup_completion(CLI::App& app, GlobalOptions& g);
Command setup_schema(CLI::App& app, GlobalOptions& g);
Command setup_report(CLI::App& app, GlobalOptions& g);
Command setup_diff(CLI::App& app, GlobalOptions& g);
Command setup_merge(CLI::App& app, GlobalOptions& g);

// Return what fn simulates with options, with a progress line on a terminal (not with quiet) and
// Ctrl-C finishing the blocks being drawn (the result is then marked interrupted).
Simulation run_simulation(SimulateOptions options, bool quiet,
                          const std::function<Simulation(const SimulateOptions&)>& fn);

// Print that sim was interrupted; return status worsened to ExitStatus::interrupted if it was.
ExitStatus report_interruption(const Simulation& sim, ExitStatus status);

// Build the command line, parse argv, run the chosen subcommand; return the exit status.
int run(int argc, char** argv);

} // namespace relief
