// relief design (SPEC 4, issue 18 item 5): the branch-and-bound search against a brute force over
// the same grid, which evaluates every package as `relief eval` does; the grid and constraints;
// the scenario files it writes.
#include <algorithm>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <random>

#include "analysis/design.hpp"
#include "design_space.hpp"
#include "fixtures.hpp"

using namespace relief;

namespace {

struct Brute {
  double net, u;
  bool asks;
  std::string key; // the package in words, to compare with the search's
};

std::string key_of(const Scenario& s)
{
  const Model& m = *s.model;
  std::string out;
  for (const OfferItem& o : s.offer)
    out += fmt::format("{}:{}:{}:{};", m.measures[o.measure].id, o.scope.mean, o.conditional,
                       o.reversible);
  out += "|";
  for (const AskItem& a : s.asks)
    out += fmt::format("{}:{};", m.asks[a.ask].id, a.amount.mean);
  return out;
}

// Every package of the grid, evaluated one by one: offers in the model's order, asks in the
// search's order (an ask and the one that cancels its offset together).
std::vector<Brute> brute_force(const std::shared_ptr<const Model>& model, std::size_t perspective,
                               Timing timing, const DesignSpace& space,
                               const std::vector<std::size_t>& ask_order)
{
  const std::size_t n = model->criteria.size();
  struct Option {
    std::size_t index;
    double value; // scope or amount
    int form;     // 0 plain, 1 conditional, 2 reversible; -1 for asks
  };
  std::vector<std::vector<Option>> dims;
  for (std::size_t m = 0; m < model->measures.size(); ++m) {
    std::vector<Option> o{{m, 0, 0}};
    for (int i = 1; i * space.scope_step <= space.scope_max[m] + 1e-12; ++i)
      for (int f = 0; f < 3; ++f)
        if (space.forms[m][static_cast<std::size_t>(f)])
          o.push_back({m, i * space.scope_step, f});
    if (o.size() > 1)
      dims.push_back(o);
  }
  for (std::size_t a : ask_order) {
    const auto& g = space.asks[a];
    std::vector<Option> o;
    for (int i = 0; g.min + i * g.step <= g.max + 1e-9; ++i)
      o.push_back({a, g.min + i * g.step, -1});
    if (!(o.size() == 1 && o[0].value == 0))
      dims.push_back(o);
  }
  std::vector<Brute> out;
  std::vector<std::size_t> at(dims.size(), 0);
  for (;;) {
    Scenario s;
    s.name = "brute";
    s.model = model;
    s.timing = timing;
    if (space.credibility)
      s.credibility = point(*space.credibility);
    s.weights.resize(n);
    for (std::size_t d = 0; d < dims.size(); ++d) {
      const Option& o = dims[d][at[d]];
      if (o.value == 0)
        continue;
      if (o.form >= 0) {
        OfferItem item;
        item.measure = o.index;
        item.scope = point(o.value);
        item.conditional = o.form == 1;
        item.reversible = o.form == 2;
        item.effects.resize(n);
        s.offer.push_back(std::move(item));
      } else {
        AskItem item;
        item.ask = o.index;
        item.amount = point(o.value);
        item.effects.resize(n);
        s.asks.push_back(std::move(item));
      }
    }
    if (!s.offer.empty() || !s.asks.empty()) {
      const Evaluation ev = evaluate(s, perspective);
      bool capped = false;
      for (std::size_t c = 0; c < n; ++c)
        if (space.caps[c] && ev.criteria[c].score > *space.caps[c])
          capped = true;
      if (!capped && ev.acceptable)
        out.push_back({ev.net, ev.regime_surplus.value_or(0), !s.asks.empty(), key_of(s)});
    }
    std::size_t d = 0;
    for (; d < dims.size(); ++d) {
      if (++at[d] < dims[d].size())
        break;
      at[d] = 0;
    }
    if (d == dims.size())
      break;
  }
  return out;
}

// The design's ask order: asks an offset ties together sit together (prisoners, repression-halt).
std::vector<std::size_t> search_ask_order(const Model& m)
{
  std::vector<std::size_t> order;
  for (std::size_t a = 0; a < m.asks.size(); ++a) {
    if (std::find(order.begin(), order.end(), a) != order.end())
      continue;
    order.push_back(a);
    for (const Offset& o : m.offsets)
      if (o.ask == a)
        order.push_back(o.cancelled_by);
  }
  return order;
}

void check_against_brute_force(const std::shared_ptr<const Model>& model, std::size_t perspective,
                               Timing timing, const DesignSpace& space, std::size_t k)
{
  std::vector<Brute> all = brute_force(model, perspective, timing, space, search_ask_order(*model));
  std::stable_sort(all.begin(), all.end(),
                   [](const Brute& a, const Brute& b) { return a.net > b.net; });
  DesignOptions o;
  o.best = k;
  o.frontier = true;
  const DesignResult r = design(model, perspective, timing, space, o);
  REQUIRE(r.best.size() == std::min(k, all.size()));
  for (std::size_t i = 0; i < r.best.size(); ++i) {
    // the same nets in the same order, to the last bit (ties may list different packages)
    CHECK(r.best[i].ev.net == all[i].net);
    CHECK(r.best[i].searched_net == r.best[i].ev.net);
    if ((i == 0 || all[i - 1].net != all[i].net) &&
        (i + 1 >= all.size() || all[i + 1].net != all[i].net))
      CHECK(key_of(package_scenario(r.best[i], model, timing, space)) == all[i].key);
  }
  // the frontier: the deals (with an ask) that the regime accepts and the EU gains from that no
  // other beats on both net and U
  const double margin = model->margin.mean;
  std::vector<std::pair<double, double>> expected;
  for (const Brute& b : all) {
    if (!b.asks || b.net < margin || b.u < 0)
      continue;
    bool dominated = false;
    for (const Brute& c : all)
      if (c.asks && c.net >= margin && c.u >= 0 && c.net >= b.net && c.u >= b.u &&
          (c.net > b.net || c.u > b.u))
        dominated = true;
    if (!dominated)
      expected.emplace_back(b.u, b.net);
  }
  std::sort(expected.begin(), expected.end());
  expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
  std::vector<std::pair<double, double>> got;
  for (const DesignPackage& p : r.frontier)
    got.emplace_back(p.ev.regime_surplus.value_or(0), p.ev.net);
  CHECK(got == expected);
}

// A grid of the default model narrowed to a few measures and asks.
DesignSpace narrow(const Model& m, const std::vector<std::string>& measures,
                   const std::vector<std::pair<std::string, DesignSpace::AskGrid>>& asks,
                   double step)
{
  DesignSpace s = default_space(m);
  s.scope_step = step;
  std::fill(s.scope_max.begin(), s.scope_max.end(), 0.0);
  for (const auto& id : measures)
    s.scope_max[*m.measure_index(id)] = 1;
  for (auto& g : s.asks)
    g = {0, 0, 1};
  for (const auto& [id, g] : asks)
    s.asks[*m.ask_index(id)] = g;
  return s;
}

} // namespace

TEST_SUITE("design")
{
  TEST_CASE("the search finds what a brute force over the same grid finds")
  {
    const auto model = default_model();
    const DesignSpace space =
        narrow(*model, {"diplomatic-normalisation", "potash-licence", "humanitarian-aid"},
               {{"prisoners", {0, 1150, 575}},
                {"repression-halt", {0, 1, 0.5}},
                {"migration-halt", {0, 1, 0.5}}},
               0.5);
    check_against_brute_force(model, 0, Timing::now, space, 10);
  }

  TEST_CASE("on random small catalogues, moments, perspectives, belief sets and constraints")
  {
    const auto central = default_model();
    std::mt19937 rng(20261206);
    for (int round = 0; round < 16; ++round) {
      CAPTURE(round);
      const auto model = with_belief(central, rng() % (central->beliefs.size() + 1));
      std::vector<std::string> measures;
      for (const Measure& m : model->measures)
        measures.push_back(m.id);
      std::shuffle(measures.begin(), measures.end(), rng);
      measures.resize(2 + rng() % 2);
      std::vector<std::string> asks;
      for (const AskDef& a : model->asks)
        asks.push_back(a.id);
      std::shuffle(asks.begin(), asks.end(), rng);
      asks.resize(2);
      if (round % 3 == 0)
        asks = {"prisoners", "repression-halt"}; // the offset ties them together
      std::vector<std::pair<std::string, DesignSpace::AskGrid>> grids;
      for (const auto& id : asks) {
        const AskDef& def = model->asks[*model->ask_index(id)];
        const double max = def.max_amount.mean;
        grids.push_back({id, {round % 4 == 1 ? max / 3 : 0, max, max / 3}}); // required sometimes
      }
      DesignSpace space = narrow(*model, measures, grids, round % 2 ? 0.5 : 1.0 / 3);
      if (round % 5 == 2) // a cap on a criterion's score
        space.caps[*model->criterion_index("loopholes")] = 0.5;
      if (round % 5 == 3)
        space.credibility = 0.8;
      if (round % 7 == 4)
        space.forms[*model->measure_index(measures[0])] = {false, true, false};
      const auto timing = static_cast<Timing>(rng() % k_timings);
      const std::size_t perspective = rng() % model->perspectives.size();
      CAPTURE(measures);
      CAPTURE(asks);
      CAPTURE(static_cast<int>(timing));
      check_against_brute_force(model, perspective, timing, space, 5);
    }
  }

  // The default grid at a coarser scope step, without four measures: a search of a second or less.
  DesignSpace space_without_four(const Model& model, double scope_step)
  {
    DesignSpace space = default_space(model);
    space.scope_step = scope_step;
    for (const char* id :
         {"banking", "dual-use-exports", "petroleum-products", "tighten-sanctions"})
      space.scope_max[*model.measure_index(id)] = 0;
    return space;
  }

  TEST_CASE("the result does not depend on the number of threads")
  {
    const auto model = default_model();
    const DesignSpace space = space_without_four(*model, 0.5);
    DesignOptions one;
    one.best = 8;
    DesignOptions two = one;
    two.threads = 2;
    const DesignResult a = design(model, 1, Timing::after_war, space, one);
    const DesignResult b = design(model, 1, Timing::after_war, space, two);
    REQUIRE(a.best.size() == b.best.size());
    for (std::size_t i = 0; i < a.best.size(); ++i) {
      CHECK(a.best[i].ev.net == b.best[i].ev.net);
      CHECK(offer_text(a.best[i], *model) == offer_text(b.best[i], *model));
      CHECK(asks_text(a.best[i], *model) == asks_text(b.best[i], *model));
    }
  }

  TEST_CASE("shards: the best of their best and the frontier of their frontiers are the whole's")
  {
    const auto model = default_model();
    const DesignSpace space = space_without_four(*model, 1);
    DesignOptions whole;
    whole.best = 6;
    whole.frontier = true;
    const DesignResult a = design(model, 0, Timing::now, space, whole);
    std::vector<DesignResult> parts;
    for (std::size_t k = 1; k <= 3; ++k) {
      DesignOptions o = whole;
      o.shard_index = k;
      o.shard_count = 3;
      parts.push_back(design(model, 0, Timing::now, space, o));
      CHECK(parts.back().shard);
    }
    std::vector<DesignCandidate> best, frontier;
    std::vector<const DesignPackage*> best_of, frontier_of;
    for (const DesignResult& part : parts) {
      for (const DesignPackage& p : part.best) {
        best.push_back({p.searched_net, p.searched_u, p.choices});
        best_of.push_back(&p);
      }
      for (const DesignPackage& p : part.frontier) {
        frontier.push_back({p.searched_net, p.searched_u, p.choices});
        frontier_of.push_back(&p);
      }
    }
    const auto [best_at, frontier_at] = merge_candidates(best, whole.best, frontier);
    REQUIRE(best_at.size() == a.best.size());
    REQUIRE(!a.frontier.empty());
    REQUIRE(frontier_at.size() == a.frontier.size());
    for (std::size_t i = 0; i < best_at.size(); ++i) {
      CHECK(best_of[best_at[i]]->choices == a.best[i].choices);
      CHECK(best_of[best_at[i]]->ev.net == a.best[i].ev.net);
    }
    for (std::size_t i = 0; i < frontier_at.size(); ++i)
      CHECK(frontier_of[frontier_at[i]]->choices == a.frontier[i].choices);
  }

  TEST_CASE("merging candidates: by net then place on the grid; the frontier undominated, once")
  {
    const std::vector<DesignCandidate> best = {{1, 0, {2}}, {2, 0, {1}}, {2, 0, {0}}};
    const std::vector<DesignCandidate> frontier = {
        {3, 0, {0}}, {2, 1, {2}}, {2, 1, {1}}, {1, 0.5, {3}}};
    const auto [b, f] = merge_candidates(best, 2, frontier);
    CHECK(b == std::vector<std::size_t>{2, 1}); // equal nets: the earlier on the grid first
    CHECK(f == std::vector<std::size_t>{0, 2}); // by surplus; (1, 0.5) dominated; {1} before {2}
  }

  TEST_CASE("a written package reads back as the same evaluation")
  {
    const auto model = default_model();
    DesignSpace space =
        narrow(*model, {"potash-licence", "aircraft-parts"}, {{"prisoners", {0, 1150, 50}}}, 0.25);
    space.credibility = 0.9;
    DesignOptions o;
    o.best = 3;
    const DesignResult r = design(model, 0, Timing::after_ceasefire, space, o);
    REQUIRE(!r.best.empty());
    for (const DesignPackage& p : r.best) {
      const std::string yaml =
          package_yaml(p, *model, Timing::after_ceasefire, space, "read back", "a header\nof two");
      CHECK(yaml.starts_with("# a header\n# of two\nrelief: 1\n"));
      const Evaluation ev = evaluate(test::scenario(yaml, model), 0);
      CHECK(ev.net == p.ev.net);
      CHECK(ev.regime_surplus == p.ev.regime_surplus);
    }
  }

  TEST_CASE("the default grid")
  {
    const auto model = default_model();
    const DesignSpace s = default_space(*model);
    CHECK(s.scope_step == 0.25);
    CHECK(ask_amounts(s.asks[*model->ask_index("prisoners")]).size() == 24); // 0, 50, ..., 1150
    CHECK(ask_amounts(s.asks[*model->ask_index("migration-halt")]) ==
          std::vector<double>{0, 0.25, 0.5, 0.75, 1});
    CHECK(ask_amounts({100, 300, 100}) == std::vector<double>{100, 200, 300});
    CHECK(ask_amounts({0, 0, 1}) == std::vector<double>{0});
  }
}

TEST_SUITE("design constraints")
{
  TEST_CASE("a constraints file narrows the grid")
  {
    const auto model = default_model();
    const SpaceLoad l = load_space_from_string(R"(relief: 1
credibility: 0.6
scope_step: 0.5
forms: [plain, conditional]
measures:
  potash-transit: 0
  banking: {max: 0.5, forms: [reversible]}
asks:
  prisoners: {min: 100, max: 600, step: 100}
  military-limits: 0
caps:
  loopholes: 0.5
)",
                                               "c.yaml", *model);
    REQUIRE(l.diagnostics.empty());
    const DesignSpace& s = l.space;
    CHECK(s.credibility == 0.6);
    CHECK(s.scope_step == 0.5);
    CHECK(s.scope_max[*model->measure_index("potash-transit")] == 0);
    CHECK(s.scope_max[*model->measure_index("banking")] == 0.5);
    CHECK(s.forms[*model->measure_index("banking")] == std::array<bool, 3>{false, false, true});
    CHECK(s.forms[*model->measure_index("airspace")] == std::array<bool, 3>{true, true, false});
    CHECK(ask_amounts(s.asks[*model->ask_index("prisoners")]) ==
          std::vector<double>{100, 200, 300, 400, 500, 600});
    CHECK(ask_amounts(s.asks[*model->ask_index("military-limits")]) == std::vector<double>{0});
    CHECK(s.caps[*model->criterion_index("loopholes")] == 0.5);
  }

  TEST_CASE("mistakes in a constraints file are diagnosed where they are")
  {
    const auto model = default_model();
    const SpaceLoad l = load_space_from_string(R"(relief: 1
measures:
  potash-transt: 0
  aviation: 0
asks:
  prisoners: {min: 700, max: 600}
  migration-halt: 2
caps:
  loophole: 0.5
scope_step: 0.001
)",
                                               "c.yaml", *model);
    CHECK(l.status == ExitStatus::data_error);
    std::vector<std::string> got;
    for (const Diagnostic& d : l.diagnostics)
      got.push_back(fmt::format("{}:{}: {}", d.pos.line, d.pos.col, d.message));
    CHECK(got == std::vector<std::string>{
                     "10:13: scope_step 0.001 is out of range: must be [0.01, 1]",
                     "3:3: unknown measure 'potash-transt' (did you mean 'potash-transit'?)",
                     "4:3: 'aviation' is split into aircraft-parts and airspace: constrain each",
                     "6:14: asks.prisoners: min 700 is more than max 600",
                     "7:19: asks.migration-halt 2 is out of range: must be [0, 1]",
                     "9:3: unknown criterion 'loophole' (did you mean 'loopholes'?)"});
  }
}
