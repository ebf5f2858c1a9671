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
// `remove: true` drops an inherited item, anything else is replaced. Every file of the chain must
// lie inside root (a directory) once symbolic links are resolved: an absolute path, a `..` that
// leaves it or a link that leads out of it is an error at the `extends` value. Problems go to out.
Composition compose(Tree doc, const std::string& dir, const std::string& root,
                    std::vector<Diagnostic>& out);

// Return true when path, with its symbolic links resolved, is root or lies below it.
bool inside_tree(const std::string& path, const std::string& root);

} // namespace relief
