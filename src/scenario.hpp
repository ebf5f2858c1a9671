#pragma once
// A loaded scenario: plain data, every number a Value that knows where it was written.
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model.hpp"

namespace relief {

// One measure the EU offers.
struct OfferItem {
  std::size_t measure = 0;                   // index into Model::measures
  Value scope;                               // share of the full measure, 0..1
  bool reversible = false;                   // snapback clause
  bool conditional = false;                  // granted only after verified delivery
  std::vector<std::optional<Value>> effects; // per-criterion overrides of the measure's effects
  SourcePos pos;
};

// One deliverable asked of Minsk.
struct AskItem {
  std::size_t ask = 0; // index into Model::asks
  Value amount;        // in the ask's unit; evaluation clamps it to max_amount
  std::optional<Value> credibility;
  std::vector<std::optional<Value>> effects; // per-criterion overrides of the ask's effects
  SourcePos pos;
};

// A rank correlation between two uncertain inputs, for simulate.
struct Correlation {
  std::array<std::string, 2> between; // PATHs
  std::array<SourcePos, 2> between_pos;
  double rank = 0; // Spearman's rho, -1..1
  SourcePos pos;   // the entry
};

struct Scenario {
  std::string name;
  std::string description;
  std::string file; // as shown in outputs
  int document = 1; // 1-based index of the YAML document in its file
  SourcePos pos;    // the start of the document
  Timing timing = Timing::now;
  std::optional<War> war;
  std::optional<bool> lukashenka_in_power;
  std::optional<Value> delay_months;
  std::optional<Value> credibility;
  std::vector<OfferItem> offer;
  std::vector<AskItem> asks;
  std::vector<std::optional<Value>> weights; // per-criterion overrides of the perspective's weights
  SourcePos weights_pos;                     // the `weights:` key, when given
  std::vector<Correlation> correlations;
  SourcePos correlations_pos;         // the `correlations:` key, when given
  std::shared_ptr<const Model> model; // the model with this scenario's assumptions applied
};

} // namespace relief
