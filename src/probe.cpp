#include "probe.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <limits>
#include <stdexcept>

#include "diagnostic.hpp"

namespace relief {

Probe::Probe(Plan plan) : m_plan(std::move(plan)), m_means(m_plan.means()), m_x(m_means)
{
  m_ev.uncertain_inputs = m_plan.uncertain.size();
  m_ev.uncertain_model_inputs = m_plan.uncertain_model;
}

const Evaluation& Probe::at(std::int32_t slot, double v)
{
  std::copy(m_means.begin(), m_means.end(), m_x.begin()); // run() writes the derived slots
  if (slot >= 0)
    m_x[static_cast<std::size_t>(slot)] = v;
  run(m_plan, m_x.data(), m_ev);
  return m_ev;
}

std::int32_t input_slot(const Plan& plan, const Scenario& s, const std::string& path)
{
  if (const std::int32_t slot = plan.find(path); slot >= 0)
    return slot;
  const std::string_view model_path =
      path.starts_with("model.") ? std::string_view(path).substr(6) : std::string_view();
  if (!model_path.empty() && names_a_choice(model_path))
    throw std::invalid_argument(
        fmt::format("{} is not a number, so it cannot be varied; {}", path, k_change_a_choice));
  const auto paths = model_paths(*s.model);
  if (!model_path.empty() && std::any_of(paths.begin(), paths.end(), [&](const ConstModelPath& p) {
        return p.path == model_path;
      }))
    throw std::invalid_argument(
        fmt::format("{} is a number of the model that scenario '{}' does not read (or one it "
                    "sets itself): varying it changes nothing",
                    path, s.name));
  std::string hint = did_you_mean(path, plan.paths);
  if (hint.empty())
    hint = "; `relief explain --paths FILE` lists them";
  throw std::invalid_argument(
      fmt::format("no numeric input '{}' in scenario '{}'{}", path, s.name, hint));
}

std::pair<double, double> default_range(const Plan& plan, std::int32_t slot)
{
  const PlanSlot& s = plan.slots[static_cast<std::size_t>(slot)];
  double hi = s.range.hi;
  if (hi == std::numeric_limits<double>::max())
    hi = std::max(1.0, 10 * s.value->mean);
  const double lo = s.range.lo_open ? s.range.lo + (hi - s.range.lo) / 1000 : s.range.lo;
  return {lo, hi};
}

} // namespace relief
