#pragma once
// Terminal bar charts: net per row, and tornado bars around a base value.
#include <string>

namespace relief {

// Return a bar covering [lo, hi] on an axis from -max_abs to +max_abs drawn in 2 * half + 1
// cells, the middle cell marking zero: "   ###|" for [-0.5, 0], "|###" for [0, 0.5], "  ##|###"
// for a tornado bar around a base value; in Unicode, in eighths of a cell right of the axis and
// halves left of it.
std::string range_bar(double lo, double hi, double max_abs, int half, bool unicode);

// Return a bar of value / max_value of width cells, in eighths of a cell with Unicode blocks, in
// whole '#' cells in ASCII (for histograms); a share above 0 too small for one part is "▏" or
// ".", one of 0 is no bar.
std::string share_bar(double value, double max_value, int width, bool unicode);

} // namespace relief
