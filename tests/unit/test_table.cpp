#include <doctest/doctest.h>

#include "render/table.hpp"

using namespace relief;

namespace {

// A table of three columns whose name column may be cut.
TextTable names_table()
{
  TextTable t;
  t.header = {"id", "scenario", "net"};
  t.align = {Align::left, Align::left, Align::right};
  t.fit = {Fit::keep, Fit::shorten};
  t.rows = {{"a", "Two crossings and aid for 200 prisoners", "0.271"}, {"b", "Short", "-1.000"}};
  return t;
}

} // namespace

TEST_SUITE("table")
{
  TEST_CASE("CSV fields are quoted as RFC 4180 says")
  {
    CHECK(csv_row({"a", "b,c", "say \"hi\"", "line\nbreak"}) ==
          "a,\"b,c\",\"say \"\"hi\"\"\",\"line\nbreak\"\r\n");
  }

  TEST_CASE("numbers: exact round-trip text, fixed decimals, readable sentences; no negative 0")
  {
    CHECK(exact(0.1) == "0.1");
    CHECK(exact(-0.0) == "0");
    CHECK(exact(1.0 / 3.0) == "0.3333333333333333");
    CHECK(fixed(-0.0001, 3) == "0.000");
    CHECK(fixed(2.5, 2) == "2.50");
    CHECK(readable(5.0 / 9.0) == "0.555556");
    CHECK(readable(578.3826985831884) == "578.383");
    CHECK(readable(1150) == "1150");
    CHECK(readable(-0.0) == "0");
  }

  TEST_CASE("text tables align, Markdown tables escape pipes")
  {
    TextTable t;
    t.header = {"name", "value"};
    t.align = {Align::left, Align::right};
    t.rows = {{"a", "1.0"}, {"longer", "10.25"}};
    CHECK(render_text(t, TableStyle{}) ==
          "  name    value\n  -------------\n  a         1.0\n  longer  10.25\n");
    t.rows = {{"a|b", "1"}};
    CHECK(render_markdown(t) == "| name | value |\n| --- | ---: |\n| a\\|b | 1 |\n");
  }

  TEST_CASE("a name is cut only as far as the width needs, never below 12 cells")
  {
    TableStyle style;
    style.width = 40; // the whole table is 2 + 2 + 2 + 39 + 2 + 6 = 53 wide: the name gives 13
    CHECK(render_text(names_table(), style) == "  id  scenario                       net\n"
                                               "  --------------------------------------\n"
                                               "  a   Two crossings and aid f...   0.271\n"
                                               "  b   Short                       -1.000\n");
    style.width = 60; // room: nothing is cut
    CHECK(render_text(names_table(), style).find("Two crossings and aid for 200 prisoners") !=
          std::string::npos);
  }

  TEST_CASE("a table that cannot fit becomes records: a block per row, nothing cut")
  {
    TableStyle style;
    style.width = 25; // even a 12-cell name leaves the table 2 + 2 + 2 + 12 + 2 + 6 = 26 wide
    // (a value wraps at 16 cells at least: 25 - "  scenario  " leaves only 13)
    CHECK(render_text(names_table(), style) == "  id        a\n"
                                               "  scenario  Two crossings\n"
                                               "            and aid for 200\n"
                                               "            prisoners\n"
                                               "  net       0.271\n"
                                               "\n"
                                               "  id        b\n"
                                               "  scenario  Short\n"
                                               "  net       -1.000\n");
  }

  TEST_CASE("records draw a table's bar chart as wide as the line allows")
  {
    TextTable t;
    t.header = {"input", "swing", "chart"};
    t.align = {Align::left, Align::right, Align::left};
    t.rows = {{"credibility", "0.232", ""}};
    t.bar = BarColumn{2, {std::pair{-1.0, 1.0}}, 1.0, 12, 3};
    TableStyle style;
    style.width = 19; // the table needs 2 + 11 + 2 + 5 + 2 + 25, and 20 without its chart
    const std::string out = render_text(t, style);
    CHECK(out == "  input  credibility\n"
                 "  swing  0.232\n"
                 "  chart  #######|#######\n");
  }

  TEST_CASE("a table that cannot fit leaves out its chart, then names beside ids, before records")
  {
    TextTable t;
    t.header = {"id", "scenario", "net", "chart"};
    t.align = {Align::left, Align::left, Align::right, Align::left};
    t.fit = {Fit::keep, Fit::shorten_or_omit, Fit::keep};
    t.rows = {{"a", "Two crossings and aid for 200 prisoners", "0.271", ""},
              {"bb", "Short", "-1.000", ""}};
    t.bar = BarColumn{3, {std::pair{0.0, 0.271}, std::pair{-1.0, 0.0}}, 1.0, 12, 3};
    TableStyle style;
    // whole: 2 + 2 + 2 + 39 + 2 + 6 + 2 + 25 = 80 cells
    style.width = 80;
    CHECK(left_out_columns(t, style).empty());
    // the chart narrows to 7 cells (3 a side) and the name to 12: 2 + 2 + 2 + 12 + 2 + 6 + 2 + 7
    style.width = 35;
    CHECK(left_out_columns(t, style).empty());
    CHECK(render_text(t, style) == "  id  scenario         net  chart\n"
                                   "  ---------------------------------\n"
                                   "  a   Two cross...   0.271     |#\n"
                                   "  bb  Short         -1.000  ###|\n");
    // one cell fewer: the chart goes, and the name has room again (2 + 2 + 2 + 20 + 2 + 6)
    style.width = 34;
    CHECK(left_out_columns(t, style) == std::vector<std::string>{"chart"});
    CHECK(render_text(t, style) == "  id  scenario                 net\n"
                                   "  --------------------------------\n"
                                   "  a   Two crossings and...   0.271\n"
                                   "  bb  Short                 -1.000\n"
                                   "  left out to fit 34 columns:\n"
                                   "    chart (--wide prints it)\n");
    // then the name, whose id stays: 2 + 2 + 2 + 6 = 12
    style.width = 24;
    CHECK(left_out_columns(t, style) == std::vector<std::string>{"chart", "scenario"});
    CHECK(render_text(t, style) == "  id     net\n"
                                   "  ----------\n"
                                   "  a    0.271\n"
                                   "  bb  -1.000\n"
                                   "  left out to fit 24\n"
                                   "    columns: chart,\n"
                                   "    scenario (--wide\n"
                                   "    prints them)\n");
    // the note is a legend: not under -q, nor where the caller says it once for several tables
    style.quiet = true;
    CHECK(render_text(t, style) == "  id     net\n  ----------\n  a    0.271\n  bb  -1.000\n");
    style.quiet = false;
    style.left_out_note = false;
    CHECK(render_text(t, style) == "  id     net\n  ----------\n  a    0.271\n  bb  -1.000\n");
    // narrower than even that: records, every cell whole
    style.width = 11;
    CHECK(left_out_columns(t, style).empty());
    CHECK(render_text(t, style).find("  scenario  Two crossings") != std::string::npos);
  }

  TEST_CASE("a column of names wraps at its hyphens below 12 cells, after the chart is left out")
  {
    TextTable t;
    t.header = {"timing", "net", "verdict", "chart"};
    t.align = {Align::left, Align::right, Align::left, Align::left};
    t.fit = {Fit::wrap, Fit::keep, Fit::keep};
    t.rows = {{"now", "0.805", "benefits-outweigh", ""},
              {"after-lukashenka", "-0.033", "balanced", ""}};
    t.bar = BarColumn{3, {std::pair{0.0, 0.805}, std::pair{-0.033, 0.0}}, 1.0, 12, 3};
    TableStyle style;
    // without the chart: 2 + 16 + 2 + 6 + 2 + 17 = 45 cells; the name at 12 (its floor as a
    // phrase) would need 41, at 10 ("lukashenka", the widest piece) 39
    style.width = 45;
    CHECK(render_text(t, style) == "  timing               net  verdict\n"
                                   "  -------------------------------------------\n"
                                   "  now                0.805  benefits-outweigh\n"
                                   "  after-lukashenka  -0.033  balanced\n"
                                   "  left out to fit 45 columns: chart (--wide\n"
                                   "    prints it)\n");
    // the name narrower than 12 cells, only as far as the width needs (11: 2 + 11 + 2 + 6 + 2 +
    // 17 = 40), once the chart is left out (with it, at its 7 cells, the name at 10 needs 48)
    style.width = 40;
    CHECK(left_out_columns(t, style) == std::vector<std::string>{"chart"});
    CHECK(render_text(t, style) == "  timing          net  verdict\n"
                                   "  --------------------------------------\n"
                                   "  now           0.805  benefits-outweigh\n"
                                   "  after-       -0.033  balanced\n"
                                   "  lukashenka\n"
                                   "  left out to fit 40 columns: chart\n"
                                   "    (--wide prints it)\n");
    // no narrower than its widest piece: records
    style.width = 38;
    CHECK(render_text(t, style).starts_with("  timing   now\n"));
    // a phrase (a cell with a space) is not narrowed below 12 cells: records at 40
    t.rows[1][0] = "after lukashenka";
    style.width = 40;
    CHECK(render_text(t, style).starts_with("  timing   now\n"));
  }

  TEST_CASE("wrap: words at spaces, and a word longer than a line at a dot, slash or hyphen")
  {
    CHECK(wrap("effect model line 115 (assumptions: measures.diplomatic-normalisation.effects."
               "sovereignty), time",
               4, 30) == "effect model line 115\n"
                         "    (assumptions:\n"
                         "    measures.diplomatic-\n"
                         "    normalisation.effects.\n"
                         "    sovereignty), time");
  }

  TEST_CASE("wrap_cell: after a list's item, else at a space, else inside a path")
  {
    // design's asks at 30 cells: names stay whole ("hybrid-" "attacks-halt 1" before), and a
    // line breaks after an item's ", " when that fills half of it
    CHECK(wrap_cell("repression-halt 1, migration-halt 1, hybrid-attacks-halt 1, exercise-"
                    "transparency 1",
                    30) == std::vector<std::string>{"repression-halt 1,", "migration-halt 1,",
                                                    "hybrid-attacks-halt 1,",
                                                    "exercise-transparency 1"});
    // "prisoners 50, " is under half the line: the last space, not the item, ends it
    CHECK(wrap_cell("prisoners 50, repression-halt 1, migration-halt 1", 30) ==
          std::vector<std::string>{"prisoners 50, repression-halt", "1, migration-halt 1"});
    // no space: a path breaks after its last dot or hyphen that fits, a word inside itself
    CHECK(
        wrap_cell("measures.diplomatic-normalisation.effects.sovereignty", 24) ==
        std::vector<std::string>{"measures.diplomatic-", "normalisation.effects.", "sovereignty"});
    CHECK(wrap_cell("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
  }

  TEST_CASE("wrap: a line break in the text is kept, and no line ends in a space")
  {
    // simulate's heading: its second line fits and stays whole (it once broke after "seed",
    // the first line's length counted against it)
    CHECK(wrap("When to engage: normalisation and trade for 500 prisoners  (scenarios/when-to-"
               "engage.yaml) — perspective balanced\n20000 samples, seed 20251128; 48 uncertain "
               "inputs",
               0, 80) == "When to engage: normalisation and trade for 500 prisoners\n"
                         "(scenarios/when-to-engage.yaml) — perspective balanced\n"
                         "20000 samples, seed 20251128; 48 uncertain inputs");
    // after a break the next line is indented as a wrapped one; a closing break is kept bare
    CHECK(wrap("one two\nthree four five\n", 2, 12) == "one two\n  three four\n  five\n");
    CHECK(wrap("a  b", 0, 80) == "a  b"); // two spaces inside a line stay two
  }
}
