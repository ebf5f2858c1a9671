#include "analysis/compare.hpp"

#include <algorithm>
#include <map>

namespace relief {

CompareRow compare_row(const Scenario& s, std::size_t perspective, const Evaluation& ev)
{
  CompareRow row;
  row.scenario = s.name;
  row.file = s.document > 1 ? s.file + "#" + std::to_string(s.document) : s.file;
  row.perspective = s.model->perspectives[perspective].id;
  row.benefits = ev.benefits;
  row.costs = ev.costs;
  row.net = ev.net;
  row.ratio = ev.ratio;
  row.verdict = ev.verdict;
  row.uncertain_inputs = ev.uncertain_inputs;
  return row;
}

void rank_rows(std::vector<CompareRow>& rows)
{
  std::map<std::string, std::size_t> order;
  for (const auto& r : rows)
    order.emplace(r.perspective, order.size());
  std::stable_sort(rows.begin(), rows.end(), [&](const CompareRow& a, const CompareRow& b) {
    std::size_t pa = order[a.perspective], pb = order[b.perspective];
    return pa != pb ? pa < pb : a.net > b.net;
  });
  for (std::size_t i = 0; i < rows.size(); ++i)
    rows[i].rank =
        i > 0 && rows[i - 1].perspective == rows[i].perspective ? rows[i - 1].rank + 1 : 1;
}

} // namespace relief
