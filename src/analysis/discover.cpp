#include "analysis/discover.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <utility>

#include "analysis/big_array.hpp"
#include "analysis/draws.hpp"
#include "analysis/statistics.hpp"
#include "analysis/timing.hpp"
#include "plan.hpp"

namespace relief {
namespace {

struct Bounds {
  std::vector<double> lo, hi;          // per input; -inf/+inf where not restricted
  std::vector<std::vector<char>> keep; // per input: a categorical input's kept categories

  Bounds(std::size_t inputs, const std::vector<std::size_t>& categories)
      : lo(inputs, -HUGE_VAL), hi(inputs, HUGE_VAL), keep(inputs)
  {
    for (std::size_t d = 0; d < inputs && d < categories.size(); ++d)
      keep[d].assign(categories[d], 1);
  }
  bool categorical(std::size_t d) const { return !keep[d].empty(); }
  bool restricted(std::size_t d) const
  {
    return categorical(d) ? std::find(keep[d].begin(), keep[d].end(), 0) != keep[d].end()
                          : std::isfinite(lo[d]) || std::isfinite(hi[d]);
  }
  bool holds(std::size_t d, double v) const
  {
    return categorical(d) ? keep[d][static_cast<std::size_t>(v)] != 0 : v >= lo[d] && v <= hi[d];
  }
};

// The box of bounds b that holds count draws, in_hits of them targets (of hits in all).
PrimBox box_with(const Bounds& b, std::size_t count, std::size_t in_hits, std::size_t hits)
{
  PrimBox box;
  box.count = count;
  box.coverage = hits ? static_cast<double>(in_hits) / static_cast<double>(hits) : 0;
  box.density = box.count ? static_cast<double>(in_hits) / static_cast<double>(box.count) : 0;
  for (std::size_t d = 0; d < b.lo.size(); ++d)
    if (b.restricted(d)) {
      PrimRestriction r;
      r.input = d;
      if (b.categorical(d)) {
        for (std::size_t c = 0; c < b.keep[d].size(); ++c)
          if (b.keep[d][c])
            r.categories.push_back(c);
      } else {
        if (std::isfinite(b.lo[d]))
          r.lower = b.lo[d];
        if (std::isfinite(b.hi[d]))
          r.upper = b.hi[d];
      }
      box.restrictions.push_back(r);
    }
  return box;
}

// The box of bounds b, its draws counted over all of x (only the inputs it restricts tested:
// every draw holds on the others).
PrimBox box_of(const std::vector<std::span<const double>>& x, const std::vector<char>& y,
               const Bounds& b, std::size_t hits)
{
  std::vector<std::size_t> restricted;
  for (std::size_t d = 0; d < x.size(); ++d)
    if (b.restricted(d))
      restricted.push_back(d);
  std::size_t count = 0, in_hits = 0;
  for (std::size_t i = 0; i < y.size(); ++i) {
    bool inside = true;
    for (std::size_t d : restricted)
      if (!b.holds(d, x[d][i])) {
        inside = false;
        break;
      }
    if (inside) {
      ++count;
      in_hits += y[i] ? 1 : 0;
    }
  }
  return box_with(b, count, in_hits, hits);
}

Bounds bounds_of(const PrimBox& box, std::size_t inputs, const std::vector<std::size_t>& categories)
{
  Bounds b(inputs, categories);
  for (const PrimRestriction& r : box.restrictions)
    if (b.categorical(r.input)) {
      std::fill(b.keep[r.input].begin(), b.keep[r.input].end(), 0);
      for (std::size_t c : r.categories)
        b.keep[r.input][c] = 1;
    } else {
      b.lo[r.input] = r.lower.value_or(-HUGE_VAL);
      b.hi[r.input] = r.upper.value_or(HUGE_VAL);
    }
  return b;
}

} // namespace

PrimResult prim(const std::vector<std::span<const double>>& x, const std::vector<char>& y,
                const PrimOptions& o, const std::vector<std::size_t>& categories)
{
  PrimResult out;
  const std::size_t n = y.size(), inputs = x.size();
  out.draws = n;
  out.hits = static_cast<std::size_t>(std::count(y.begin(), y.end(), 1));
  out.base = n ? static_cast<double>(out.hits) / static_cast<double>(n) : 0;
  Bounds b(inputs, categories);
  std::vector<std::size_t> in(n);
  for (std::size_t i = 0; i < n; ++i)
    in[i] = i;
  // While peeling, the box's draws are exactly those left in `in` (bounds only tighten, and each
  // peel removes the draws beyond its cut), in_hits of them targets: the trajectory's boxes are
  // counted as they are peeled, not found again among all draws.
  std::size_t in_hits = out.hits;
  out.trajectory.push_back(box_with(b, n, in_hits, out.hits));
  // Per numeric input, the box's draws in ascending order of it: a peel's cut is then read at
  // its rank, and the draws it leaves behind are counted from the nearer end, instead of
  // selecting the cut anew among the box's draws (nth_element was two thirds of a run). The
  // lists drop the draws peeled away when they are next read.
  std::vector<char> alive(n, 1);
  std::vector<std::vector<std::uint32_t>> ordered(inputs);
  for (std::size_t d = 0; d < inputs; ++d)
    if (!b.categorical(d))
      ordered[d] = sorted_order(x[d]);
  const auto min_count = static_cast<std::size_t>(std::ceil(o.min_mass * static_cast<double>(n)));
  while (in.size() > min_count && out.hits > 0) {
    std::size_t restricted = 0;
    for (std::size_t d = 0; d < inputs; ++d)
      restricted += b.restricted(d) ? 1 : 0;
    // the peel that leaves the densest box: each side of each input, alpha of the box's draws,
    // or one category of a categorical input
    double best_density = -1;
    std::size_t best_d = 0;
    bool best_lower = true;
    double best_cut = 0;
    auto consider = [&](std::size_t kept, std::size_t kept_hits, std::size_t d, bool lower,
                        double cut) {
      if (kept == in.size() || kept < min_count || kept == 0)
        return; // nothing peeled (ties), or too little left
      const double density = static_cast<double>(kept_hits) / static_cast<double>(kept);
      if (density > best_density) {
        best_density = density;
        best_d = d;
        best_lower = lower;
        best_cut = cut;
      }
    };
    const auto peel = std::max<std::size_t>(1, static_cast<std::size_t>(o.alpha * in.size()));
    for (std::size_t d = 0; d < inputs; ++d) {
      if (!b.restricted(d) && restricted >= o.max_inputs)
        continue;
      if (b.categorical(d)) { // remove one category
        std::vector<std::size_t> count(b.keep[d].size()), hits(b.keep[d].size());
        for (std::size_t i : in) {
          const auto c = static_cast<std::size_t>(x[d][i]);
          ++count[c];
          hits[c] += y[i] ? 1 : 0;
        }
        const std::size_t all_hits = std::accumulate(hits.begin(), hits.end(), std::size_t{0});
        for (std::size_t c = 0; c < count.size(); ++c)
          if (count[c] > 0)
            consider(in.size() - count[c], all_hits - hits[c], d, true, static_cast<double>(c));
        continue;
      }
      std::vector<std::uint32_t>& list = ordered[d];
      std::erase_if(list, [&](std::uint32_t i) { return !alive[i]; });
      const std::size_t size = list.size(); // the box's draws: in.size()
      if (size <= peel)
        continue;
      const std::span<const double> xd = x[d];
      auto hits_in = [&](std::size_t from, std::size_t to) {
        std::size_t h = 0;
        for (std::size_t r = from; r < to; ++r)
          h += y[list[r]] ? 1 : 0;
        return h;
      };
      // the cut: draws strictly beyond it on the peeled side leave the box (its ties stay)
      const double low_cut = xd[list[peel]];
      std::size_t below = peel; // the draws below the lower cut
      while (below > 0 && xd[list[below - 1]] == low_cut)
        --below;
      consider(size - below, in_hits - hits_in(0, below), d, true, low_cut);
      const double high_cut = xd[list[size - 1 - peel]];
      std::size_t upto = size - peel; // the draws up to the upper cut
      while (upto < size && xd[list[upto]] == high_cut)
        ++upto;
      consider(upto, in_hits - hits_in(upto, size), d, false, high_cut);
    }
    if (best_density < 0)
      break;
    if (b.categorical(best_d))
      b.keep[best_d][static_cast<std::size_t>(best_cut)] = 0;
    else
      (best_lower ? b.lo : b.hi)[best_d] = best_cut;
    const std::span<const double> xb = x[best_d];
    const std::size_t was = in.size();
    std::erase_if(in, [&](std::size_t i) {
      const bool gone = b.categorical(best_d) ? xb[i] == best_cut
                        : best_lower          ? xb[i] < best_cut
                                              : xb[i] > best_cut;
      if (gone) {
        alive[i] = 0;
        in_hits -= y[i] ? 1 : 0;
      }
      return gone;
    });
    if (in.size() == was) // never: a peel is considered only if it leaves draws behind
      break;
    out.trajectory.push_back(box_with(b, in.size(), in_hits, out.hits));
  }
  // the chosen box: the densest that keeps min_coverage of the targets (the first such on ties)
  out.chosen = 0;
  for (std::size_t k = 0; k < out.trajectory.size(); ++k)
    if (out.trajectory[k].coverage >= o.min_coverage &&
        out.trajectory[k].density > out.trajectory[out.chosen].density)
      out.chosen = k;
  // the significance check: a restriction whose removal lowers density by less than two standard
  // errors (of a share at the box's density over its draws) does not raise it beyond noise
  PrimBox box = out.trajectory[out.chosen];
  for (bool changed = true; changed && !box.restrictions.empty();) {
    changed = false;
    std::size_t weakest = 0;
    double weakest_gain = HUGE_VAL;
    for (std::size_t r = 0; r < box.restrictions.size(); ++r) {
      PrimBox without = box;
      without.restrictions.erase(without.restrictions.begin() + static_cast<std::ptrdiff_t>(r));
      const PrimBox wider = box_of(x, y, bounds_of(without, inputs, categories), out.hits);
      const double se = std::sqrt(std::max(wider.density * (1 - wider.density), 1e-12) /
                                  static_cast<double>(std::max<std::size_t>(box.count, 1)));
      const double gain = (box.density - wider.density) / se;
      if (gain < weakest_gain) {
        weakest_gain = gain;
        weakest = r;
      }
    }
    if (weakest_gain < 2) {
      out.dropped.push_back(box.restrictions[weakest].input);
      box.restrictions.erase(box.restrictions.begin() + static_cast<std::ptrdiff_t>(weakest));
      box = box_of(x, y, bounds_of(box, inputs, categories), out.hits);
      changed = true;
    }
  }
  out.box = box;
  return out;
}

std::optional<DiscoverTarget> parse_target(const std::string& text)
{
  DiscoverTarget t;
  t.text = text;
  if (text == "benefits-outweigh")
    t.kind = DiscoverTarget::Kind::benefits_outweigh;
  else if (text == "costs-outweigh")
    t.kind = DiscoverTarget::Kind::costs_outweigh;
  else if (text == "accepted")
    t.kind = DiscoverTarget::Kind::accepted;
  else if (text == "best=now")
    t.kind = DiscoverTarget::Kind::best_now;
  else if (text.starts_with("net>") || text.starts_with("net<")) {
    t.kind = text[3] == '>' ? DiscoverTarget::Kind::net_above : DiscoverTarget::Kind::net_below;
    const char* from = text.data() + 4;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(from, end, t.threshold);
    if (ec != std::errc() || ptr != end || from == end || !std::isfinite(t.threshold))
      return std::nullopt;
  } else
    return std::nullopt;
  return t;
}

namespace {

// Columns of n doubles each in one allocation (big_array: huge pages where the system has them;
// 4 KB pages cost discover 10,000 page faults, a third of its time).
struct Columns {
  BigArray storage;
  std::vector<std::span<const double>> x; // x[column][draw]

  Columns() = default;
  Columns(std::size_t columns, std::size_t n) : storage(big_array(columns * n)), m_n(n)
  {
    for (std::size_t c = 0; c < columns; ++c)
      x.emplace_back(storage.get() + c * n, n);
  }
  double* column(std::size_t c) { return storage.get() + c * m_n; }

private:
  std::size_t m_n = 0;
};

// The draws PRIM reads: per input its PATH and its values, and per draw whether the target holds.
struct Draws {
  std::vector<std::string> paths;
  Columns x; // x.x[input][draw]
  std::vector<char> y;
};

// best=now: engaging now is the best strategy (SPEC 3 step 11) in a draw: its value, its worth now,
// is above each later moment's, arrives (a Bernoulli draw) x worth, as timing -n draws them (a tie,
// such as a package refused now and later moments that do not come, is not "now is best", where
// timing -n's P(best) splits it). The
// inputs are every uncertain input of the four moments' plans, each once (an input read by several
// moments has the same draws in each: the streams are keyed by its source).
Draws draws_best_now(const Scenario& s, std::size_t perspective, std::uint64_t n,
                     std::uint64_t seed)
{
  Draws out;
  const std::array<Scenario, k_timings> at = timing_scenarios(s);
  std::vector<std::string> sources;
  std::vector<Plan> plans;
  std::array<std::vector<std::size_t>, k_timings> column; // per uncertain slot: its input
  for (std::size_t t = 0; t < k_timings; ++t) {
    plans.push_back(compile(at[t], perspective, PlanNames::paths, PlanValue::expected));
    const Plan& plan = plans.back();
    for (std::int32_t u : plan.uncertain) {
      const std::string& source = plan.sources[static_cast<std::size_t>(u)];
      const auto found = std::find(sources.begin(), sources.end(), source);
      column[t].push_back(static_cast<std::size_t>(found - sources.begin()));
      if (found == sources.end()) {
        sources.push_back(source);
        out.paths.push_back(plan.path(u));
      }
    }
  }
  out.x = Columns(sources.size(), n);
  std::vector<char> recorded(sources.size(), 0); // the first moment to read an input records it
  std::vector<std::vector<double>> value(k_timings);
  for (std::size_t t = 0; t < k_timings; ++t) {
    const Plan& plan = plans[t];
    std::vector<char> records(plan.uncertain.size());
    for (std::size_t k = 0; k < plan.uncertain.size(); ++k)
      records[k] = !std::exchange(recorded[column[t][k]], 1);
    value[t].reserve(n);
    const std::vector<double> means = plan.means();
    BlockOutput block;
    std::size_t done = 0;
    for_each_block(at[t], plan, n, seed,
                   [&](const std::vector<const double*>& columns, std::size_t count) {
                     for (std::size_t k = 0; k < plan.uncertain.size(); ++k)
                       if (records[k])
                         std::copy_n(columns[k], count, out.x.column(column[t][k]) + done);
                     done += count;
                     run_block(plan, means, plan.uncertain, columns, count, block);
                     value[t].insert(value[t].end(), block.net.begin(), block.net.end());
                   });
  }
  out.y.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    bool best = true;
    for (std::size_t t = 1; t < k_timings; ++t)
      best = best && value[0][i] > value[t][i]; // a tie is not "now is best"
    out.y[i] = best ? 1 : 0;
  }
  return out;
}

Draws draws_of(const Scenario& s, std::size_t perspective, const DiscoverTarget& target,
               std::uint64_t n, std::uint64_t seed)
{
  if (target.kind == DiscoverTarget::Kind::best_now)
    return draws_best_now(s, perspective, n, seed);
  Draws out;
  const Plan plan = compile(s, perspective, PlanNames::paths);
  for (std::int32_t u : plan.uncertain)
    out.paths.push_back(plan.path(u));
  out.x = Columns(plan.uncertain.size(), n);
  out.y.reserve(n);
  const std::vector<double> means = plan.means();
  BlockOutput block;
  std::size_t done = 0;
  for_each_block(s, plan, n, seed,
                 [&](const std::vector<const double*>& columns, std::size_t count) {
                   for (std::size_t u = 0; u < plan.uncertain.size(); ++u)
                     std::copy_n(columns[u], count, out.x.column(u) + done);
                   done += count;
                   run_block(plan, means, plan.uncertain, columns, count, block);
                   for (std::size_t i = 0; i < count; ++i) {
                     bool hit = false;
                     switch (target.kind) {
                     case DiscoverTarget::Kind::benefits_outweigh: // net > margin
                       hit = block.verdict[i] == Verdict::benefits_outweigh;
                       break;
                     case DiscoverTarget::Kind::costs_outweigh: // net < -margin
                       hit = block.verdict[i] == Verdict::costs_outweigh;
                       break;
                     case DiscoverTarget::Kind::net_above:
                       hit = block.net[i] > target.threshold;
                       break;
                     case DiscoverTarget::Kind::net_below:
                       hit = block.net[i] < target.threshold;
                       break;
                     case DiscoverTarget::Kind::accepted:
                       hit = block.acceptable[i] != 0;
                       break;
                     case DiscoverTarget::Kind::best_now: // draws_best_now
                       break;
                     }
                     out.y.push_back(hit ? 1 : 0);
                   }
                 });
  return out;
}

Discovery discovery_of(const DiscoverTarget& target, std::uint64_t n, std::uint64_t seed,
                       const PrimOptions& options)
{
  Discovery out;
  out.target = target;
  out.samples = n;
  out.seed = seed;
  out.options = options;
  return out;
}

} // namespace

Discovery discover(const Scenario& s, std::size_t perspective, const DiscoverTarget& target,
                   std::uint64_t n, std::uint64_t seed, const PrimOptions& options)
{
  Discovery out = discovery_of(target, n, seed, options);
  Draws d = draws_of(s, perspective, target, n, seed);
  out.paths = std::move(d.paths);
  out.prim = prim(d.x.x, d.y, options);
  return out;
}

Discovery discover_beliefs(const std::vector<const Scenario*>& under, std::size_t perspective,
                           const DiscoverTarget& target, std::uint64_t n, std::uint64_t seed,
                           const PrimOptions& options)
{
  Discovery out = discovery_of(target, n, seed, options);
  std::vector<Draws> per;
  for (const Scenario* s : under) {
    out.beliefs.push_back(s->model->belief);
    per.push_back(draws_of(*s, perspective, target, n, seed));
  }
  // the inputs every belief set draws, in the first one's order, then the belief set
  std::vector<std::vector<std::span<const double>>> common; // per input, its column in each set
  for (std::size_t k = 0; k < per.front().paths.size(); ++k) {
    const std::string& path = per.front().paths[k];
    std::vector<std::span<const double>> columns;
    for (const Draws& d : per) {
      const auto at = std::find(d.paths.begin(), d.paths.end(), path);
      if (at == d.paths.end())
        break;
      columns.push_back(d.x.x[static_cast<std::size_t>(at - d.paths.begin())]);
    }
    if (columns.size() == per.size()) {
      out.paths.push_back(path);
      common.push_back(std::move(columns));
    }
  }
  out.paths.emplace_back("beliefs");
  std::size_t all = 0;
  for (const Draws& d : per)
    all += d.y.size();
  Columns joined(common.size() + 1, all);
  for (std::size_t k = 0; k < common.size(); ++k) {
    double* to = joined.column(k);
    for (const std::span<const double>& from : common[k])
      to = std::copy(from.begin(), from.end(), to);
  }
  std::vector<char> y;
  double* belief = joined.column(common.size());
  for (std::size_t b = 0; b < per.size(); ++b) {
    belief = std::fill_n(belief, per[b].y.size(), static_cast<double>(b));
    y.insert(y.end(), per[b].y.begin(), per[b].y.end());
  }
  const std::vector<std::span<const double>>& x = joined.x;
  std::vector<std::size_t> categories(x.size(), 0);
  categories.back() = per.size();
  out.prim = prim(x, y, options, categories);
  return out;
}

} // namespace relief
