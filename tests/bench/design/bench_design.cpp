// The design benchmark (tests/bench/bench_design.sh): how many packages `relief design` evaluates
// per second on one core, against evaluate() of one package (what `relief eval` runs per scenario),
// measured in one run; and the default search at each moment on one and on two threads.
#include <chrono>
#include <fmt/format.h>

#include "analysis/design.hpp"
#include "model.hpp"

using namespace relief;
using Clock = std::chrono::steady_clock;

static double seconds_since(Clock::time_point t)
{
  return std::chrono::duration<double>(Clock::now() - t).count();
}

int main()
{
  const auto model = default_model();
  // an exhaustive search (no bound prunes anything) of a grid of about 1.7 million packages: four
  // measures at scopes 0.5 and 1 in three forms, four asks at 0, 1/2 and all, prisoners in 6 steps
  DesignSpace small = default_space(*model);
  small.scope_step = 0.5;
  for (std::size_t m = 0; m < model->measures.size(); ++m)
    small.scope_max[m] = m < 4 ? 1 : 0;
  for (std::size_t a = 0; a < model->asks.size(); ++a) {
    const double max = model->asks[a].max_amount.mean;
    small.asks[a] = a < 5 ? DesignSpace::AskGrid{0, max, a == 0 ? max / 5 : max / 2}
                          : DesignSpace::AskGrid{0, 0, 1};
  }
  DesignOptions all;
  all.best = 5;
  all.frontier = false;
  all.exhaustive = true;
  auto t0 = Clock::now();
  const DesignResult r = design(model, 0, Timing::now, small, all);
  const double exhaustive = seconds_since(t0);
  const double per_second = static_cast<double>(r.evaluated) / exhaustive;

  // evaluate() of one package, as eval does per scenario (compile the plan, run it)
  const Scenario s = package_scenario(r.best.front(), model, Timing::now, small);
  const int reps = 20000;
  double sink = 0;
  t0 = Clock::now();
  for (int i = 0; i < reps; ++i)
    sink += evaluate(s, 0).net;
  const double eval_each = seconds_since(t0) / reps;

  fmt::print("| measure | value |\n| --- | ---: |\n");
  fmt::print("| exhaustive design, packages evaluated | {} |\n", r.evaluated);
  fmt::print("| exhaustive design, seconds (1 thread) | {:.3f} |\n", exhaustive);
  fmt::print("| **design: packages evaluated per second per core** | **{:.3g}** |\n", per_second);
  fmt::print("| evaluate() of one package, microseconds | {:.2f} |\n", eval_each * 1e6);
  fmt::print("| evaluate(): packages per second | {:.3g} |\n", 1 / eval_each);
  fmt::print("| **ratio: design / evaluate() per package** | **{:.1f}x** |\n",
             per_second * eval_each);
  fmt::print("\n(check: {:.6f})\n\n", sink / reps);

  fmt::print("| default grid, balanced, central | grid | nodes bounded | packages evaluated | "
             "1 thread s | 2 threads s | same result |\n| --- | ---: | ---: | ---: | ---: | ---: | "
             "--- |\n");
  const DesignSpace space = default_space(*model);
  for (std::size_t t = 0; t < k_timings; ++t) {
    DesignOptions one;
    one.frontier = false;
    DesignOptions two = one;
    two.threads = 2;
    t0 = Clock::now();
    const DesignResult a = design(model, 0, static_cast<Timing>(t), space, one);
    const double s1 = seconds_since(t0);
    t0 = Clock::now();
    const DesignResult b = design(model, 0, static_cast<Timing>(t), space, two);
    const double s2 = seconds_since(t0);
    bool same = a.best.size() == b.best.size();
    for (std::size_t i = 0; same && i < a.best.size(); ++i)
      same = a.best[i].ev.net == b.best[i].ev.net &&
             offer_text(a.best[i], *model) == offer_text(b.best[i], *model) &&
             asks_text(a.best[i], *model) == asks_text(b.best[i], *model);
    fmt::print("| {} | {:.3g} | {} | {} | {:.2f} | {:.2f} | {} |\n", k_timing_names[t], a.grid,
               a.nodes, a.evaluated, s1, s2, same ? "yes" : "NO");
  }
  return 0;
}
