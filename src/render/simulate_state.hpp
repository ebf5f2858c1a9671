#pragma once
// simulate --shard K/N: what a shard's JSON carries for `relief merge` (each result's
// "shard_state": its chunks' sums, the paired counts, its buckets of net), and the merge of the
// N documents into the one the whole run gives (issue 21 item 4).
#include <stdexcept>
#include <vector>

#include "analysis/simulate.hpp"
#include "render/report_common.hpp"

namespace relief {

// Return the state of one result as JSON; rivals are the other items whose P(beats) the result
// lists, in its order.
Json shard_state_json(const SimShardState& state, const std::vector<std::size_t>& rivals);

// A shard's document that cannot be merged: its content (exit status 65) or the set of shards
// given (a usage error, 64).
class BadSimulateShard : public std::runtime_error {
public:
  BadSimulateShard(const std::string& why, bool usage) : std::runtime_error(why), usage_error(usage)
  {
  }
  bool usage_error;
};

// Return the whole run's document from its N shards' documents, in the order of their index
// (shards[k] is shard k + 1 of N): sums, counts and shares exactly as the whole run gives them;
// the quantiles of net read from the merged buckets, with their bound in "net_quantiles". Throw
// BadSimulateShard naming shards[k] by files[k].
Json merge_simulate_shards(const std::vector<const Json*>& shards,
                           const std::vector<std::string>& files);

} // namespace relief
