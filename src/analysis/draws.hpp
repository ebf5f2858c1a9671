#pragma once
// The draws of a plan's uncertain inputs on simulate's streams (the seed, the block, each input's
// key; the scenario's rank correlations), one sample at a time: what the analyses that evaluate a
// plan at several settings per draw share (bargain -n, grid -n), so that every setting sees the
// same draws (common random numbers) and the draws are those simulate makes.
#include <cstdint>
#include <functional>
#include <vector>

#include "plan.hpp"

namespace relief {

// Call fn(x) for each of n draws of plan's uncertain slots (plan compiled from s), x laid out as
// plan.means() with every uncertain slot at its draw (fn may change other slots of x; they are
// not reset).
void for_each_draw(const Scenario& s, const Plan& plan, std::uint64_t n, std::uint64_t seed,
                   const std::function<void(std::vector<double>& x)>& fn);

// Call fn(columns, count) for each block of the n draws: columns[u] holds the block's count draws
// of plan.uncertain[u], on the same streams as for_each_draw (for run_block).
void for_each_block(
    const Scenario& s, const Plan& plan, std::uint64_t n, std::uint64_t seed,
    const std::function<void(const std::vector<const double*>& columns, std::size_t count)>& fn);

} // namespace relief
