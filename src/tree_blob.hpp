#pragma once
// YAML trees as bytes, so that the default model is parsed when relief is built rather than at
// every start: yaml-cpp took 40 M of the 50 M instructions of `relief eval` of a preset, reading
// the tree back takes a fraction of a millisecond. Written by hand: a dozen lines each way, with
// no document object in between (nlohmann_json's CBOR would build one).
//
// A tree is: a byte of its type (and 4 when quoted), its line and column, then a scalar's length
// and bytes, a sequence's item count and items, or a map's entry count and keys and values; every
// number is unsigned LEB128. The blob is "relief-tree/1\n", the document count, the documents.
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "tree.hpp"

namespace relief {

// A blob that does not read as one (truncated, or of another version).
class TreeBlobError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// Return the documents as a blob.
std::string tree_blob(const std::vector<Tree>& docs);

// Return the documents of a blob, their positions in file (the text they were parsed from).
std::vector<Tree> trees_of_blob(std::string_view blob,
                                const std::shared_ptr<const SourceFile>& file);

} // namespace relief
