#pragma once
// Markdown -> HTML for the report: what the commands write as Markdown (tables, lists, headings,
// code spans) becomes part of the HTML page, so that each answer is described once, by the
// command's own renderer. cmark-gfm (GitHub's CommonMark with its table extension) does the work;
// raw HTML in the text is not let through.
#include <string>
#include <string_view>

namespace relief {

// Return markdown (CommonMark with GitHub's tables) as an HTML fragment.
std::string markdown_to_html(std::string_view markdown);

// Return markdown with every ATX heading `levels` deeper ("## A" -> "### A" for 1), at most 6.
std::string demote_headings(std::string_view markdown, int levels);

} // namespace relief
