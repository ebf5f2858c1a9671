#include "analysis/compare.hpp"

#include <algorithm>

namespace relief {

void Comparison::add(const Scenario& s, std::size_t perspective, const Evaluation& ev)
{
  const bool same = !scenarios.empty() && scenarios.back().file == s.file &&
                    scenarios.back().document == s.document && scenarios.back().name == s.name;
  if (!same)
    scenarios.push_back(ComparedScenario{s.name, s.file, s.document});
  const std::string& id = s.model->perspectives[perspective].id;
  auto p = std::find(perspectives.begin(), perspectives.end(), id);
  if (p == perspectives.end())
    p = perspectives.insert(p, id);
  CompareRow row;
  row.scenario = static_cast<std::uint32_t>(scenarios.size() - 1);
  row.perspective = static_cast<std::uint32_t>(p - perspectives.begin());
  row.uncertain_inputs = static_cast<std::uint32_t>(ev.uncertain_inputs);
  row.verdict = ev.verdict;
  row.benefits = ev.benefits;
  row.costs = ev.costs;
  row.net = ev.net;
  row.ratio = ev.ratio;
  rows.push_back(row);
}

std::vector<std::vector<const CompareRow*>> Comparison::matrix() const
{
  const std::size_t np = perspectives.size();
  std::vector<const CompareRow*> cell(scenarios.size() * np, nullptr);
  for (const CompareRow& r : rows)
    cell[r.scenario * np + r.perspective] = &r;
  std::vector<std::vector<const CompareRow*>> lines;
  for (const CompareRow& first : rows)
    if (first.perspective == 0)
      lines.emplace_back(cell.begin() + static_cast<std::ptrdiff_t>(first.scenario * np),
                         cell.begin() + static_cast<std::ptrdiff_t>((first.scenario + 1) * np));
  return lines;
}

void rank_rows(Comparison& c)
{
  std::stable_sort(c.rows.begin(), c.rows.end(), [](const CompareRow& a, const CompareRow& b) {
    return a.perspective != b.perspective ? a.perspective < b.perspective : a.net > b.net;
  });
  for (std::size_t i = 0; i < c.rows.size(); ++i)
    c.rows[i].rank =
        i > 0 && c.rows[i - 1].perspective == c.rows[i].perspective ? c.rows[i - 1].rank + 1 : 1;
}

} // namespace relief
