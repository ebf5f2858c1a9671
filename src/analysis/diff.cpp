#include "analysis/diff.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <stdexcept>

#include "analysis/breakeven.hpp"
#include "analysis/compare.hpp"
#include "analysis/explain.hpp"
#include "analysis/report.hpp"
#include "analysis/timing.hpp"

namespace relief {

CaseAnswers answers_of(const Scenario& s, std::size_t perspective, std::string file)
{
  const Model& m = *s.model;
  CaseAnswers a;
  a.file = std::move(file);
  a.document = s.document;
  a.name = s.name;
  a.perspective = m.perspectives[perspective].id;
  a.belief = m.belief;
  const Explanation x = explain(s, perspective);
  const Evaluation& ev = x.eval;
  a.verdict = ev.verdict;
  a.net = ev.net;
  a.worth = ev.worth;
  a.surplus = ev.regime_surplus;
  a.acceptable = ev.acceptable;
  a.expected = m.timings[static_cast<std::size_t>(s.timing)].arrives.mean * ev.worth;
  const TimingResult t = timing(s, perspective);
  a.best = t.best;
  a.best_expected = t.at[static_cast<std::size_t>(t.best)].expected;
  for (const ExplainRow& row : x.rows) {
    const bool cost = m.criteria[row.criterion].kind == Kind::cost;
    a.contributions.push_back(
        {m.criteria[row.criterion].id, row.item, cost ? -row.value : row.value});
  }
  for (const AskItem& ask : s.asks) {
    const std::string path = fmt::format("asks.{}.amount", m.asks[ask.ask].id);
    const VariedInput input = varied_input(s, perspective, path);
    AskCrossings c{path, {}};
    for (const Crossing& k : breakeven(s, perspective, input, input.from, input.to).crossings)
      if (k.level == 0)
        c.at.push_back(k.value);
    a.crossings.push_back(std::move(c));
  }
  a.text_hash = content_hash(s.pos.file ? s.pos.file->text : "");
  return a;
}

void rank_answers(std::vector<CaseAnswers>& side)
{
  std::map<std::pair<std::string, std::string>, std::size_t> cells; // (belief, perspective)
  std::vector<std::size_t> cell;
  std::vector<double> expected;
  for (const CaseAnswers& a : side) {
    cell.push_back(cells.emplace(std::pair{a.belief, a.perspective}, cells.size()).first->second);
    expected.push_back(a.expected);
  }
  std::vector<std::uint32_t> rank;
  ranking_order(cell, expected, rank);
  for (std::size_t i = 0; i < side.size(); ++i)
    side[i].rank = rank[i];
}

bool CaseDiff::changed(int decimals) const
{
  if (!both())
    return true;
  const double visible = 0.5 * std::pow(10.0, -decimals);
  return verdict_changed() || rank_changed() || best_changed() || acceptance_changed() ||
         std::abs(net_change()) >= visible ||
         std::abs(after->best_expected - before->best_expected) >= visible ||
         (before->surplus && after->surplus &&
          std::abs(*after->surplus - *before->surplus) >= visible) ||
         !crossings.empty();
}

namespace {

std::string key_of(const CaseAnswers& a, const std::string& file)
{
  return fmt::format("{}\x1f{}\x1f{}\x1f{}", file, a.document, a.perspective, a.belief);
}

bool crossings_moved(const AskCrossings& a, const AskCrossings& b)
{
  if (a.at.size() != b.at.size())
    return true;
  for (std::size_t i = 0; i < a.at.size(); ++i)
    if (std::abs(a.at[i] - b.at[i]) > 1e-6 * std::max(1.0, std::abs(a.at[i])))
      return true;
  return false;
}

void explain_change(CaseDiff& d)
{
  std::map<std::pair<std::string, std::string>, ContributionMove> moves;
  for (const NetPart& c : d.before->contributions) {
    ContributionMove& m = moves[{c.criterion, c.item}];
    m.criterion = c.criterion;
    m.item = c.item;
    m.before += c.value;
  }
  for (const NetPart& c : d.after->contributions) {
    ContributionMove& m = moves[{c.criterion, c.item}];
    m.criterion = c.criterion;
    m.item = c.item;
    m.after += c.value;
  }
  for (auto& [key, m] : moves)
    if (std::abs(m.after - m.before) > 1e-12)
      d.movers.push_back(m);
  std::stable_sort(d.movers.begin(), d.movers.end(),
                   [](const ContributionMove& a, const ContributionMove& b) {
                     return std::abs(a.after - a.before) > std::abs(b.after - b.before);
                   });
  constexpr std::size_t k_movers = 5;
  if (d.movers.size() > k_movers)
    d.movers.resize(k_movers);
  for (const AskCrossings& b : d.before->crossings) {
    const auto a = std::find_if(d.after->crossings.begin(), d.after->crossings.end(),
                                [&](const AskCrossings& x) { return x.path == b.path; });
    if (a == d.after->crossings.end())
      d.crossings.push_back({b, AskCrossings{b.path, {}}});
    else if (crossings_moved(b, *a))
      d.crossings.push_back({b, *a});
  }
  for (const AskCrossings& a : d.after->crossings)
    if (std::none_of(d.before->crossings.begin(), d.before->crossings.end(),
                     [&](const AskCrossings& x) { return x.path == a.path; }))
      d.crossings.push_back({AskCrossings{a.path, {}}, a});
}

} // namespace

std::vector<CaseDiff> diff_answers(const std::vector<CaseAnswers>& before,
                                   const std::vector<CaseAnswers>& after,
                                   const std::vector<std::pair<std::string, std::string>>& renames)
{
  std::map<std::string, std::string> renamed(renames.begin(), renames.end());
  std::map<std::string, std::size_t> base; // key (the base file renamed) -> index into before
  for (std::size_t i = 0; i < before.size(); ++i) {
    const auto r = renamed.find(before[i].file);
    base.emplace(key_of(before[i], r == renamed.end() ? before[i].file : r->second), i);
  }
  std::vector<char> matched(before.size(), 0);
  std::vector<CaseDiff> out;
  for (const CaseAnswers& a : after) {
    CaseDiff d;
    d.after = a;
    if (const auto b = base.find(key_of(a, a.file)); b != base.end()) {
      matched[b->second] = 1;
      d.before = before[b->second];
      if (d.before->file != a.file)
        d.renamed_from = d.before->file;
      d.file_changed = d.before->text_hash != a.text_hash;
      explain_change(d);
    }
    out.push_back(std::move(d));
  }
  for (std::size_t i = 0; i < before.size(); ++i)
    if (!matched[i]) {
      CaseDiff d;
      d.before = before[i];
      out.push_back(std::move(d));
    }
  return out;
}

} // namespace relief
