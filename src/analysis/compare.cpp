#include "analysis/compare.hpp"

#include <algorithm>
#include <cmath>

namespace relief {

void Comparison::add(const Scenario& s, std::size_t perspective, const Evaluation& ev,
                     std::optional<Equivalent> in)
{
  const bool same = !scenarios.empty() && scenarios.back().file == s.file &&
                    scenarios.back().document == s.document && scenarios.back().name == s.name;
  if (!same)
    scenarios.push_back(ComparedScenario{s.name, s.file, s.document});
  const std::string& id = s.model->perspectives[perspective].id;
  auto p = std::find(perspectives.begin(), perspectives.end(), id);
  if (p == perspectives.end())
    p = perspectives.insert(p, id);
  auto b = std::find(beliefs.begin(), beliefs.end(), s.model->belief);
  if (b == beliefs.end())
    b = beliefs.insert(b, s.model->belief);
  CompareRow row;
  row.scenario = static_cast<std::uint32_t>(scenarios.size() - 1);
  row.perspective = static_cast<std::uint32_t>(p - perspectives.begin());
  row.belief = static_cast<std::uint32_t>(b - beliefs.begin());
  row.uncertain_inputs = static_cast<std::uint32_t>(ev.uncertain_inputs);
  row.verdict = ev.verdict;
  row.benefits = ev.benefits;
  row.costs = ev.costs;
  row.net = ev.net;
  row.ratio = ev.ratio;
  row.regime_surplus = ev.regime_surplus;
  row.acceptable = ev.acceptable;
  row.worth = ev.worth;
  row.timing = s.timing;
  row.arrives = s.model->timings[static_cast<std::size_t>(s.timing)].arrives.mean;
  row.expected_net = row.arrives * ev.worth;
  row.in = in;
  rows.push_back(row);
}

std::string Comparison::cell_name(std::size_t cell) const
{
  const std::string& p = perspectives[cell % perspectives.size()];
  return beliefs.size() > 1 ? p + ", " + beliefs[cell / perspectives.size()] : p;
}

std::vector<std::vector<const CompareRow*>> Comparison::matrix(std::size_t belief) const
{
  const std::size_t np = perspectives.size();
  std::vector<const CompareRow*> cell(scenarios.size() * np, nullptr);
  for (const CompareRow& r : rows)
    if (r.belief == belief)
      cell[r.scenario * np + r.perspective] = &r;
  std::vector<std::vector<const CompareRow*>> lines;
  for (const CompareRow& first : rows)
    if (first.perspective == 0 && first.belief == belief)
      lines.emplace_back(cell.begin() + static_cast<std::ptrdiff_t>(first.scenario * np),
                         cell.begin() + static_cast<std::ptrdiff_t>((first.scenario + 1) * np));
  return lines;
}

std::vector<Robustness> Comparison::robustness() const
{
  std::vector<double> best(cells(), -HUGE_VAL);
  for (const CompareRow& r : rows)
    best[cell_of(r)] = std::max(best[cell_of(r)], r.expected_net);
  std::vector<Robustness> out(scenarios.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].scenario = static_cast<std::uint32_t>(i);
    out[i].worst_net = HUGE_VAL;
  }
  for (const CompareRow& r : rows) {
    Robustness& x = out[r.scenario];
    const auto cell = static_cast<std::uint32_t>(cell_of(r));
    ++x.cells;
    x.backed += r.verdict == Verdict::benefits_outweigh && r.acceptable ? 1 : 0;
    if (r.expected_net < x.worst_net) {
      x.worst_net = r.expected_net;
      x.worst_cell = cell;
    }
    const double regret = best[cell] - r.expected_net;
    if (x.cells == 1 || regret > x.max_regret) {
      x.max_regret = regret;
      x.regret_cell = cell;
    }
  }
  return out;
}

void rank_rows(Comparison& c)
{
  std::stable_sort(c.rows.begin(), c.rows.end(), [&](const CompareRow& a, const CompareRow& b) {
    return c.cell_of(a) != c.cell_of(b) ? c.cell_of(a) < c.cell_of(b)
                                        : a.expected_net > b.expected_net;
  });
  for (std::size_t i = 0; i < c.rows.size(); ++i)
    c.rows[i].rank =
        i > 0 && c.cell_of(c.rows[i - 1]) == c.cell_of(c.rows[i]) ? c.rows[i - 1].rank + 1 : 1;
}

} // namespace relief
