#pragma once
// Data files compiled into the binary: the default model, the template and the presets.
#include <string_view>
#include <vector>

namespace relief {

struct EmbeddedFile {
  std::string_view name; // "data/model.yaml", "scenarios/realpolitik.yaml", ...
  std::string_view text;
};

// Return every embedded file, in the order CMake listed them.
const std::vector<EmbeddedFile>& embedded_files();

} // namespace relief
