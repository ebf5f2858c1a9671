#pragma once
// Terminal bar charts: net per row, and tornado bars around a base value.
#include <string>

namespace relief {

// Return a bar for value on an axis from -max_abs to +max_abs drawn in 2 * half + 1 cells, the
// middle cell marking zero: "      ###|" for a negative value, "|###      " for a positive one.
std::string diverging_bar(double value, double max_abs, int half, bool unicode);

// Return a tornado bar covering [lo, hi] on the same axis, centred on the base value (0).
std::string range_bar(double lo, double hi, double max_abs, int half, bool unicode);

// Return a bar of value / max_value of width cells, in eighths of a cell with Unicode blocks, in
// whole '#' cells in ASCII (for histograms).
std::string share_bar(double value, double max_value, int width, bool unicode);

} // namespace relief
