#pragma once
// The model: criteria, perspectives, the catalogue of measures and asks, context and parameters.
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "value.hpp"

namespace relief {

enum class Kind { benefit, cost };
enum class War { ongoing, ceasefire, ended };
enum class Timing { now, after_ceasefire, after_war, after_lukashenka };
inline constexpr std::size_t k_timings = 4; // every moment of the model (SPEC 2.2)
// How a criterion unfolds over time (SPEC 2.2, 3 step 3): felt once when the package takes
// effect; a flow felt month by month until the horizon; or harder to achieve the later it starts.
enum class OverTime { once, flow, decays };

inline constexpr std::array<std::string_view, 3> k_war_names = {"ongoing", "ceasefire", "ended"};
inline constexpr std::array<std::string_view, k_timings> k_timing_names = {
    "now", "after-ceasefire", "after-war", "after-lukashenka"};
inline constexpr std::array<std::string_view, 3> k_over_time_names = {"once", "flow", "decays"};
inline std::string_view over_time_name(OverTime o)
{
  return k_over_time_names[static_cast<std::size_t>(o)];
}

struct Criterion {
  std::string id;
  Kind kind = Kind::benefit;
  std::string label;
  OverTime over_time = OverTime::once;
  SourcePos over_time_pos; // where over_time was written; no file when it was left out
  std::string rationale;
  std::string scale; // what 10 points stand for ("all ~1,150 political prisoners freed ...")
  // k of the value function {concave: k} (SPEC 3 step 6); none: linear
  std::optional<Value> concave;
};

struct Perspective {
  std::string id;
  std::string label;
  std::vector<Value> weights; // one per criterion
  SourcePos pos;
};

// An EU instrument; effects are points per criterion at full scope.
struct Measure {
  std::string id;
  std::string label;
  std::string full_scope; // what scope 1 stands for ("all crossings reopened"); optional
  std::string rationale;
  std::vector<Value> effects; // one per criterion
};

// A deliverable asked of Minsk; effects are points per unit.
struct AskDef {
  std::string id;
  std::string label;
  std::string unit;
  std::string rationale;
  Value max_amount;
  std::vector<Value> effects; // one per criterion

  // Whether the amount counts people, who are counted whole ("people").
  bool counts_people() const { return unit == "people"; }
  // Whether the amount is a share from 0 to 1 ("share of crossings stopped").
  bool is_share() const { return unit.starts_with("share"); }
};

struct TimingDef {
  War war = War::ongoing;
  bool lukashenka_in_power = true;
  Value delay_months;
  Value arrives = point(1); // the probability that the moment comes within the horizon at all
  std::string rationale;    // why this delay and this probability (optional)
};

// A part of an ask undone unless another ask is delivered (SPEC 3 step 5): the "hostage bank", a
// share of released prisoners replaced by new arrests unless arrests halt.
struct Offset {
  std::size_t ask = 0;          // index into Model::asks: the ask partly undone
  Value share;                  // o: the share undone when the cancelling ask is not delivered
  std::size_t cancelled_by = 0; // index into Model::asks: the ask whose delivery prevents it
  std::string rationale;
};

// A named set of model numbers: one school of thought on the causal questions the brief leaves
// open (SPEC 2.2). Its numbers override the model's as a scenario's assumptions do, before them.
struct Belief {
  std::string id;
  std::string label;
  std::string rationale;
  std::vector<std::pair<std::string, Value>> numbers; // model path (without "model.") -> value
};

// The regime's side of a deal (SPEC 2.2, 3 step 12), on its own points scale: what each measure
// is worth to it at full scope, what each ask costs it per unit, how likely Moscow lets each ask be
// delivered, and what a deal must be worth to it to beat its alternative at each moment.
struct Counterpart {
  bool present = false; // the model has a `counterpart:` block; without one nothing is refused
  std::string rationale;
  std::vector<Value> value;         // per measure, at full scope
  std::vector<Value> cost;          // per ask, per unit
  std::vector<Value> moscow_allows; // per ask, 0..1 (default 1)
  std::array<Value, k_timings> reservation{};
};

// The name of the model as written, as a belief set.
inline constexpr std::string_view k_central_belief = "central";

struct Model {
  std::vector<Criterion> criteria;
  std::vector<Perspective> perspectives;
  std::vector<Measure> measures;
  std::vector<AskDef> asks;
  std::array<std::vector<Value>, 3> war_multipliers;   // [War][criterion], 1 where not given
  std::array<std::vector<Value>, 2> ruler_multipliers; // [lukashenka_in_power][criterion]
  std::array<TimingDef, k_timings> timings;
  Value horizon_months; // the period over which a package is valued, from today
  Value half_life_months;
  Value discount_rate = point(0); // per year (SPEC 3 step 3); 0: no time preference
  Value verification_months;
  Value snapback_recovery;
  Value default_credibility;
  Value margin;
  std::vector<Offset> offsets;
  Counterpart counterpart;
  std::vector<Belief> beliefs;                        // besides central, the model as written
  std::string belief = std::string(k_central_belief); // the belief set applied to these numbers
  std::shared_ptr<const SourceFile> source;           // the model file (or the embedded default)

  std::optional<std::size_t> criterion_index(std::string_view id) const;
  std::optional<std::size_t> perspective_index(std::string_view id) const;
  std::optional<std::size_t> measure_index(std::string_view id) const;
  std::optional<std::size_t> ask_index(std::string_view id) const;
  std::vector<std::string> criterion_ids() const;
  std::vector<std::string> perspective_ids() const;
  std::vector<std::string> measure_ids() const;
  std::vector<std::string> ask_ids() const;
  // Return the ids of the belief sets, central first.
  std::vector<std::string> belief_ids() const;
};

// Return the model with the numbers of belief set b (an index into model->beliefs) applied; the
// model itself for central (b == npos).
std::shared_ptr<const Model> with_belief(const std::shared_ptr<const Model>& model, std::size_t b);

// A number of the model addressed by its path in the model file
// ("measures.banking.effects.loopholes").
template <class V> struct BasicModelPath {
  std::string path;
  V* value;
  Range range;
};
using ModelPath = BasicModelPath<Value>;            // to change the number (assumptions)
using ConstModelPath = BasicModelPath<const Value>; // to read it

// Return every number of the model with its path and valid range, in file order.
std::vector<ModelPath> model_paths(Model& model);
std::vector<ConstModelPath> model_paths(const Model& model);

// Return true when path (a model path as under assumptions:, without "model.") names a setting of
// the model file that is not a number (a criterion's kind or over_time, a label, a rationale, a
// timing's war): something neither assumptions nor --vary can change. One rule for both.
bool names_a_choice(std::string_view path);

// How to change such a setting instead.
inline constexpr std::string_view k_change_a_choice =
    "to change it, copy the model (relief model -f yaml > my-model.yaml), edit it and pass "
    "--model my-model.yaml";

// Return the error for a catalogue id that was split into others (the measure `aviation`, now
// aircraft-parts and airspace), naming its successors; empty for any other id. what is "measure".
std::string split_id_error(std::string_view what, std::string_view id);

// The valid ranges shared by the model and scenario readers.
namespace ranges {
extern const Range effect;     // [-10, 10] points (per unit for asks)
extern const Range share;      // [0, 1]
extern const Range weight;     // [0, 1000]
extern const Range multiplier; // [0, 10]
extern const Range months;     // [0, 1200]
extern const Range half_life;  // (0, 1200]
extern const Range horizon;    // (0, 1200]
extern const Range discount;   // [0, 1] per year
extern const Range concave;    // (0, 100]: k of a concave value function
extern const Range max_amount; // > 0
extern const Range margin;     // [0, 10]
extern const Range amount;     // >= 0
} // namespace ranges

// Return whether v is written in the model (its file, or the embedded default) rather than set by
// a scenario's assumptions.
inline bool written_in_model(const Value& v, const Model& m)
{
  return !v.pos.file || v.pos.file == m.source;
}

struct ModelLoad {
  std::shared_ptr<const Model> model; // null when there were errors
  std::vector<Diagnostic> diagnostics;
  bool unreadable = false; // the file could not be opened or read
};

// Return the model read from text; name is used in diagnostics.
ModelLoad load_model_from_string(std::string text, std::string name);

// Return the model read from a file; an unreadable file gives a diagnostic with no position.
ModelLoad load_model_file(const std::string& path);

// Return the embedded default model (loaded once).
std::shared_ptr<const Model> default_model();

// Return the text of the embedded default model file.
std::string_view default_model_text();

} // namespace relief
