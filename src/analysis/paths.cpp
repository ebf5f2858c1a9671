#include "analysis/paths.hpp"

#include <fmt/format.h>

namespace relief {

std::string source_of(const SourcePos& pos, std::string_view model_path)
{
  if (pos.file && pos.file->name != "<default model>")
    return pos.str();
  // a default of the embedded model: where it is written, and how a scenario overrides it
  std::string where = pos.file ? fmt::format("model line {}", pos.line) : "model default";
  if (!model_path.empty())
    where += fmt::format(" (assumptions: {})", model_path);
  return where;
}

} // namespace relief
