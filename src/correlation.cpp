#include "correlation.hpp"

#include <algorithm>
#include <array>
#include <boost/math/constants/constants.hpp>
#include <boost/random/normal_distribution.hpp>
#include <cmath>
#include <fmt/format.h>
#include <functional>
#include <numeric>
#include <optional>
#include <set>

#include "sample.hpp"

namespace relief {
namespace {

// Return the correlation of normal scores whose ranks have Spearman's rho: 2 sin(pi rho / 6).
double score_correlation(double rho)
{
  return 2 * std::sin(boost::math::double_constants::pi * rho / 6);
}

// Return the lower Cholesky factor of the k x k row-major matrix a, or nothing when a is not
// positive semi-definite (a singular matrix, such as a rank of 1, is accepted).
std::optional<std::vector<double>> cholesky(const std::vector<double>& a, std::size_t k)
{
  constexpr double k_tolerance = 1e-9;
  std::vector<double> l(k * k, 0);
  for (std::size_t j = 0; j < k; ++j) {
    double d = a[j * k + j];
    for (std::size_t p = 0; p < j; ++p)
      d -= l[j * k + p] * l[j * k + p];
    if (d < -k_tolerance)
      return std::nullopt;
    l[j * k + j] = std::sqrt(std::max(d, 0.0));
    for (std::size_t i = j + 1; i < k; ++i) {
      double s = a[i * k + j];
      for (std::size_t p = 0; p < j; ++p)
        s -= l[i * k + p] * l[j * k + p];
      if (l[j * k + j] > k_tolerance)
        l[i * k + j] = s / l[j * k + j];
      else if (std::abs(s) > k_tolerance)
        return std::nullopt;
    }
  }
  return l;
}

// Return the matrix of score correlations over paths (unit diagonal, in the PATHs every command
// prints) from the correlations, whose paths canonical() turns into those (an alias may be
// written).
std::vector<double> score_matrix(const std::vector<Correlation>& correlations,
                                 const std::vector<std::string>& paths,
                                 const std::function<std::string(const std::string&)>& canonical)
{
  const std::size_t k = paths.size();
  std::vector<double> a(k * k, 0);
  for (std::size_t i = 0; i < k; ++i)
    a[i * k + i] = 1;
  auto index = [&](const std::string& written) {
    const std::string p = canonical(written);
    return static_cast<std::size_t>(std::find(paths.begin(), paths.end(), p) - paths.begin());
  };
  for (const Correlation& c : correlations) {
    const std::size_t i = index(c.between[0]), j = index(c.between[1]);
    if (i < k && j < k)
      a[i * k + j] = a[j * k + i] = score_correlation(c.rank);
  }
  return a;
}

} // namespace

std::vector<Diagnostic> check_correlations(const Scenario& s)
{
  std::vector<Diagnostic> out;
  std::vector<std::string> uncertain;
  std::set<std::string> points;
  std::vector<Plan> plans;
  for (std::size_t p = 0; p < s.model->perspectives.size(); ++p)
    plans.push_back(compile(s, p));
  // a correlation may name an input by an alias (its model spelling): compare the PATHs
  auto canonical = [&](const std::string& path) {
    for (const Plan& plan : plans)
      if (plan.find(path) >= 0)
        return plan.canonical(path);
    return path;
  };
  for (const Plan& plan : plans) {
    for (std::size_t i = 0; i < plan.slots.size(); ++i) {
      const std::string& path = plan.paths[i];
      const bool known = std::find(uncertain.begin(), uncertain.end(), path) != uncertain.end();
      if (plan.slots[i].value->uncertain() && !known)
        uncertain.push_back(path);
      else if (!plan.slots[i].value->uncertain())
        points.insert(path);
    }
  }
  auto error = [&](const SourcePos& pos, std::string message) {
    out.push_back(Diagnostic{pos, Severity::error, std::move(message), {}});
  };
  std::set<std::pair<std::string, std::string>> pairs;
  std::vector<std::string> involved;
  for (const Correlation& c : s.correlations) {
    bool ok = true;
    std::array<std::string, 2> between;
    for (std::size_t i = 0; i < 2; ++i) {
      const std::string& path = c.between[i];
      between[i] = canonical(path);
      if (std::find(uncertain.begin(), uncertain.end(), between[i]) != uncertain.end())
        continue;
      ok = false;
      if (points.count(between[i]))
        error(c.between_pos[i],
              fmt::format("'{}' is a point value: only an input with a distribution can be "
                          "correlated",
                          path));
      else
        error(c.between_pos[i],
              fmt::format("no uncertain input '{}' in this scenario{}", path,
                          uncertain.empty() ? std::string("; it has none")
                                            : did_you_mean(path, uncertain) +
                                                  "; `relief simulate` lists them as drivers"));
    }
    if (!ok)
      continue;
    if (between[0] == between[1]) {
      error(c.between_pos[1], fmt::format("'{}' is correlated with itself{}", c.between[1],
                                          c.between[0] == c.between[1]
                                              ? std::string()
                                              : fmt::format(" (also named '{}')", c.between[0])));
      continue;
    }
    auto key = std::minmax(between[0], between[1]);
    if (!pairs.insert({key.first, key.second}).second) {
      error(c.pos, fmt::format("the correlation between '{}' and '{}' is given twice", between[0],
                               between[1]));
      continue;
    }
    for (const std::string& path : between)
      if (std::find(involved.begin(), involved.end(), path) == involved.end())
        involved.push_back(path);
  }
  if (out.empty() && !cholesky(score_matrix(s.correlations, involved, canonical), involved.size()))
    error(s.correlations_pos,
          "these correlations contradict each other: no joint distribution has them (their "
          "matrix is not positive semi-definite)");
  return out;
}

RankCorrelation::RankCorrelation(const Scenario& s, const Plan& plan)
{
  std::vector<std::string> paths; // the PATHs of the correlated slots, once each
  auto canonical = [&](const std::string& path) { return plan.canonical(path); };
  for (const Correlation& c : s.correlations)
    for (const std::string& written : c.between) {
      const std::int32_t slot = plan.find(written);
      const auto u = std::find(plan.uncertain.begin(), plan.uncertain.end(), slot);
      if (slot < 0 || u == plan.uncertain.end() ||
          std::find(paths.begin(), paths.end(), canonical(written)) != paths.end())
        continue; // a point value here (a pinned input), or already in
      paths.push_back(canonical(written));
      m_inputs.push_back(static_cast<std::size_t>(u - plan.uncertain.begin()));
      m_keys.push_back(path_key("correlation:" + written)); // as written: stable draws
    }
  auto lower = cholesky(score_matrix(s.correlations, paths, canonical), paths.size());
  if (!lower) { // check_correlations rejects such a scenario when it is loaded
    m_inputs.clear();
    return;
  }
  m_lower = std::move(*lower);
}

void RankCorrelation::apply(std::uint64_t seed, std::uint64_t block,
                            std::vector<std::vector<double>>& columns, std::size_t count) const
{
  const std::size_t k = m_inputs.size();
  if (k == 0)
    return;
  std::vector<std::vector<double>> z(k, std::vector<double>(count));
  for (std::size_t j = 0; j < k; ++j) {
    Stream stream(seed, block, m_keys[j]);
    boost::random::normal_distribution<double> normal;
    for (double& v : z[j])
      v = normal(stream);
  }
  std::vector<double> scores(count), sorted;
  std::vector<std::uint32_t> order(count);
  for (std::size_t j = 0; j < k; ++j) {
    for (std::size_t i = 0; i < count; ++i) {
      double y = 0;
      for (std::size_t p = 0; p <= j; ++p)
        y += m_lower[j * k + p] * z[p][i];
      scores[i] = y;
    }
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      return scores[a] < scores[b] || (scores[a] == scores[b] && a < b);
    });
    std::vector<double>& column = columns[m_inputs[j]];
    sorted.assign(column.begin(), column.begin() + std::ptrdiff_t(count));
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t r = 0; r < count; ++r)
      column[order[r]] = sorted[r];
  }
}

} // namespace relief
