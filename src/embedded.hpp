#pragma once
// Data files compiled into the binary: the default model, the template and the presets.
#include <string>
#include <string_view>
#include <vector>

namespace relief {

struct EmbeddedFile {
  std::string_view name; // "data/model.yaml", "scenarios/realpolitik.yaml", ...
  std::string_view text;
};

// Return every embedded file, in the order CMake listed them.
const std::vector<EmbeddedFile>& embedded_files();

// Return the embedded presets' names ("pragmatic-engagement", ...), for init --from.
std::vector<std::string> preset_names();

// Return the text of the embedded file name ("data/template.yaml"), or "" when there is none.
std::string_view embedded_text(std::string_view name);

} // namespace relief
