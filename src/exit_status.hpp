#pragma once
// The exit statuses of SPEC 6 (sysexits.h values).

namespace relief {

enum class ExitStatus : int {
  success = 0,
  gate_tripped = 1, // --fail-on matched a verdict
  usage = 64,
  data_error = 65,   // invalid scenario or model
  no_input = 66,     // an input file cannot be opened
  software = 70,     // internal error
  cant_create = 73,  // an output cannot be created
  interrupted = 130, // Ctrl-C stopped a long run; what was done is printed
};

// Return the status that should win when two outcomes are combined.
inline ExitStatus worst(ExitStatus a, ExitStatus b)
{
  auto rank = [](ExitStatus s) {
    switch (s) {
    case ExitStatus::success:
      return 0;
    case ExitStatus::gate_tripped:
      return 1;
    case ExitStatus::data_error:
      return 2;
    case ExitStatus::no_input:
      return 3;
    case ExitStatus::cant_create:
      return 4;
    case ExitStatus::interrupted:
      return 5;
    case ExitStatus::usage:
      return 6;
    case ExitStatus::software:
      return 7;
    }
    return 7;
  };
  return rank(a) >= rank(b) ? a : b;
}

} // namespace relief
