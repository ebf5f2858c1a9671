#pragma once
// The model in force -> table, JSON, CSV (every numeric path) or Markdown text.
#include <string>

#include "model.hpp"
#include "render/table.hpp"

namespace relief {

// Return the model in the given format; yaml returns the model file's own text.
std::string render_model(const Model& model, OutputFormat format, const TableStyle& style);

} // namespace relief
