#pragma once
// `relief schema`: a JSON Schema (draft 2020-12) of the scenario format for editors, built from
// the loader's key lists (scenario_format.hpp) and valid ranges, with the ids of the model in force
// as enums and each key's description taken from relief-scenario(5).
#include <map>
#include <string>

#include "model.hpp"

namespace relief {

// Return each documented scenario key's description from relief-scenario(5)'s SCENARIO KEYS, as
// plain text: "relief", "offer", "offer.scope", "asks.item", ...
std::map<std::string, std::string> scenario_key_descriptions();

// Return the schema of a scenario file under model, as JSON text.
std::string render_schema(const Model& model);

} // namespace relief
