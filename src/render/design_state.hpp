#pragma once
// design --shard K/N: the merge of the N documents into the one the whole search gives: each
// shard searched a run of the search's tasks (disjoint parts of the grid), so the best K of their
// best and the frontier of their frontiers are the whole grid's (issue 21 item 4).
#include <string>
#include <vector>

#include "render/report_common.hpp"

namespace relief {

// Return the whole search's document from its shards' documents, in the order of their index.
// Throw ShardMergeError naming shards[k] by files[k].
Json merge_design_shards(const std::vector<const Json*>& shards,
                         const std::vector<std::string>& files);

} // namespace relief
