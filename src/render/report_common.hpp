#pragma once
// What the renderers of every command share: names, headings, JSON documents, CSV tables.
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "analysis/equivalent.hpp"
#include "evaluate.hpp"
#include "render/table.hpp"

namespace relief {

using Json = nlohmann::ordered_json;

std::string_view kind_name(Kind k);
std::string_view timing_name(Timing t);
std::string_view war_name(War w);

// Return the scenario's file as shown in outputs, with "#N" for the N-th document of a file.
std::string shown_file(const Scenario& s);

// Return a short id for each (file, document) the same way in every table that lists scenarios:
// the file's name without its extension, "#N" for its N-th document (N > 1), and as many of its
// directories in front as it takes to tell different files with the same name apart
// ("a/variants", "b/variants#2").
std::vector<std::string> short_ids(const std::vector<std::pair<std::string, int>>& files);

// Return "Name  (file)" in bold on a terminal, or "## Name" with the file in Markdown.
std::string report_heading(const Scenario& s, const TableStyle& style, bool markdown);

// Return one line of text (a heading, a context line) wrapped at style.width on a terminal;
// unchanged in Markdown or without a width.
std::string fit_line(const std::string& text, const TableStyle& style, bool markdown);

// Return phrases joined by "; " on one line or, where they do not fit style.width on a terminal,
// on several: a line breaks after a "; ", not inside a phrase that fits a line (a longer one is
// wrapped at its words). Joined, unwrapped, in Markdown or without a width.
std::string fit_phrases(const std::vector<std::string>& phrases, const TableStyle& style,
                        bool markdown);

// Return each line of block that is an item ("  text") longer than style.width wrapped at it,
// continued with four spaces; the block unchanged without a width. For blocks of sentences, not
// tables (render_text fits those).
std::string fit_items(const std::string& block, const TableStyle& style);

// Return the heading of one report: report_heading, then " — perspective P", detail and a blank
// line; "" when style.headings is false.
std::string section_heading(const Scenario& s, std::size_t perspective, const TableStyle& style,
                            bool markdown, std::string_view detail = "");

// Return a verdict as one mark: + benefits outweigh, = balanced, - costs outweigh.
std::string verdict_mark(Verdict v);

// Return the colour of a verdict: green, yellow or red.
fmt::text_style verdict_color(Verdict v);

// Which shard of a batch this run is (--shard K/N of `total` files): every JSON document then
// says so, for `relief merge`.
struct JsonShard {
  std::size_t index = 1, count = 1, total = 0;
};
void set_json_shard(const std::optional<JsonShard>& shard);

// A shard's document that `relief merge` cannot join: its content (exit status 65) or the set of
// shards given (a usage error, 64).
class ShardMergeError : public std::runtime_error {
public:
  ShardMergeError(const std::string& why, bool usage) : std::runtime_error(why), usage_error(usage)
  {
  }
  bool usage_error;
};

// Return {"format": "relief-result/1", "command": command}, with "shard" when set_json_shard set
// one.
Json json_document(std::string_view command);

// Return {"scenario", "file", "document", "perspective"} of one report.
Json json_report(const Scenario& s, std::size_t perspective);

// Return v as a JSON number, or null.
Json json_optional(const std::optional<double>& v);

// Return the document as text with a final newline; invalid UTF-8 from input files is replaced.
std::string dump(const Json& j);

// A JSON document whose "results" array is written one element at a time, so that a batch holds
// no result once it is written: add() and finish() together return exactly dump() of the whole
// document.
class JsonResultsWriter {
public:
  // document gets "results" as its last key.
  explicit JsonResultsWriter(Json document);
  // Return the text of one more result, after the document's opening when it is the first.
  std::string add(const Json& result);
  // Return the rest of the document: all of it, with "results": [], when nothing was added.
  std::string finish() const;

private:
  std::string m_empty; // the whole document with no results
  std::size_t m_split; // where "[]" opens in m_empty
  bool m_started = false;
};

// Return a CSV table: the header row, then the rows.
std::string csv_table(const std::vector<std::string>& header,
                      const std::vector<std::vector<std::string>>& rows);

// Return an optional number as exact text, or "" when there is none.
std::string exact_or_empty(const std::optional<double>& v);

// Return a note under a table, ending in a newline: a list item in Markdown, else indented by two
// spaces and wrapped at 80 columns (or the narrower width of style).
std::string note(const std::string& text, const TableStyle& style, bool markdown);

// Return the note under a deterministic result that read n distributions at their means, model_n
// of them the model's ("note: 4 inputs are distributions (2 of them the model's), read at their
// means; see `relief simulate`"), or "" when n is 0 or style.quiet. One rule for every command
// that evaluates at the means.
std::string means_note(std::size_t n, std::size_t model_n, const TableStyle& style, bool markdown);

// Return a value read as an amount of an ask (--in): "worth as much as prisoners: 212 people,
// asked alone and delivered"; what the value is ("net 0.805") comes first. none: the ask alone
// is worth nothing under this perspective.
std::string equivalent_text(std::string_view what, const Model& m, std::string_view ask,
                            const std::optional<Equivalent>& e);
// Return the amount shown: whole people, else three significant digits.
std::string equivalent_amount(const Model& m, const Equivalent& e);
// Return {"ask", "amount", "beyond"} of an equivalent, null amount when there is none.
Json equivalent_json(const Model& m, std::string_view ask, const std::optional<Equivalent>& e);

} // namespace relief
