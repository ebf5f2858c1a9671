#include "analysis/draws.hpp"

#include <algorithm>

#include "analysis/simulate.hpp"
#include "correlation.hpp"
#include "sample.hpp"

namespace relief {

void for_each_block(
    const Scenario& s, const Plan& plan, std::uint64_t n, std::uint64_t seed,
    const std::function<void(const std::vector<const double*>& columns, std::size_t count)>& fn)
{
  RankCorrelation correlation(s, plan);
  std::vector<Sampler> samplers;
  std::vector<std::uint64_t> keys;
  for (std::int32_t u : plan.uncertain) {
    const PlanSlot& p = plan.slots[static_cast<std::size_t>(u)];
    samplers.emplace_back(*p.value, p.range);
    keys.push_back(path_key(plan.sources[static_cast<std::size_t>(u)]));
  }
  std::vector<std::vector<double>> columns(plan.uncertain.size(), std::vector<double>(k_block));
  std::vector<const double*> pointers;
  for (const auto& c : columns)
    pointers.push_back(c.data());
  for (std::uint64_t first = 0, block = 0; first < n; first += k_block, ++block) {
    const auto count = static_cast<std::size_t>(std::min<std::uint64_t>(k_block, n - first));
    for (std::size_t u = 0; u < plan.uncertain.size(); ++u) {
      Stream stream(seed, block, keys[u]);
      samplers[u].fill(stream, columns[u].data(), count);
    }
    correlation.apply(seed, block, columns, count);
    fn(pointers, count);
  }
}

void for_each_draw(const Scenario& s, const Plan& plan, std::uint64_t n, std::uint64_t seed,
                   const std::function<void(std::vector<double>& x)>& fn)
{
  std::vector<double> x = plan.means();
  for_each_block(s, plan, n, seed,
                 [&](const std::vector<const double*>& columns, std::size_t count) {
                   for (std::size_t i = 0; i < count; ++i) {
                     for (std::size_t u = 0; u < plan.uncertain.size(); ++u)
                       x[static_cast<std::size_t>(plan.uncertain[u])] = columns[u][i];
                     fn(x);
                   }
                 });
}

} // namespace relief
