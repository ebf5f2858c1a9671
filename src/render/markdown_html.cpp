#include "render/markdown_html.hpp"

#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace relief {

std::string markdown_to_html(std::string_view markdown)
{
  cmark_gfm_core_extensions_ensure_registered();
  const std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(
      cmark_parser_new(CMARK_OPT_DEFAULT), &cmark_parser_free);
  if (!parser)
    throw std::bad_alloc();
  if (cmark_syntax_extension* table = cmark_find_syntax_extension("table"))
    cmark_parser_attach_syntax_extension(parser.get(), table);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  const std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(
      cmark_parser_finish(parser.get()), &cmark_node_free);
  if (!root)
    throw std::bad_alloc();
  char* html = cmark_render_html(root.get(), CMARK_OPT_DEFAULT,
                                 cmark_parser_get_syntax_extensions(parser.get()));
  if (!html)
    throw std::bad_alloc();
  std::string out(html);
  std::free(html); // cmark's default allocator is malloc
  return out;
}

std::string demote_headings(std::string_view markdown, int levels)
{
  std::string out;
  out.reserve(markdown.size() + 64);
  bool line_start = true;
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    if (line_start && markdown[i] == '#') {
      std::size_t hashes = markdown.find_first_not_of('#', i) - i;
      if (hashes < 6 && i + hashes < markdown.size() && markdown[i + hashes] == ' ')
        out.append(std::min<std::size_t>(static_cast<std::size_t>(levels), 6 - hashes), '#');
    }
    out += markdown[i];
    line_start = markdown[i] == '\n';
  }
  return out;
}

} // namespace relief
