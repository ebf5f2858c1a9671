#pragma once
// Warnings that only an evaluation can reveal (SPEC 2.4): saturated criteria, renormalised weights.
#include <vector>

#include "evaluate.hpp"

namespace relief {

// Return the warnings about one evaluation of s under the perspective.
std::vector<Diagnostic> evaluation_warnings(const Scenario& s, std::size_t perspective,
                                            const Evaluation& ev);

} // namespace relief
