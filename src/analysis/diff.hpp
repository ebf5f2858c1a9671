#pragma once
// diff (SPEC 4, issue 20): what a change did to the answers. Each side (a git revision, the work
// tree, or a set of files) is evaluated case by case (scenario x perspective x belief set) into
// the answers a reviewer reads, and the two sides are matched by file (renames followed),
// document, perspective and belief set.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "evaluate.hpp"

namespace relief {

// One contribution (criterion x item, as explain lists them) as what it adds to net: a benefit
// row's value, a cost row's negated.
struct NetPart {
  std::string criterion, item;
  double value = 0;
};

// Where net crosses 0 as one ask's amount varies over its range (breakeven).
struct AskCrossings {
  std::string path;
  std::vector<double> at;
};

// The answers of one case on one side.
struct CaseAnswers {
  std::string file; // as matched: from the repository's top, or as given
  int document = 1;
  std::string name, perspective, belief;
  Verdict verdict = Verdict::balanced;
  double net = 0, worth = 0;
  std::optional<double> surplus; // the regime's U; none without a counterpart
  bool acceptable = true;
  double expected = 0;    // arrives x worth at the scenario's own moment: what compare ranks by
  std::uint32_t rank = 0; // in its side's batch, under its perspective and belief set
  Timing best = Timing::now;
  double best_expected = 0; // the best moment's expected net
  std::vector<AskCrossings> crossings;
  std::vector<NetPart> contributions;
  std::string text_hash; // of the scenario's file
};

// Return the answers of s under the perspective, its file shown as file.
CaseAnswers answers_of(const Scenario& s, std::size_t perspective, std::string file);

// Rank one side's cases within each perspective and belief set by expected worth, highest first,
// ties in the order read (as compare ranks them).
void rank_answers(std::vector<CaseAnswers>& side);

struct ContributionMove {
  std::string criterion, item;
  double before = 0, after = 0;
};

struct CaseDiff {
  std::optional<CaseAnswers> before, after; // one is none for an added or removed case
  std::string renamed_from;                 // the file on the base side when git found a rename
  bool file_changed = false;                // the scenario's file text differs
  std::vector<ContributionMove> movers;     // the contributions that moved most, at most 5
  std::vector<std::pair<AskCrossings, AskCrossings>> crossings; // asks whose crossings moved

  bool both() const { return before && after; }
  bool verdict_changed() const { return both() && before->verdict != after->verdict; }
  bool rank_changed() const { return both() && before->rank != after->rank; }
  bool best_changed() const { return both() && before->best != after->best; }
  bool acceptance_changed() const { return both() && before->acceptable != after->acceptable; }
  double net_change() const { return both() ? after->net - before->net : 0; }
  // Return whether anything a reader sees at `decimals` changed (an added or removed case does).
  bool changed(int decimals) const;
};

struct DiffResult {
  std::string base, head;                // the sides' labels
  std::string model_before, model_after; // the model's name and hash on each side
  bool model_changed = false;
  std::string cause;           // what moved every case when one thing did ("the moment": --timing)
  std::vector<CaseDiff> cases; // in the head's order, then the removed ones
  std::vector<std::string> added, removed; // files (scenario files only)
  std::vector<std::pair<std::string, std::string>> renamed;
};

// Return the diff of two sides' answers; renames maps a base file to its head file.
std::vector<CaseDiff> diff_answers(const std::vector<CaseAnswers>& before,
                                   const std::vector<CaseAnswers>& after,
                                   const std::vector<std::pair<std::string, std::string>>& renames);

} // namespace relief
