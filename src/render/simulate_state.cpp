#include "render/simulate_state.hpp"

#include <cmath>
#include <fmt/format.h>
#include <limits>

#include "render/simulate_render.hpp"

namespace relief {
namespace {

Json moments_json(const Moments& m)
{
  return Json::array({m.n, m.mean, m.m2});
}

Moments moments_of(const Json& j)
{
  if (!j.is_array() || j.size() != 3)
    throw std::invalid_argument("moments are not [n, mean, m2]");
  const Moments m{j[0].get<std::uint64_t>(), j[1].get<double>(), j[2].get<double>()};
  if (!std::isfinite(m.mean) || !std::isfinite(m.m2) || m.m2 < 0)
    throw std::invalid_argument("moments with a mean or sum of squares that cannot be");
  return m;
}

Json tally_json(const SimTally& t)
{
  Json j;
  j["benefits"] = moments_json(t.benefits);
  j["costs"] = moments_json(t.costs);
  j["net"] = moments_json(t.net);
  j["criteria"] = Json::array();
  for (const Moments& m : t.criteria)
    j["criteria"].push_back(moments_json(m));
  j["input_sums"] = t.input_sums;
  j["clamped"] = t.clamped;
  j["verdicts"] = t.verdicts;
  j["positive"] = t.positive;
  j["positive_part"] = t.positive_part;
  j["net_sum"] = t.net_sum;
  j["accepted"] = t.accepted;
  j["worth_sum"] = t.worth_sum;
  return j;
}

SimTally tally_of(const Json& j)
{
  SimTally t;
  t.benefits = moments_of(j.at("benefits"));
  t.costs = moments_of(j.at("costs"));
  t.net = moments_of(j.at("net"));
  for (const Json& m : j.at("criteria"))
    t.criteria.push_back(moments_of(m));
  t.input_sums = j.at("input_sums").get<std::vector<double>>();
  t.clamped = j.at("clamped").get<std::vector<std::uint64_t>>();
  t.verdicts = j.at("verdicts").get<std::array<std::uint64_t, 3>>();
  t.positive = j.at("positive").get<std::uint64_t>();
  t.positive_part = j.at("positive_part").get<double>();
  t.net_sum = j.at("net_sum").get<double>();
  t.accepted = j.at("accepted").get<std::uint64_t>();
  t.worth_sum = j.at("worth_sum").get<double>();
  if (t.input_sums.size() != t.clamped.size())
    throw std::invalid_argument("input_sums and clamped differ in length");
  return t;
}

// A bucket's extremes: null for an empty one (JSON has no infinity).
Json extremes_json(const std::vector<double>& v)
{
  Json j = Json::array();
  for (double x : v)
    j.push_back(std::isfinite(x) ? Json(x) : Json(nullptr));
  return j;
}

std::vector<double> extremes_of(const Json& j, double empty)
{
  std::vector<double> out;
  for (const Json& x : j)
    out.push_back(x.is_null() ? empty : x.get<double>());
  return out;
}

struct State {
  SimShardState s;
  std::vector<std::uint64_t> beats; // of the rivals, in the result's order
};

State state_of(const Json& j)
{
  State out;
  out.s.inputs = j.at("inputs").get<std::vector<std::string>>();
  for (const Json& c : j.at("chunks"))
    out.s.chunks.push_back(tally_of(c));
  out.beats = j.at("beats").get<std::vector<std::uint64_t>>();
  out.s.first = j.at("first").get<std::vector<std::uint64_t>>();
  const Json& b = j.at("net_buckets");
  out.s.buckets.edges = b.at("edges").get<std::vector<double>>();
  out.s.buckets.counts = b.at("counts").get<std::vector<std::uint64_t>>();
  out.s.buckets.min = extremes_of(b.at("min"), std::numeric_limits<double>::infinity());
  out.s.buckets.max = extremes_of(b.at("max"), -std::numeric_limits<double>::infinity());
  const std::size_t nb = out.s.buckets.edges.size() + 1;
  if (out.s.buckets.counts.size() != nb || out.s.buckets.min.size() != nb ||
      out.s.buckets.max.size() != nb)
    throw std::invalid_argument("net_buckets: counts, min and max need one more than edges");
  for (const SimTally& t : out.s.chunks)
    if (t.input_sums.size() != out.s.inputs.size() ||
        t.criteria.size() != out.s.chunks[0].criteria.size())
      throw std::invalid_argument("chunks of different shapes");
  return out;
}

// The fields of a result that merge recomputes: what is left must be alike in every shard.
Json skeleton(Json r)
{
  r.erase("samples");
  r.erase("shard_state");
  r.erase("net");
  for (const char* key : {"benefits", "costs"})
    if (r.contains(key) && r[key].is_object()) {
      r[key].erase("mean");
      r[key].erase("sd");
    }
  if (r.contains("criteria") && r["criteria"].is_object())
    for (auto& [id, c] : r["criteria"].items())
      if (c.is_object()) {
        c.erase("mean");
        c.erase("sd");
      }
  for (const char* key : {"p_net_positive", "p_net_positive_se", "verdicts", "verdicts_se", "evpi",
                          "p_accept", "p_accept_se", "worth_mean", "p_first"})
    r.erase(key);
  if (r.contains("drivers") && r["drivers"].is_array())
    for (Json& d : r["drivers"])
      if (d.is_object()) {
        d.erase("mean");
        d.erase("clamped_share");
      }
  if (r.contains("p_beats") && r["p_beats"].is_array())
    for (Json& b : r["p_beats"])
      if (b.is_object())
        b.erase("p");
  return r;
}

bool all_finite(const Json& j)
{
  if (j.is_number_float())
    return std::isfinite(j.get<double>());
  if (j.is_structured())
    for (const Json& e : j)
      if (!all_finite(e))
        return false;
  return true;
}

void set_mean_sd(Json& j, const Summary& s)
{
  j["mean"] = s.mean;
  j["sd"] = s.sd;
}

} // namespace

Json shard_state_json(const SimShardState& state, const std::vector<std::size_t>& rivals)
{
  Json j;
  j["inputs"] = state.inputs;
  j["chunks"] = Json::array();
  for (const SimTally& t : state.chunks)
    j["chunks"].push_back(tally_json(t));
  j["beats"] = Json::array();
  for (std::size_t o : rivals)
    j["beats"].push_back(state.beats[o]);
  j["first"] = state.first;
  j["net_buckets"] = {{"edges", state.buckets.edges},
                      {"counts", state.buckets.counts},
                      {"min", extremes_json(state.buckets.min)},
                      {"max", extremes_json(state.buckets.max)}};
  return j;
}

Json merge_simulate_shards(const std::vector<const Json*>& shards,
                           const std::vector<std::string>& files)
{
  auto bad = [&](std::size_t k, const std::string& why, bool usage = false) {
    return ShardMergeError(fmt::format("{}: {}", files[k], why), usage);
  };
  const Json& first = *shards.at(0);
  const std::uint64_t n = first.value("requested_samples", std::uint64_t{0});
  for (std::size_t k = 0; k < shards.size(); ++k) {
    const Json& d = *shards[k];
    if (d.value("interrupted", true))
      throw bad(k, "an interrupted shard: run it again");
    const Json& sh = d["shard"];
    const std::uint64_t lo = shard_chunks(n, k + 1, shards.size()).first;
    if (d.value("requested_samples", std::uint64_t{0}) != n ||
        d.value("seed", std::uint64_t{0}) != first.value("seed", std::uint64_t{0}) ||
        sh.value("first_chunk", std::uint64_t{0}) != lo ||
        sh.value("chunks", std::uint64_t{0}) != shard_chunks(n, 0, 0).second)
      throw bad(k, "a shard of another run (its samples, seed or chunks differ)", true);
    if (!d.contains("results") || !d["results"].is_array() ||
        d["results"].size() != first["results"].size())
      throw bad(k, "not the same results as the first shard's");
  }
  Json doc = first;
  doc.erase("shard");
  std::uint64_t samples = 0;
  for (std::size_t i = 0; i < doc["results"].size(); ++i) {
    Json& r = doc["results"][i];
    const Json frame = skeleton(r);
    std::vector<State> states;
    for (std::size_t k = 0; k < shards.size(); ++k) {
      const Json& one = (*shards[k])["results"][i];
      if (skeleton(one) != frame)
        throw bad(k, fmt::format("result {} differs from the first shard's beyond what merges "
                                 "(another scenario, model or version?)",
                                 i + 1));
      try {
        states.push_back(state_of(one.at("shard_state")));
      } catch (const std::exception& e) {
        throw bad(k, fmt::format("result {}: shard_state: {}", i + 1, e.what()));
      }
      for (const SimTally& c : states[k].s.chunks)
        if (c.criteria.size() != r["criteria"].size())
          throw bad(k, fmt::format("result {}: a chunk's criteria are not the result's", i + 1));
      if (states[k].s.inputs != states[0].s.inputs ||
          states[k].s.buckets.edges != states[0].s.buckets.edges ||
          states[k].beats.size() != states[0].beats.size() ||
          states[k].s.first.size() != states[0].s.first.size())
        throw bad(k, fmt::format("result {}: a state unlike the first shard's", i + 1));
    }
    SimTally total;
    NetBuckets buckets = states[0].s.buckets;
    std::vector<std::uint64_t> beats = states[0].beats, firsts = states[0].s.first;
    for (std::size_t k = 0; k < states.size(); ++k) {
      for (const SimTally& c : states[k].s.chunks)
        total.merge(c);
      if (k == 0)
        continue;
      buckets.merge(states[k].s.buckets);
      for (std::size_t o = 0; o < beats.size(); ++o)
        beats[o] += states[k].beats[o];
      for (std::size_t t = 0; t < firsts.size(); ++t)
        firsts[t] += states[k].s.first[t];
    }
    const std::uint64_t m = total.net.n;
    if (m != n)
      throw ShardMergeError(
          fmt::format("{}: the shards hold {} samples of result {}, not {}", files[0], m, i + 1, n),
          false);
    std::uint64_t counted = 0;
    for (std::uint64_t c : buckets.counts)
      counted += c;
    if (counted != m)
      throw ShardMergeError(fmt::format("result {}: the shards' buckets of net hold {} draws, "
                                        "their sums {}",
                                        i + 1, counted, m),
                            false);
    samples = m;
    SimResult x;
    tally_figures(total, m, !r["p_accept"].is_null(), x);
    double bound = 0;
    x.net.q = bucket_quantiles(buckets, m, &bound);
    r["samples"] = m;
    set_mean_sd(r["benefits"], x.benefits);
    set_mean_sd(r["costs"], x.costs);
    r["net"] = summary_json(x.net);
    std::size_t c = 0;
    for (auto& [id, criterion] : r["criteria"].items())
      set_mean_sd(criterion, x.criteria.at(c++));
    r["p_net_positive"] = x.p_net_positive;
    r["p_net_positive_se"] = x.p_net_positive_se;
    for (std::size_t v = 0; v < 3; ++v) {
      const std::string name(verdict_name(Verdict(v)));
      r["verdicts"][name] = x.verdicts[v];
      r["verdicts_se"][name] = x.verdicts_se[v];
    }
    r["evpi"] = x.evpi;
    r["p_accept"] = json_optional(x.p_accept);
    r["p_accept_se"] = json_optional(x.p_accept_se);
    r["worth_mean"] = x.worth_mean;
    const std::vector<std::string>& inputs = states[0].s.inputs;
    for (Json& d : r["drivers"]) {
      const auto at = std::find(inputs.begin(), inputs.end(), d.at("path").get<std::string>());
      if (at == inputs.end())
        throw bad(0, fmt::format("result {}: a driver not among its inputs", i + 1));
      const auto u = static_cast<std::size_t>(at - inputs.begin());
      d["mean"] = total.input_sums[u] / double(m);
      d["clamped_share"] = double(total.clamped[u]) / double(m);
    }
    if (r.contains("p_first")) {
      r["p_first"] = p_first_of(firsts, m);
      if (r["p_beats"].size() != beats.size())
        throw bad(0, fmt::format("result {}: its beats do not match its p_beats", i + 1));
      for (std::size_t o = 0; o < beats.size(); ++o)
        r["p_beats"][o]["p"] = double(beats[o]) / double(m);
    }
    if (!all_finite(r))
      throw bad(0, fmt::format("result {}: its sums give a figure that is not a number", i + 1));
    r.erase("shard_state");
    // the only figures that are not exactly the whole run's
    r["net_quantiles"] = {{"from", "buckets"}, {"within", bound}};
  }
  doc["samples"] = samples;
  return doc;
}

} // namespace relief
