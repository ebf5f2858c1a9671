#include "embedded.hpp"

namespace relief {

std::vector<std::string> preset_names()
{
  std::vector<std::string> names;
  for (const auto& f : embedded_files())
    if (f.name.starts_with("scenarios/"))
      names.emplace_back(f.name.substr(10, f.name.size() - 10 - 5));
  return names;
}

std::string_view embedded_text(std::string_view name)
{
  for (const auto& f : embedded_files())
    if (f.name == name)
      return f.text;
  return {};
}

} // namespace relief
