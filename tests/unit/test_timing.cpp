// The price of waiting (SPEC 3 steps 3 and 11): the evaluation against the reference on random
// scenarios, and timing -n against the deterministic strategies.
#include <cmath>
#include <doctest/doctest.h>
#include <random>

#include "analysis/timing.hpp"
#include "analysis/timing_simulate.hpp"
#include "fixtures.hpp"
#include "reference_eval.hpp"

using namespace relief;

namespace {

// Return a random scenario of the default model: random offers (conditional, reversible),
// asks, credibility, timing and delay.
Scenario random_scenario(std::mt19937_64& rng)
{
  const Model& m = *default_model();
  std::uniform_real_distribution<double> u(0, 1);
  Scenario s = test::preset("pragmatic-engagement");
  s.offer.clear();
  s.asks.clear();
  s.credibility = point(u(rng));
  s.timing = static_cast<Timing>(rng() % 3);
  if (u(rng) < 0.5)
    s.delay_months = point(std::floor(u(rng) * 150));
  else
    s.delay_months.reset();
  for (std::size_t i = 0; i < m.measures.size(); ++i)
    if (u(rng) < 0.4) {
      OfferItem o;
      o.measure = i;
      o.scope = point(u(rng));
      o.conditional = u(rng) < 0.3;
      o.reversible = !o.conditional && u(rng) < 0.3;
      s.offer.push_back(o);
    }
  for (std::size_t i = 0; i < m.asks.size(); ++i)
    if (u(rng) < 0.5) {
      AskItem a;
      a.ask = i;
      a.amount = point(u(rng) * m.asks[i].max_amount.mean * 1.2);
      if (u(rng) < 0.5)
        a.credibility = point(u(rng));
      s.asks.push_back(a);
    }
  return s;
}

// Return the default model at its means (every judgment a point) with two later moments at fixed
// delays (24 and 48 months).
std::shared_ptr<const Model> fixed_delays()
{
  auto m = test::at_means(*default_model());
  m->timings[2].delay_months = point(24);
  m->timings[3].delay_months = point(48);
  return m;
}

TimingSimulation run(const Scenario& s, std::uint64_t n, unsigned threads = 1)
{
  SimulateOptions o;
  o.samples = n;
  o.threads = threads;
  return simulate_timing(s, 0, o);
}

} // namespace

TEST_SUITE("timing")
{
  TEST_CASE("evaluate agrees with the reference on 2000 random scenarios, bit for bit")
  {
    std::mt19937_64 rng(20251128);
    for (int i = 0; i < 2000; ++i) {
      const Scenario s = random_scenario(rng);
      const std::size_t p = rng() % s.model->perspectives.size();
      const Evaluation want = test::reference_evaluate(s, p);
      const Evaluation got = evaluate(s, p);
      INFO("scenario ", i);
      CHECK(got.net == want.net);
      for (std::size_t c = 0; c < want.criteria.size(); ++c)
        CHECK(got.criteria[c].score == want.criteria[c].score);
    }
  }

  TEST_CASE("timing -n: with fixed delays, each strategy's mean is arrives x net")
  {
    Scenario s = test::preset("pragmatic-engagement");
    s.model = fixed_delays();
    // only the arrivals are uncertain once the scenario's own distributions are points
    s.credibility = point(s.credibility->mean);
    for (AskItem& a : s.asks) {
      a.amount = point(a.amount.mean);
      if (a.credibility)
        a.credibility = point(a.credibility->mean);
    }
    const std::uint64_t n = 200'000;
    const TimingSimulation sim = run(s, n);
    const TimingResult det = timing(s, 0);
    double p_best = 0;
    for (std::size_t t = 0; t < k_timings; ++t) {
      const Summary& v = sim.sim.results[t].net;
      const double a = det.at[t].arrives, net = det.at[t].eval.net;
      // a Bernoulli(a) times net: mean a net, sd |net| sqrt(a (1 - a))
      const double sd = std::abs(net) * std::sqrt(a * (1 - a));
      CHECK(v.sd == doctest::Approx(sd).epsilon(0.01));
      CHECK(std::abs(v.mean - a * net) <= 5 * sd / std::sqrt(double(n)) + 1e-12);
      p_best += *sim.sim.results[t].p_first;
    }
    CHECK(p_best == doctest::Approx(1));
    CHECK(sim.sim.results[0].net.sd == 0); // now always comes
    CHECK(sim.best == det.best);
  }

  TEST_CASE("timing -n: a moment that never comes is worth 0 in every sample; bit-identical "
            "for any number of threads")
  {
    Scenario s = test::preset("potash-2025");
    auto m = std::make_shared<Model>(*default_model());
    m->timings[3].arrives = point(0);
    s.model = m;
    const TimingSimulation one = run(s, 50'000, 1), two = run(s, 50'000, 2);
    CHECK(one.sim.results[3].net.mean == 0);
    CHECK(one.sim.results[3].net.sd == 0);
    for (std::size_t t = 0; t < k_timings; ++t) {
      CHECK(one.sim.results[t].net.mean == two.sim.results[t].net.mean);
      CHECK(one.sim.results[t].p_first == two.sim.results[t].p_first);
    }
  }

  TEST_CASE("timing -n: a sampled delay gives the mean of net over its distribution")
  {
    // after-lukashenka certain to come, its delay triangular(6, 51, 120), every other input a
    // point: the strategy's mean is the integral of net(t) over the triangular density.
    Scenario s = test::preset("potash-2025");
    // every judgment at its mean but the delay of after-lukashenka
    auto m = test::at_means(*default_model());
    const auto later = static_cast<std::size_t>(Timing::after_lukashenka);
    m->timings[later].delay_months = default_model()->timings[later].delay_months;
    m->timings[3].arrives = point(1);
    s.model = m;
    s.credibility = point(s.credibility ? s.credibility->mean : 0.5);
    for (AskItem& a : s.asks) {
      a.amount = point(a.amount.mean);
      if (a.credibility)
        a.credibility = point(a.credibility->mean);
    }
    Scenario at = s;
    at.timing = Timing::after_lukashenka;
    auto density = [](double t) {
      return t < 51 ? 2 * (t - 6) / (114.0 * 45) : 2 * (120 - t) / (114.0 * 69);
    };
    double integral = 0, square = 0;
    const int k = 11400; // midpoint rule, 0.01-month steps
    for (int i = 0; i < k; ++i) {
      const double t = 6 + (i + 0.5) * 0.01;
      at.delay_months = point(t);
      const double net = evaluate(at, 0).net;
      integral += net * density(t) * 0.01;
      square += net * net * density(t) * 0.01;
    }
    const double sd = std::sqrt(square - integral * integral);
    const std::uint64_t n = 100'000;
    const TimingSimulation sim = run(s, n);
    CHECK(sim.sim.results[3].net.sd == doctest::Approx(sd).epsilon(0.02));
    CHECK(std::abs(sim.sim.results[3].net.mean - integral) < 5 * sd / std::sqrt(double(n)));
  }
}
