#pragma once
// design: a search of the catalogue for the packages of greatest worth to the EU that the regime
// accepts (SPEC 4, issue 18 item 5): every measure at every scope of a grid, plain, conditional or
// reversible, and every ask at every amount of a grid, searched by branch and bound with bounds
// that are proven (relief(1), DESIGN SEARCH), so that the best packages are those a brute force
// over the same grid finds.
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "evaluate.hpp"

namespace relief {

// How a measure is offered: as written, granted only after verified delivery, or with a snapback
// clause.
enum class OfferForm { plain, conditional, reversible };
inline constexpr std::array<std::string_view, 3> k_form_names{"plain", "conditional", "reversible"};

// The grid a design searches and the constraints on it (relief-scenario(5), DESIGN CONSTRAINTS).
struct DesignSpace {
  double scope_step = 0.25;               // a measure's scopes: step, 2 step, ..., max
  std::vector<double> scope_max;          // per measure: the largest scope (0: excluded)
  std::vector<std::array<bool, 3>> forms; // per measure: the forms tried
  struct AskGrid {
    double min = 0, max = 0, step = 1; // amounts min, min + step, ..., max (0: not asked)
  };
  std::vector<AskGrid> asks;               // per ask
  std::vector<std::optional<double>> caps; // per criterion: the largest score allowed
  std::optional<double> credibility;       // every package's credibility (else the model's)
};

// Return the default grid over model's catalogue: scopes in steps of 0.25 in every form, asks
// counted in people in steps of 50, shares in steps of 0.25, other units in quarters of their
// maximum; no caps.
DesignSpace default_space(const Model& model);

// One package of the search.
struct DesignPackage {
  struct Offer {
    std::size_t measure = 0;
    double scope = 0;
    OfferForm form = OfferForm::plain;
  };
  struct Ask {
    std::size_t ask = 0;
    double amount = 0;
  };
  std::vector<Offer> offer; // in the model's order
  std::vector<Ask> asks;    // in the search's order (asks an offset ties together, together)
  Evaluation ev;            // as `relief eval` evaluates the package written as a scenario
  double searched_net = 0;  // the net the search computed (equal to ev.net)
  double searched_u = 0;    // the regime's surplus the search computed
  std::vector<std::uint32_t> choices; // its place on the grid (what orders equal nets)
};

// A package found, as `relief merge` ranks the best and frontiers of design's shards.
struct DesignCandidate {
  double net = 0, u = 0;
  std::vector<std::uint32_t> choices;
};

// Return the indices of the best k of the candidates (larger net, then the earlier on the grid)
// and of the frontier among frontier candidates (the deals no other beats on both net and
// surplus, by surplus, equal points once: the earliest on the grid). The union of the best and
// frontiers of disjoint parts of a grid gives the whole grid's.
std::pair<std::vector<std::size_t>, std::vector<std::size_t>>
merge_candidates(const std::vector<DesignCandidate>& best, std::size_t k,
                 const std::vector<DesignCandidate>& frontier);

struct DesignResult {
  Timing timing = Timing::now;
  std::vector<DesignPackage> best;     // by worth to the EU, best first: at most K packages
  std::vector<DesignPackage> frontier; // deals both sides gain from, by the regime's surplus
  double grid = 0;                     // packages on the grid (the empty one included)
  std::uint64_t nodes = 0;             // partial packages whose bound was computed
  std::uint64_t evaluated = 0;         // packages evaluated in full
  double seconds = 0;
  bool interrupted = false;
  bool shard = false; // searched a shard's tasks only (--shard K/N)
  std::size_t k = 0;  // the best asked for
};

struct DesignOptions {
  std::size_t best = 5;
  unsigned threads = 1;
  bool frontier = true;
  bool exhaustive = false; // evaluate every package of the grid, pruning nothing (for benchmarks)
  // --shard K/N: search only every N-th of the search's tasks from the K-th (0/0: all of them)
  std::size_t shard_index = 0, shard_count = 0;
  const std::atomic<bool>* stop = nullptr;         // set: finish with the best found so far
  std::function<void(double share_done)> progress; // called from the search's threads
};

// Return the best packages and the frontier at a moment under the perspective of model (with its
// belief set applied), over space. The result does not depend on options.threads. Throw
// std::invalid_argument when asks searched together have more than 100,000 combinations.
DesignResult design(const std::shared_ptr<const Model>& model, std::size_t perspective,
                    Timing timing, const DesignSpace& space, const DesignOptions& options);

// Return the package as the scenario that --write writes (and that `relief eval` reads back).
Scenario package_scenario(const DesignPackage& p, const std::shared_ptr<const Model>& model,
                          Timing timing, const DesignSpace& space);

// Return the package as a scenario file, YAML, with a header that says how it was found.
std::string package_yaml(const DesignPackage& p, const Model& model, Timing timing,
                         const DesignSpace& space, std::string_view name, std::string_view header);

// Return the offer and the asks of a package in words ("potash-licence 1 reversible, ...").
std::string offer_text(const DesignPackage& p, const Model& model);
std::string asks_text(const DesignPackage& p, const Model& model);

// Return the grid's amounts of an ask (0 first when it may be left out).
std::vector<double> ask_amounts(const DesignSpace::AskGrid& g);

} // namespace relief
