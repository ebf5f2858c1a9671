#include <doctest/doctest.h>

#include "embedded.hpp"
#include "model.hpp"
#include "tree_blob.hpp"

#include <string>

using namespace relief;

namespace {

// Return the first difference of a and b as "where: what", or "" when they are the same tree.
std::string difference(const Tree& a, const Tree& b, const std::string& where = "root")
{
  if (a.type != b.type)
    return where + ": type";
  if (a.scalar != b.scalar)
    return where + ": scalar '" + a.scalar + "' / '" + b.scalar + "'";
  if (a.quoted != b.quoted)
    return where + ": quoted";
  if (a.pos.line != b.pos.line || a.pos.col != b.pos.col)
    return where + ": position " + a.pos.str() + " / " + b.pos.str();
  if (a.pos.file != b.pos.file)
    return where + ": file";
  if (a.items.size() != b.items.size() || a.entries.size() != b.entries.size())
    return where + ": size";
  for (std::size_t i = 0; i < a.items.size(); ++i)
    if (auto d = difference(a.items[i], b.items[i], where + "[" + std::to_string(i) + "]");
        !d.empty())
      return d;
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    const std::string at = where + "." + a.entries[i].key.scalar;
    if (auto d = difference(a.entries[i].key, b.entries[i].key, at + " (key)"); !d.empty())
      return d;
    if (auto d = difference(a.entries[i].value, b.entries[i].value, at); !d.empty())
      return d;
  }
  return "";
}

std::vector<Tree> parse(const std::shared_ptr<const SourceFile>& file)
{
  std::vector<Diagnostic> problems;
  auto docs = parse_documents(file, problems);
  REQUIRE(problems.empty());
  return docs;
}

} // namespace

TEST_SUITE("tree_blob")
{
  TEST_CASE("the embedded tree of the default model is the tree its embedded text parses to")
  {
    const auto file =
        std::make_shared<const SourceFile>("<default model>", std::string(default_model_text()));
    const std::vector<Tree> parsed = parse(file);
    const std::vector<Tree> read = trees_of_blob(embedded_text("data/model.tree"), file);
    REQUIRE(parsed.size() == 1);
    REQUIRE(read.size() == 1);
    CHECK(difference(parsed[0], read[0]) == "");
    CHECK(read[0].find("criteria") != nullptr);
  }

  TEST_CASE("a tree goes through bytes unchanged: every type, quoting, positions, odd scalars")
  {
    const std::string text = "a: 1\n"
                             "'b': \"two\\u0000words\"\n"
                             "c: [x, '', ~, {d: e}]\n"
                             "f:\n"
                             "g: |\n  long é text\n" +
                             std::string(300, ' ').replace(0, 3, "h: ") + "z\n" +
                             "---\n- [1, [2, [3]]]\n";
    const auto file = std::make_shared<const SourceFile>("t.yaml", text);
    const std::vector<Tree> parsed = parse(file);
    REQUIRE(parsed.size() == 2);
    const std::string blob = tree_blob(parsed);
    const std::vector<Tree> read = trees_of_blob(blob, file);
    REQUIRE(read.size() == 2);
    CHECK(difference(parsed[0], read[0]) == "");
    CHECK(difference(parsed[1], read[1]) == "");
    CHECK(read[0].find("b")->scalar == std::string("two\0words", 9));
    CHECK(read[0].find("b")->quoted);
    CHECK(read[0].find("h")->pos.col == 301); // a column past 127: two bytes
    CHECK(tree_blob(read) == blob);
  }

  TEST_CASE("a blob cut short, of another version or with bytes after it is refused")
  {
    const auto file = std::make_shared<const SourceFile>("t.yaml", "a: [1, 2]\n");
    const std::string blob = tree_blob(parse(file));
    CHECK_THROWS_WITH_AS(trees_of_blob("relief-tree/2\n", file), "not a relief-tree/1 blob",
                         TreeBlobError);
    for (std::size_t n = 14; n < blob.size(); ++n)
      CHECK_THROWS_AS(trees_of_blob(blob.substr(0, n), file), TreeBlobError);
    CHECK_THROWS_WITH_AS(trees_of_blob(blob + "x", file),
                         "a tree blob has bytes after its documents", TreeBlobError);
    std::string unknown = blob;
    unknown[15] = 9; // the document's head byte: no such type
    CHECK_THROWS_WITH_AS(trees_of_blob(unknown, file), "a tree blob holds an unknown node",
                         TreeBlobError);
  }
}
