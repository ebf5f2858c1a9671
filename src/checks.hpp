#pragma once
// Warnings that only an evaluation can reveal (SPEC 2.4): saturated criteria, renormalised weights.
#include <vector>

#include "evaluate.hpp"

namespace relief {

// Append d to out unless an identical diagnostic is already there (a warning that does not depend
// on the perspective would otherwise repeat once per perspective).
void add_unique(std::vector<Diagnostic>& out, Diagnostic d);

// Return the warnings about one evaluation of s under the perspective.
std::vector<Diagnostic> evaluation_warnings(const Scenario& s, std::size_t perspective,
                                            const Evaluation& ev);

} // namespace relief
