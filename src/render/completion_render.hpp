#pragma once
// Shell completion scripts for bash, zsh and fish, written from a description of the command line
// (taken from the parser's own definitions, so that they cannot drift from it).
#include <string>
#include <string_view>
#include <vector>

namespace relief {

// What an option's value completes to.
enum class ValueKind { none, choice, file, preset, path, other };

struct CompletionOption {
  std::vector<std::string> names; // "--format", "-f"
  std::string help;
  ValueKind value = ValueKind::none;
  std::vector<std::string> choices; // for ValueKind::choice
};

struct CompletionCommand {
  std::string name;
  std::string help;
  bool takes_files = false; // scenario files as operands
  std::vector<CompletionOption> options;
};

struct CompletionSpec {
  std::vector<CompletionCommand> commands;
  std::vector<std::string> presets;
};

// Return the completion script for shell ("bash", "zsh" or "fish"). The scripts complete
// subcommands, options, option values and scenario files; for --vary, they ask
// `relief completion --paths FILE` for the PATHs of the first scenario file on the line.
std::string completion_script(const CompletionSpec& spec, std::string_view shell);

} // namespace relief
