// relief_tree_blob IN OUT: the build's step that parses a YAML file (the default model) into the
// blob of tree_blob.hpp, which relief embeds and reads at run time instead of parsing the YAML. A
// file with any diagnostic, even a warning, fails the build: relief would not report it.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "tree_blob.hpp"

int main(int argc, char** argv)
{
  if (argc != 3) {
    std::cerr << "usage: relief_tree_blob IN OUT\n";
    return 64;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    std::cerr << "relief_tree_blob: cannot read " << argv[1] << "\n";
    return 66;
  }
  std::vector<relief::Diagnostic> problems;
  const auto file = std::make_shared<const relief::SourceFile>(argv[1], text.str());
  const std::vector<relief::Tree> docs = relief::parse_documents(file, problems);
  for (const relief::Diagnostic& d : problems)
    std::cerr << relief::render_diagnostic(d, false);
  if (!problems.empty())
    return 65;
  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  out << relief::tree_blob(docs);
  out.close();
  if (!out) {
    std::cerr << "relief_tree_blob: cannot write " << argv[2] << "\n";
    std::remove(argv[2]);
    return 73;
  }
  return 0;
}
