#include "render/design_state.hpp"

#include <fmt/format.h>

#include "analysis/design.hpp"

namespace relief {

Json merge_design_shards(const std::vector<const Json*>& shards,
                         const std::vector<std::string>& files)
{
  auto bad = [&](std::size_t k, const std::string& why) {
    return ShardMergeError(fmt::format("{}: {}", files[k], why), false);
  };
  const Json& first = *shards.at(0);
  Json doc = first;
  doc.erase("shard");
  for (std::size_t k = 0; k < shards.size(); ++k)
    if (!(*shards[k]).contains("results") || !(*shards[k])["results"].is_array() ||
        (*shards[k])["results"].size() != first["results"].size())
      throw bad(k, "not the same searches as the first shard's");
  for (std::size_t i = 0; i < doc["results"].size(); ++i) {
    Json& r = doc["results"][i];
    std::vector<DesignCandidate> best, frontier;
    std::vector<const Json*> best_rows, frontier_rows;
    for (std::size_t k = 0; k < shards.size(); ++k) {
      const Json& one = (*shards[k])["results"][i];
      for (const char* key : {"timing", "perspective", "beliefs", "grid"})
        if (one.at(key) != r.at(key))
          throw bad(k,
                    fmt::format("search {} is not the first shard's (its {} differs)", i + 1, key));
      if (one.at("interrupted").get<bool>())
        throw bad(k, "an interrupted shard: run it again");
      const Json& state = one.at("shard_state");
      if (state.at("k") != r.at("shard_state").at("k"))
        throw bad(k, fmt::format("search {}: another --best than the first shard's", i + 1));
      for (const auto& [set, rows, candidates] :
           {std::tuple{"best", &best_rows, &best},
            std::tuple{"frontier", &frontier_rows, &frontier}}) {
        const Json& found = state.at(set);
        const Json& shown = one.at(set);
        if (found.size() != shown.size())
          throw bad(k, fmt::format("search {}: its shard_state does not match its {}", i + 1, set));
        for (std::size_t j = 0; j < found.size(); ++j) {
          candidates->push_back({found[j].at("net").get<double>(), found[j].at("u").get<double>(),
                                 found[j].at("choices").get<std::vector<std::uint32_t>>()});
          rows->push_back(&shown[j]);
        }
      }
    }
    const auto [best_at, frontier_at] =
        merge_candidates(best, r.at("shard_state").at("k").get<std::size_t>(), frontier);
    for (const auto& [set, rows, at] : {std::tuple{"best", &best_rows, &best_at},
                                        std::tuple{"frontier", &frontier_rows, &frontier_at}}) {
      Json merged = Json::array();
      for (std::size_t j : *at) {
        merged.push_back(*(*rows)[j]);
        merged.back()["rank"] = merged.size();
      }
      r[set] = std::move(merged);
    }
    r.erase("shard_state");
  }
  return doc;
}

} // namespace relief
