#pragma once
// Where a number comes from, for explain: the PATHs themselves are the plan's (plan.hpp), and an
// analysis varies an input through a probe of the plan (probe.hpp).
#include <string>
#include <string_view>

#include "diagnostic.hpp"

namespace relief {

// Return "file:line:col" for a number written in a file; for one of the embedded default model,
// "model line N", followed by "(assumptions: PATH)" when model_path names how a scenario
// overrides it; "model default" when there is no position.
std::string source_of(const SourcePos& pos, std::string_view model_path = {});

} // namespace relief
