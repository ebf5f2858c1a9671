#include <algorithm>
#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/triangular.hpp>
#include <boost/math/distributions/uniform.hpp>
#include <cmath>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include "analysis/big_array.hpp"
#include "analysis/simulate.hpp"
#include "fixtures.hpp"
#include "reference_eval.hpp"
#include "sample.hpp"

using namespace relief;

namespace {

// Return the sample mean and variance of n draws of v (a distribution) clamped to range.
std::pair<double, double> moments_of(const Value& v, std::size_t n = 400'000,
                                     Range range = Range{-1e300, 1e300})
{
  Sampler sampler(v, range);
  std::vector<double> draws(n);
  Stream stream(7, 0, path_key("test"));
  sampler.fill(stream, draws.data(), n);
  Moments m = Moments::of(draws.data(), n);
  return {m.mean, m.sd() * m.sd()};
}

Value dist(DistKind kind, double a, double b, double c = 0)
{
  Value v;
  v.dist.kind = kind;
  v.dist.params = {a, b, c};
  v.mean = distribution_mean(v.dist);
  return v;
}

// Check that a sample mean and variance agree with the formulas: the mean within 5 standard
// errors, the variance within 2% (about 4.5 standard errors for the heaviest tail here).
void check_moments(const Value& v, double mean, double variance)
{
  const std::size_t n = 400'000;
  auto [m, var] = moments_of(v, n);
  const double se_mean = std::sqrt(variance / double(n));
  CHECK(std::abs(m - mean) < 5 * se_mean);
  CHECK(std::abs(var - variance) < 0.02 * variance);
}

Simulation run_sim(const std::vector<const Scenario*>& scenarios, std::uint64_t n,
                   unsigned threads = 1, std::size_t perspective = 0)
{
  std::vector<SimItem> items;
  for (const Scenario* s : scenarios)
    items.push_back({s, perspective});
  SimulateOptions o;
  o.samples = n;
  o.threads = threads;
  return simulate(items, o);
}

const std::string head = "relief: 1\n";

} // namespace

TEST_SUITE("simulate")
{
  TEST_CASE("the plan at every slot's mean is SPEC 3 exactly: every preset, belief set, "
            "perspective, timing")
  {
    for (Scenario s : test::believed_presets())
      for (std::size_t p = 0; p < s.model->perspectives.size(); ++p)
        for (std::size_t t = 0; t < k_timings; ++t) {
          s.timing = static_cast<Timing>(t);
          const Evaluation want = test::reference_evaluate(s, p);
          const Plan plan = compile(s, p);
          Evaluation got;
          std::vector<double> x = plan.means();
          run(plan, x.data(), got);
          INFO(s.name, " (", s.model->belief, ") perspective ", p, " timing ", int(t));
          CHECK(got.net == want.net);
          CHECK(got.benefits == want.benefits);
          CHECK(got.costs == want.costs);
          CHECK(got.verdict == want.verdict);
          CHECK(got.regime_surplus == want.regime_surplus);
          CHECK(got.acceptable == want.acceptable);
          CHECK(got.worth == want.worth);
          for (std::size_t c = 0; c < want.criteria.size(); ++c) {
            CHECK(got.criteria[c].score == want.criteria[c].score);
            CHECK(got.criteria[c].weighted == want.criteria[c].weighted);
          }
        }
  }

  TEST_CASE("the plan names each uncertain number by the PATH where it is written")
  {
    Scenario s = test::scenario(head + "credibility: {beta: [6, 4]}\n"
                                       "offer: [{measure: m1, scope: {uniform: [0.2, 0.4]}}]\n"
                                       "asks: [{item: a1, amount: {range: [10, 40]}}]\n"
                                       "assumptions: {half_life_months: {normal: [12, 2]}}\n");
    const Plan plan = compile(s, 0);
    std::vector<std::string> paths;
    for (std::int32_t u : plan.uncertain)
      paths.push_back(plan.path(u));
    CHECK(paths == std::vector<std::string>{"credibility", "model.half_life_months",
                                            "offer.m1.scope", "asks.a1.amount"});
    // The ask has no credibility of its own: it reads the scenario's, one draw for both.
    CHECK(plan.terms.back().credibility == plan.p_deal);
  }

  TEST_CASE("moments of each distribution family against their formulas")
  {
    check_moments(dist(DistKind::uniform, 2, 5), 3.5, 9.0 / 12);
    check_moments(dist(DistKind::triangular, 0, 1, 4), 5.0 / 3, (0 + 1 + 16 - 0 - 0 - 4) / 18.0);
    check_moments(dist(DistKind::normal, 3, 2), 3, 4);
    check_moments(dist(DistKind::beta, 6, 4), 0.6, 6.0 * 4 / (100 * 11));
    check_moments(dist(DistKind::beta, 0.5, 0.5), 0.5, 0.25 / 2);
    const double mu = 1, sigma = 0.5;
    check_moments(dist(DistKind::lognormal, mu, sigma), std::exp(mu + sigma * sigma / 2),
                  (std::exp(sigma * sigma) - 1) * std::exp(2 * mu + sigma * sigma));
    // range: lognormal when both ends are positive, with p5 and p95 where they are written
    const double z = 1.6448536269514722, s = std::log(4.0) / (2 * z);
    check_moments(dist(DistKind::range, 10, 40), 20 * std::exp(s * s / 2),
                  (std::exp(s * s) - 1) * 400 * std::exp(s * s));
    check_moments(dist(DistKind::range, -1, 1), 0, std::pow(1 / z, 2));
  }

  TEST_CASE("the gamma sampler's second squeeze accepts only tries the logarithms accept")
  {
    // shapes from the beta inputs' (2 to 8), boosted small ones (d = shape + 2/3) and large ones;
    // normals across the support of 1 + c x > 0, uniforms from 0 to the largest below 1
    std::size_t accepted = 0, squeezed = 0, wrong = 0;
    for (double shape : {0.05, 0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 30.0, 1000.0}) {
      const double d = shape - 1.0 / 3, c = 1 / std::sqrt(9 * d);
      for (int i = 1; i < 2000; ++i) {
        const double x = -1 / c + i * (1 / c + 9) / 2000;
        const double w = 1 + c * x, v = w * w * w;
        for (double u = 0; u < 1; u = u < 0.9 ? u + 0.0137 : 1 - (1 - u) / 3) {
          if (u < 1 - 0.0331 * x * x * x * x)
            continue; // the first squeeze decides
          const bool exact = std::log(u) < 0.5 * x * x + d * (1 - v + std::log(v));
          const bool squeeze = gamma_squeeze_accepts(d, c, x, u);
          accepted += exact;
          squeezed += squeeze;
          wrong += squeeze && !exact;
        }
      }
    }
    CHECK(wrong == 0);
    // and it decides most of the tries that the logarithms accept (on this grid)
    CHECK(accepted > 100000);
    CHECK(double(squeezed) > 0.5 * double(accepted));
    // at the edges: u = 0 (log u = -inf) is accepted by both; a try far in the tail by neither
    CHECK(gamma_squeeze_accepts(5.0 / 3, 1 / std::sqrt(15.0), 2, 0));
    CHECK_FALSE(gamma_squeeze_accepts(5.0 / 3, 1 / std::sqrt(15.0), -3.5, 0.999));
  }

  TEST_CASE("range: 90% of draws fall between p5 and p95")
  {
    for (Value v : {dist(DistKind::range, 10, 40), dist(DistKind::range, -1, 3)}) {
      Sampler sampler(v, Range{-1e300, 1e300});
      std::vector<double> d(200'000);
      Stream stream(1, 2, 3);
      sampler.fill(stream, d.data(), d.size());
      const auto inside = std::count_if(d.begin(), d.end(), [&](double x) {
        return x >= v.dist.params[0] && x <= v.dist.params[1];
      });
      CHECK(double(inside) / double(d.size()) == doctest::Approx(0.9).epsilon(0.005));
    }
  }

  TEST_CASE("draws are clamped to the input's range and counted")
  {
    // normal(0.5, 0.5) on [0, 1]: P(outside) = 2 * Phi(-1) = 0.31731
    Sampler sampler(dist(DistKind::normal, 0.5, 0.5), ranges::share);
    std::vector<double> d(200'000);
    Stream stream(11, 0, 0);
    const std::uint64_t clamped = sampler.fill(stream, d.data(), d.size());
    CHECK(*std::min_element(d.begin(), d.end()) == 0.0);
    CHECK(*std::max_element(d.begin(), d.end()) == 1.0);
    const double share = double(clamped) / double(d.size());
    CHECK(std::abs(share - 0.31731) < 5 * std::sqrt(0.31731 * 0.68269 / double(d.size())));
  }

  TEST_CASE("P(net > 0) of one normal input, worked analytically")
  {
    // m2 has one effect, on pri (weight 1 of 4); net = 0.25 * e with e ~ normal(0.2, 1):
    // P(net > 0) = Phi(0.2) = 0.579260; benefits-outweigh when net > 0.1, e > 0.4: 1 - Phi(0.2).
    Scenario s =
        test::scenario(head + "offer: [{measure: m2, effects: {pri: {normal: [0.2, 1]}}}]\n");
    Simulation sim = run_sim({&s}, 200'000);
    const SimResult& r = sim.results[0];
    CHECK(sim.samples == 200'000);
    const double p = 0.579259709439103;
    CHECK(r.p_net_positive_se ==
          doctest::Approx(std::sqrt(r.p_net_positive * (1 - r.p_net_positive) / 200'000.0)));
    CHECK(std::abs(r.p_net_positive - p) < 4 * r.p_net_positive_se);
    CHECK(std::abs(r.verdicts[0] - (1 - p)) < 4 * r.verdicts_se[0]);
    CHECK(r.verdicts[0] + r.verdicts[1] + r.verdicts[2] == doctest::Approx(1));
    CHECK(std::abs(r.net.mean - 0.05) < 4 * 0.25 / std::sqrt(200'000.0));
    CHECK(r.net.sd == doctest::Approx(0.25).epsilon(0.01));
    CHECK(r.net.q[2] == doctest::Approx(0.05).epsilon(0.05));
    // EVPI = E[max(0, X)] - max(0, E[X]) for X ~ normal(0.05, 0.25): m Phi(m/s) + s phi(m/s) - m
    const double m = 0.05, sd = 0.25;
    boost::math::normal_distribution<> unit;
    const double evpi =
        m * boost::math::cdf(unit, m / sd) + sd * boost::math::pdf(unit, m / sd) - m;
    CHECK(r.evpi == doctest::Approx(evpi).epsilon(0.03));
    REQUIRE(r.drivers.size() == 1);
    CHECK(r.drivers[0].path == "offer.m2.effects.pri");
    CHECK(r.drivers[0].rank_correlation == doctest::Approx(1));
    CHECK(r.drivers[0].variance_share == doctest::Approx(1).epsilon(0.01));
    // With the only input known, nothing is left uncertain: EVPPI = EVPI.
    CHECK(r.drivers[0].evppi == doctest::Approx(evpi).epsilon(0.03));
  }

  TEST_CASE("an input that does not move net has no rank correlation, variance share or EVPPI")
  {
    Scenario s =
        test::scenario(head + "offer: [{measure: m2, effects: {pri: {normal: [0.2, 1]}}}]\n"
                              "asks: [{item: a1, amount: 0, credibility: {uniform: [0, 1]}}]\n");
    Simulation sim = run_sim({&s}, 100'000);
    REQUIRE(sim.results[0].drivers.size() == 2);
    const Driver& idle = sim.results[0].drivers[1];
    CHECK(idle.path == "asks.a1.credibility");
    CHECK(std::abs(idle.rank_correlation) < 4 / std::sqrt(100'000.0));
    CHECK(idle.variance_share < 0.01); // the binned estimator's bias is about sqrt(n)/n
    CHECK(idle.evppi < 0.01 * sim.results[0].evpi + 1e-3);
  }

  TEST_CASE("without uncertainty every sample is eval, and EVPI is 0")
  {
    Scenario s = test::preset("potash-2025");
    s.model = test::at_means(*s.model); // the scenario's numbers are points already
    Simulation sim = run_sim({&s}, 5000);
    const Evaluation ev = evaluate(s, 0);
    const SimResult& r = sim.results[0];
    CHECK(r.net.mean == doctest::Approx(ev.net).epsilon(1e-12));
    CHECK(r.net.sd == doctest::Approx(0).epsilon(1e-12));
    for (double q : r.net.q)
      CHECK(q == ev.net);
    CHECK(r.evpi == doctest::Approx(0).epsilon(1e-12));
    CHECK(r.p_net_positive == (ev.net > 0 ? 1.0 : 0.0)); // every sample is the same net
    CHECK(r.drivers.empty());
  }

  TEST_CASE("bit-identical results for 1, 2 and 7 threads")
  {
    Scenario s = test::scenario(head + "credibility: {beta: [6, 4]}\n"
                                       "offer: [{measure: m1, scope: {uniform: [0.2, 0.9]}}]\n"
                                       "asks: [{item: a1, amount: {range: [10, 90]}}]\n");
    auto a = run_sim({&s}, 50'001, 1), b = run_sim({&s}, 50'001, 2), c = run_sim({&s}, 50'001, 7);
    for (const Simulation* other : {&b, &c}) {
      const SimResult &x = a.results[0], &y = other->results[0];
      CHECK(x.net.mean == y.net.mean);
      CHECK(x.net.sd == y.net.sd);
      CHECK(x.net.q == y.net.q);
      CHECK(x.benefits.q == y.benefits.q);
      CHECK(x.p_net_positive == y.p_net_positive);
      CHECK(x.evpi == y.evpi);
      REQUIRE(x.drivers.size() == y.drivers.size());
      for (std::size_t d = 0; d < x.drivers.size(); ++d) {
        CHECK(x.drivers[d].path == y.drivers[d].path);
        CHECK(x.drivers[d].evppi == y.drivers[d].evppi);
        CHECK(x.drivers[d].rank_correlation == y.drivers[d].rank_correlation);
      }
    }
  }

  TEST_CASE("common random numbers: a scenario never beats itself; the same input, the same draws")
  {
    const std::string text = head + "credibility: {beta: [6, 4]}\n"
                                    "offer: [{measure: m1, scope: {uniform: [0.2, 0.9]}}]\n";
    Scenario a = test::scenario(text), b = test::scenario(text);
    Scenario c = test::scenario(head + "credibility: {beta: [6, 4]}\n"
                                       "offer: [{measure: m1, scope: {uniform: [0.2, 0.9]}}]\n"
                                       "asks: [{item: a1, amount: 20}]\n");
    Simulation sim = run_sim({&a, &b, &c}, 20'000);
    CHECK(sim.results[0].p_beats[1] == 0.0);
    CHECK(sim.results[1].p_beats[0] == 0.0);
    CHECK(!sim.results[0].p_beats[0]);
    // c adds a fixed ask to the same draws: it is better in every sample.
    CHECK(sim.results[2].p_beats[0] == 1.0);
    CHECK(sim.results[0].p_beats[2] == 0.0);
    CHECK(*sim.results[2].p_first == 1.0);
    CHECK(*sim.results[0].p_first == 0.0);
  }

  TEST_CASE("the same package under two belief sets is not its own rival")
  {
    Scenario a = test::scenario(head + "offer: [{measure: m1, scope: {uniform: [0.2, 0.9]}}]\n");
    Scenario b = a;
    auto believed = std::make_shared<Model>(*a.model);
    believed->belief = "sceptic";
    b.model = believed;
    Simulation sim = run_sim({&a, &b}, 4096);
    CHECK(!sim.results[0].p_beats[1]); // different cells: no pair, no ranking
    CHECK(!sim.results[1].p_beats[0]);
    CHECK(!sim.results[0].p_first);
  }

  TEST_CASE("ties for first place are shared")
  {
    Scenario a = test::scenario(head + "offer: [{measure: m1, scope: {uniform: [0.2, 0.9]}}]\n");
    Scenario b = a;
    Simulation sim = run_sim({&a, &b}, 4096);
    CHECK(*sim.results[0].p_first == 0.5);
    CHECK(*sim.results[1].p_first == 0.5);
  }

  TEST_CASE("shards: runs of whole chunks; their chunks sum to the whole run's figures exactly")
  {
    // 300,000 samples are 10 chunks of 32,768: 4 shards take 2, 3, 2 and 3 of them
    CHECK(shard_chunks(300'000, 0, 0) == std::pair<std::uint64_t, std::uint64_t>{0, 10});
    CHECK(shard_chunks(300'000, 1, 4) == std::pair<std::uint64_t, std::uint64_t>{0, 2});
    CHECK(shard_chunks(300'000, 2, 4) == std::pair<std::uint64_t, std::uint64_t>{2, 5});
    CHECK(shard_chunks(300'000, 3, 4) == std::pair<std::uint64_t, std::uint64_t>{5, 7});
    CHECK(shard_chunks(300'000, 4, 4) == std::pair<std::uint64_t, std::uint64_t>{7, 10});
    Scenario a = test::scenario(head + "credibility: {beta: [6, 4]}\n"
                                       "offer: [{measure: m1, scope: {uniform: [0.2, 0.9]}}]\n");
    Scenario b = test::scenario(head + "offer: [{measure: m1, scope: {uniform: [0.2, 0.9]}}]\n"
                                       "asks: [{item: a1, amount: {range: [10, 90]}}]\n");
    const std::uint64_t n = 150'001; // 5 chunks, the last one short
    const Simulation whole = run_sim({&a, &b}, n, 2);
    std::vector<SimTally> total(2);
    std::vector<std::uint64_t> first(2, 0);
    for (std::uint64_t k = 1; k <= 3; ++k) {
      SimulateOptions o;
      o.samples = n;
      o.threads = 2;
      o.shard_index = k;
      o.shard_count = 3;
      const Simulation shard = simulate({{&a, 0}, {&b, 0}}, o);
      CHECK(shard.first_chunk == shard_chunks(n, k, 3).first);
      for (std::size_t i = 0; i < 2; ++i) {
        for (const SimTally& c : shard.states[i].chunks)
          total[i].merge(c);
        first[i] += shard.states[i].first[0];
        // the detail statistics are every shard's alike: the whole run's
        CHECK(shard.results[i].benefits.q == whole.results[i].benefits.q);
        CHECK(shard.results[i].drivers[0].evppi == whole.results[i].drivers[0].evppi);
      }
    }
    for (std::size_t i = 0; i < 2; ++i) {
      SimResult merged;
      tally_figures(total[i], total[i].net.n, false, merged);
      CHECK(total[i].net.n == n);
      CHECK(merged.net.mean == whole.results[i].net.mean);
      CHECK(merged.net.sd == whole.results[i].net.sd);
      CHECK(merged.p_net_positive == whole.results[i].p_net_positive);
      CHECK(merged.evpi == whole.results[i].evpi);
      CHECK(merged.criteria[0].sd == whole.results[i].criteria[0].sd);
      CHECK(p_first_of({first[i]}, n) == *whole.results[i].p_first);
    }
  }

  TEST_CASE("quantiles from buckets: exact ranks, values interpolated within the bucket read")
  {
    // draws 1 2 3 | 10 15 | 25 between the edges 10 and 20
    NetBuckets b{{10, 20}, {3, 2, 1}, {1, 10, 25}, {3, 15, 25}};
    double bound = 0;
    const std::array<double, 5> q = bucket_quantiles(b, 6, &bound);
    CHECK(q[0] == 1.25); // h = 0.25: 1 + 0.25 (2 - 1), 2 read as 1 + (3 - 1) 1/2
    CHECK(q[2] == 6.5);  // h = 2.5: 3 + 0.5 (10 - 3)
    CHECK(q[4] == 22.5); // h = 4.75: 15 + 0.75 (25 - 15)
    CHECK(bound == 5);   // the widest bucket read: [10, 15]
    CHECK(p_first_of({6, 2, 3}, 10) == 0.8); // 6 alone, 2 shared by two, 3 by three
  }

  TEST_CASE("a stop request ends after whole blocks, and says so")
  {
    Scenario s = test::scenario(head + "offer: [{measure: m1, scope: {uniform: [0.2, 0.9]}}]\n");
    std::atomic<bool> stop{false};
    SimulateOptions o;
    o.samples = 100 * k_block;
    o.stop = &stop;
    o.progress = [&](std::uint64_t done) {
      if (done >= 3 * k_block)
        stop = true;
    };
    Simulation sim = simulate({{&s, 0}}, o);
    CHECK(sim.interrupted);
    CHECK(sim.samples == 3 * k_block);
    CHECK(sim.requested == 100 * k_block);
    Simulation whole = run_sim({&s}, 3 * k_block);
    CHECK(sim.results[0].net.q == whole.results[0].net.q); // the same samples as a shorter run
  }

  TEST_CASE("quantiles interpolate between order statistics (R's type 7)")
  {
    std::vector<double> v = {5, 1, 4, 2, 3};
    auto q = quantiles(v);
    CHECK(q[0] == doctest::Approx(1.2));
    CHECK(q[1] == 2);
    CHECK(q[2] == 3);
    CHECK(q[3] == 4);
    CHECK(q[4] == doctest::Approx(4.8));
  }

  TEST_CASE(
      "big arrays: writable, huge-page aligned when they span one, and sized without overflow")
  {
    CHECK(big_array(0) != nullptr);
    const std::size_t n = 300'000; // 2.4 MB: more than one 2 MB page
    BigArray a = big_array(n);
    CHECK(reinterpret_cast<std::uintptr_t>(a.get()) % (std::size_t{2} << 20) == 0);
    for (std::size_t i = 0; i < n; ++i)
      a[i] = double(i);
    CHECK(a[n - 1] == double(n - 1));
    // n * 8 would wrap around: refused, not a small allocation
    CHECK_THROWS_AS(big_array(static_cast<std::size_t>(-1) / 4), std::bad_alloc);
  }

  TEST_CASE("value_range: the values std::minmax_element finds, zeros' signs and NaN included")
  {
    auto same = [](double a, double b) {
      return std::signbit(a) == std::signbit(b) && (a == b || (std::isnan(a) && std::isnan(b)));
    };
    Stream s(4, 5, 6);
    auto draw = [&] { return double(s() >> 11) * 0x1.0p-53 - 0.5; };
    for (std::size_t n : {1, 2, 3, 4, 5, 7, 8, 9, 1000, 1001, 1002, 1003}) {
      for (int variant = 0; variant < 7; ++variant) {
        std::vector<double> v(n);
        for (double& x : v)
          x = draw();
        if (variant == 1) // the extremes at the ends (the first lanes, the tail)
          v.front() = -1, v.back() = 1;
        if (variant == 2) // a minimum of zero, in both signs: the first one counts
          for (std::size_t i = 0; i < n; ++i)
            v[i] = i % 3 == 0 ? -0.0 : i % 3 == 1 ? 0.0 : std::abs(v[i]) + 0.1;
        if (variant == 3) // a NaN inside
          v[n / 2] = std::nan("");
        if (variant == 4) // ties everywhere
          std::fill(v.begin(), v.end(), 2.5);
        if (variant >= 5 && n >= 5) { // zeros of both signs in different lanes, the first at 1
          for (double& x : v)
            x = (variant == 5 ? 1 : -1) * (std::abs(x) + 0.1);
          v[1] = variant == 5 ? 0.0 : -0.0;
          v[4] = variant == 5 ? -0.0 : 0.0;
        }
        const auto [lo, hi] = value_range(v);
        const auto [lo_it, hi_it] = std::minmax_element(v.begin(), v.end());
        INFO("n = ", n, ", variant ", variant);
        CHECK(same(lo, *lo_it));
        CHECK(same(hi, *hi_it));
      }
    }
  }

  TEST_CASE("sums_of and moments_of: each column's sum_of and Moments::of, to the bit")
  {
    Stream s(7, 8, 9);
    std::vector<std::vector<double>> data(5);
    for (std::size_t n : {0, 1, 3, 4, 5, 7, 4096, 4099}) {
      std::vector<const double*> columns;
      for (auto& d : data) {
        d.resize(n);
        for (double& x : d) // spread over magnitudes, so that the order of additions shows
          x = (double(s() >> 11) * 0x1.0p-53 - 0.3) * std::exp2(double(s() % 40) - 20);
        columns.push_back(d.data());
      }
      for (std::size_t k = 1; k <= columns.size(); ++k) {
        std::vector<double> sums(k);
        std::vector<Moments> moments(k);
        sums_of(columns.data(), k, n, sums.data());
        moments_of(columns.data(), k, n, moments.data());
        for (std::size_t c = 0; c < k; ++c) {
          INFO("n = ", n, ", k = ", k, ", column ", c);
          const Moments one = Moments::of(columns[c], n);
          CHECK(sums[c] == sum_of(columns[c], n));
          CHECK(moments[c].n == one.n);
          CHECK(moments[c].mean == one.mean);
          CHECK(moments[c].m2 == one.m2);
        }
      }
    }
  }

  TEST_CASE("ranks: ties share their mean rank")
  {
    CHECK(ranks(std::vector<double>{3, 1, 3, 2}) == std::vector<double>{3.5, 1, 3.5, 2});
  }

  TEST_CASE("ranks: values that differ only in their last bits, signs and zeros, in any order")
  {
    // values 1 + k ulp, a tie among them and 5000 uniform draws within 1e-12 of 1 all share one
    // key of the radix sort (put in order by std::sort, and fast); 0, -0 and +-1e-300 share
    // another (by insertion); the rest have keys of their own
    std::vector<double> v = {0.0, -0.0, -2.5, 1e-300, -1e-300, 7, -7};
    for (int k = 40; k >= 0; --k)
      v.push_back(1 + k * 0x1.0p-52);
    v.push_back(1 + 3 * 0x1.0p-52); // a tie inside the run
    Stream s(1, 2, 3);
    for (int i = 0; i < 5000; ++i)
      v.push_back(1 + 1e-12 * (double(s() >> 11) * 0x1.0p-53 - 0.5));
    std::vector<double> expected(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) { // by definition: 1 + below + (equal - 1) / 2
      double below = 0, equal = 0;
      for (double w : v) {
        below += w < v[i] ? 1 : 0;
        equal += w == v[i] ? 1 : 0;
      }
      expected[i] = 1 + below + (equal - 1) / 2;
    }
    CHECK(ranks(v) == expected);
  }

  TEST_CASE("sorted_order marks where a value equals the one before it")
  {
    // 0 and -0 are equal and share a key; 1 and 1 + 2^-52 differ but share one; 2, 2, 2 share
    // a key and a value; 5 has a key of its own
    const std::vector<double> v = {2, 1 + 0x1.0p-52, 0.0, 5, 2, 1, -0.0, 2, 1};
    std::vector<std::uint8_t> same;
    const auto order = sorted_order(v, &same);
    CHECK(order == std::vector<std::uint32_t>{2, 6, 5, 8, 1, 0, 4, 7, 3});
    CHECK(same == std::vector<std::uint8_t>{0, 1, 0, 1, 0, 0, 1, 1, 0});
    const std::vector<double> equal(40, 3.25); // one key: a run sorted by std::sort
    std::vector<std::uint8_t> all_but_first(40, 1);
    all_but_first[0] = 0;
    CHECK(sorted_order(equal, &same).front() == 0);
    CHECK(same == all_but_first);
    CHECK(sorted_order(std::vector<double>{}, &same).empty());
    CHECK(same.empty());
  }
}

TEST_SUITE("simulate")
{
  TEST_CASE("a rank correlation of 0.9 (or -0.5) shows in the draws' rank correlation")
  {
    for (double rho : {0.9, -0.5}) {
      Scenario s = test::scenario(
          fmt::format("relief: 1\ncredibility: {{beta: [6, 4]}}\n"
                      "offer: [{{measure: m1, scope: {{uniform: [0.2, 0.9]}}}}]\n"
                      "asks: [{{item: a1, amount: {{range: [10, 90]}}}}]\n"
                      "correlations: [{{between: [credibility, asks.a1.amount], rank: {}}}]\n",
                      rho));
      std::vector<std::vector<double>> draws(3);
      SimulateOptions o;
      o.samples = 40'000;
      o.sink = [&](const std::vector<SampleBlock>& blocks) {
        for (std::size_t u = 0; u < 3; ++u) // blocks arrive in order on one thread
          draws[u].insert(draws[u].end(), (*blocks[0].inputs)[u].begin(),
                          (*blocks[0].inputs)[u].begin() + std::ptrdiff_t(blocks[0].count));
      };
      simulate({{&s, 0}}, o);
      const Plan plan = compile(s, 0);
      REQUIRE(plan.path(plan.uncertain[0]) == "credibility");
      REQUIRE(plan.path(plan.uncertain[2]) == "asks.a1.amount");
      auto spearman = [](const std::vector<double>& a, const std::vector<double>& b) {
        auto ra = ranks(a), rb = ranks(b);
        Moments ma = Moments::of(ra.data(), ra.size()), mb = Moments::of(rb.data(), rb.size());
        double cov = 0;
        for (std::size_t i = 0; i < ra.size(); ++i)
          cov += (ra[i] - ma.mean) * (rb[i] - mb.mean);
        return cov / std::sqrt(ma.m2 * mb.m2);
      };
      INFO("rho ", rho);
      CHECK(spearman(draws[0], draws[2]) == doctest::Approx(rho).epsilon(0.02));
      CHECK(std::abs(spearman(draws[0], draws[1])) < 0.03); // the scope stays independent
      // Each input keeps its own distribution: the mean of beta(6, 4) is 0.6.
      CHECK(Moments::of(draws[0].data(), draws[0].size()).mean ==
            doctest::Approx(0.6).epsilon(0.01));
    }
  }
}

namespace {

// Return the Kolmogorov-Smirnov statistic of n draws of v (seeded by seed) against cdf.
template <class Cdf> double ks_statistic(const Value& v, std::uint64_t seed, Cdf cdf)
{
  constexpr std::size_t n = 50'000;
  Sampler sampler(v, Range{-1e300, 1e300});
  std::vector<double> d(n);
  Stream stream(seed, 0, path_key("ks"));
  sampler.fill(stream, d.data(), n);
  std::sort(d.begin(), d.end());
  double worst = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double f = cdf(d[i]);
    worst = std::max({worst, std::abs(f - double(i + 1) / n), std::abs(f - double(i) / n)});
  }
  return worst;
}

} // namespace

TEST_CASE("samplers: each draws from its exact distribution (Kolmogorov-Smirnov at fixed seeds)")
{
  // the critical value of D at the 0.1% level for 50,000 draws: 1.949 / sqrt(n)
  const double critical = 1.949 / std::sqrt(50'000.0);
  namespace bm = boost::math;
  for (std::uint64_t seed : {1u, 2u, 3u}) {
    CAPTURE(seed);
    CHECK(ks_statistic(dist(DistKind::normal, 1.5, 0.4), seed, [](double x) {
            return bm::cdf(bm::normal_distribution<>(1.5, 0.4), x);
          }) < critical);
    CHECK(ks_statistic(dist(DistKind::lognormal, 0.2, 0.7), seed, [](double x) {
            return bm::cdf(bm::lognormal_distribution<>(0.2, 0.7), x);
          }) < critical);
    CHECK(ks_statistic(dist(DistKind::uniform, -2, 5), seed, [](double x) {
            return bm::cdf(bm::uniform_distribution<>(-2, 5), x);
          }) < critical);
    CHECK(ks_statistic(dist(DistKind::triangular, 6, 18, 60), seed, [](double x) {
            return bm::cdf(bm::triangular_distribution<>(6, 18, 60), x);
          }) < critical);
    // beta by Marsaglia and Tsang's gamma: shapes above and below 1, and the model's
    for (const auto& shape :
         {std::pair{8.5, 1.5}, std::pair{2.0, 5.0}, std::pair{0.5, 0.5}, std::pair{0.3, 3.0}}) {
      const double a = shape.first, b = shape.second; // plain names: lambdas capture them
      CAPTURE(a);
      CAPTURE(b);
      CHECK(ks_statistic(dist(DistKind::beta, a, b), seed, [a, b](double x) {
              return bm::cdf(bm::beta_distribution<>(a, b), std::clamp(x, 0.0, 1.0));
            }) < critical);
    }
  }
}
