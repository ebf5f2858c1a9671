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

std::vector<std::size_t> ranking_order(const std::vector<std::size_t>& cell,
                                       const std::vector<double>& expected,
                                       std::vector<std::uint32_t>& rank)
{
  std::vector<std::size_t> order(cell.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return cell[a] != cell[b] ? cell[a] < cell[b] : expected[a] > expected[b];
  });
  rank.assign(cell.size(), 0);
  for (std::size_t k = 0; k < order.size(); ++k)
    rank[order[k]] = k > 0 && cell[order[k - 1]] == cell[order[k]] ? rank[order[k - 1]] + 1 : 1;
  return order;
}

void rank_rows(Comparison& c)
{
  std::vector<std::size_t> cell;
  std::vector<double> expected;
  for (const CompareRow& r : c.rows) {
    cell.push_back(c.cell_of(r));
    expected.push_back(r.expected_net);
  }
  std::vector<std::uint32_t> rank;
  std::vector<CompareRow> ranked;
  ranked.reserve(c.rows.size());
  for (std::size_t i : ranking_order(cell, expected, rank)) {
    ranked.push_back(c.rows[i]);
    ranked.back().rank = rank[i];
  }
  c.rows = std::move(ranked);
}

} // namespace relief
