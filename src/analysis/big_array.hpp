#pragma once
// Arrays of many doubles (a simulation's samples) whose memory is not zeroed and, where the system
// has transparent huge pages, is backed by 2 MB pages: touching 30 MB of fresh 4 KB pages costs
// about 7,500 page faults, which took a tenth of a million-sample simulate.
#include <cstddef>
#include <cstdlib>
#include <memory>

namespace relief {

struct FreeDeleter {
  void operator()(double* p) const { std::free(p); }
};
using BigArray = std::unique_ptr<double[], FreeDeleter>;

// Return n uninitialised doubles (never null; throws std::bad_alloc when memory runs out).
BigArray big_array(std::size_t n);

} // namespace relief
