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

// Return the whole run's document from its N shards' documents, in the order of their index
// (shards[k] is shard k + 1 of N): sums, counts and shares exactly as the whole run gives them;
// the quantiles of net read from the merged buckets, with their bound in "net_quantiles". Throw
// ShardMergeError naming shards[k] by files[k].
Json merge_simulate_shards(const std::vector<const Json*>& shards,
                           const std::vector<std::string>& files);

} // namespace relief
