#pragma once
// Scenario composition: `extends: base.yaml` merges a document onto the scenario it extends.
#include <optional>
#include <string>
#include <vector>

#include "tree.hpp"

namespace relief {

// Longest chain of files that extend one another.
inline constexpr std::size_t k_max_extends = 8;

struct Composition {
  std::optional<Tree> doc; // the merged document; nothing when the chain could not be resolved
  bool unreadable = false; // a file of the chain could not be opened
};

// Return doc merged onto the files its `extends:` chain names, resolved relative to dir: maps merge
// key by key (context, weights, assumptions, an item's effects), `offer` and `asks` merge by id,
// `remove: true` drops an inherited item, anything else is replaced. Problems go to out.
Composition compose(Tree doc, const std::string& dir, std::vector<Diagnostic>& out);

} // namespace relief
