#include "analysis/big_array.hpp"

#include <algorithm>
#include <new>
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace relief {

BigArray big_array(std::size_t n)
{
  constexpr std::size_t k_huge = std::size_t{2} << 20; // x86-64's huge page
  if (n > (static_cast<std::size_t>(-1) - k_huge) / sizeof(double))
    throw std::bad_alloc();
  const std::size_t bytes = std::max<std::size_t>(1, n * sizeof(double));
  if (bytes < k_huge) {
    auto* p = static_cast<double*>(std::malloc(bytes));
    if (!p)
      throw std::bad_alloc();
    return BigArray(p);
  }
  // aligned to a huge page and rounded up to whole ones, so that the kernel can back all of it
  const std::size_t rounded = (bytes + k_huge - 1) / k_huge * k_huge;
  auto* p = static_cast<double*>(std::aligned_alloc(k_huge, rounded));
  if (!p)
    throw std::bad_alloc();
#if defined(MADV_HUGEPAGE)
  ::madvise(p, rounded, MADV_HUGEPAGE); // advice: without huge pages it is 4 KB pages, as before
#endif
  return BigArray(p);
}

} // namespace relief
