#include "analysis/weight_space.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "sample.hpp"

namespace relief {

WeightedPackage weighted_package(const Scenario& s, std::size_t perspective)
{
  const Evaluation ev = evaluate(s, perspective);
  WeightedPackage p;
  p.name = s.name;
  p.file = s.file;
  p.document = s.document;
  for (std::size_t c = 0; c < ev.criteria.size(); ++c) {
    const CriterionResult& r = ev.criteria[c];
    p.v.push_back(s.model->criteria[c].kind == Kind::cost ? -(r.score * r.multiplier) : r.score);
  }
  p.acceptable = ev.acceptable;
  p.arrives = s.model->timings[static_cast<std::size_t>(s.timing)].arrives.mean;
  return p;
}

WeightSpace weight_space(const Model& model, std::size_t perspective,
                         std::vector<WeightedPackage> packages, std::uint64_t n, std::uint64_t seed)
{
  WeightSpace out;
  out.belief = model.belief;
  out.criteria = model.criterion_ids();
  out.samples = n;
  out.seed = seed;
  const std::size_t nc = out.criteria.size(), np = packages.size();
  const std::vector<Value>& written = model.perspectives[perspective].weights;
  const bool distributions =
      std::any_of(written.begin(), written.end(), [](const Value& v) { return v.uncertain(); });
  out.drawn_from = distributions
                       ? "perspective " + model.perspectives[perspective].id + "'s distributions"
                       : "the simplex";
  std::vector<Sampler> samplers;
  for (const Value& v : written)
    samplers.emplace_back(v, ranges::weight);
  std::vector<std::vector<std::uint64_t>> counts(np, std::vector<std::uint64_t>(np, 0));
  std::vector<std::vector<double>> central(np, std::vector<double>(nc, 0));
  std::vector<double> w(nc), worth(np);
  std::vector<std::size_t> order(np);
  constexpr std::uint64_t k_block_draws = 4096;
  for (std::uint64_t first = 0, block = 0; first < n; first += k_block_draws, ++block) {
    Stream stream(seed, block, path_key("weights-space"));
    const std::uint64_t count = std::min(k_block_draws, n - first);
    for (std::uint64_t k = 0; k < count; ++k) {
      double sum = 0;
      for (std::size_t c = 0; c < nc; ++c) {
        if (distributions) // the perspective's distributions (its points held)
          samplers[c].fill(stream, &w[c], 1);
        else // uniform over the simplex: normalised exponential draws
          w[c] = -std::log((static_cast<double>(stream() >> 11) + 1) * 0x1p-53);
        sum += w[c];
      }
      if (!(sum > 0))
        sum = 1;
      for (double& x : w)
        x /= sum;
      for (std::size_t i = 0; i < np; ++i) {
        double net = 0;
        for (std::size_t c = 0; c < nc; ++c)
          net += w[c] * packages[i].v[c];
        worth[i] = packages[i].arrives * (packages[i].acceptable ? net : 0);
      }
      std::iota(order.begin(), order.end(), 0);
      std::stable_sort(order.begin(), order.end(),
                       [&](std::size_t a, std::size_t b) { return worth[a] > worth[b]; });
      for (std::size_t r = 0; r < np; ++r)
        ++counts[order[r]][r];
      for (std::size_t c = 0; c < nc; ++c)
        central[order[0]][c] += w[c];
    }
  }
  const double dn = static_cast<double>(std::max<std::uint64_t>(n, 1));
  for (std::size_t i = 0; i < np; ++i) {
    WeightSpaceRow row;
    for (std::size_t r = 0; r < np; ++r)
      row.rank_share.push_back(static_cast<double>(counts[i][r]) / dn);
    if (counts[i][0] > 0) {
      std::vector<double> c = central[i];
      for (double& x : c)
        x /= static_cast<double>(counts[i][0]);
      row.central = std::move(c);
    }
    out.rows.push_back(std::move(row));
  }
  // most often first, then most often second, ...: the order the table reads
  std::vector<std::size_t> by(np);
  std::iota(by.begin(), by.end(), 0);
  std::stable_sort(by.begin(), by.end(), [&](std::size_t a, std::size_t b) {
    return out.rows[a].rank_share > out.rows[b].rank_share;
  });
  std::vector<WeightSpaceRow> rows;
  for (std::size_t i : by) {
    out.packages.push_back(std::move(packages[i]));
    rows.push_back(std::move(out.rows[i]));
  }
  out.rows = std::move(rows);
  return out;
}

} // namespace relief
