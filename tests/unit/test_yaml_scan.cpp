#include <doctest/doctest.h>

#include "yaml_scan.hpp"

#include <string>

using namespace relief;

namespace {

// Return "offset: message" for the first problem the scan finds in text, or "" for none.
std::string scan(std::string_view text)
{
  auto p = scan_yaml_text(text, 64);
  return p ? std::to_string(p->offset) + ": " + p->message : "";
}

} // namespace

TEST_SUITE("yaml_scan")
{
  TEST_CASE("valid YAML is let through: no check may refuse what YAML allows")
  {
    const char* valid[] = {
        "key: [\n  a,\n  b\n]\n",                 // a JSON-style closing bracket at the key
        "key: {\n  a: 1,\n}\n",                   // a trailing comma
        "[a,\nb]\n",                              // a flow collection at the document's root
        "key: \"a\n  b\"\n",                      // a quoted value continued past its key
        "- \"a\n  b\"\n- 'c\n\n  d'\n",           // in a sequence, with a blank line
        "key: \"a\n\n \tb\"\n",                   // spaces, then a tab, before the text
        "a#b: c#d\nurl: http://x.y/#frag\n",      // '#' inside plain scalars
        "key: \"it's\" # comment\n",              // a comment after a space
        "description: it's here, [really]\n",     // quotes and brackets in plain text
        "--- |\n  text #1\n",                     // a block scalar on the document marker
        "key: >-\n  text # not a comment\n  [\n", // brackets in a block scalar
        "x: &a\n  k: v\ny: *a\n",                 // an anchor before a nested map
        "&a\nkey: v\n",                           // an anchor on the root, on its own line
        "key:\n  &a\n  sub: v\n",                 // an anchor on its own line, indented
        "key:\n  !!map\n  sub: v\n",              // a tag on its own line, indented
        "? complex\n: value\n",                   // an explicit key
        "%YAML 1.2\n---\na: 1\n...\n%YAML 1.2\n---\nb: 2\n", // directives after '...'
        "[a, b, ]\n{a: -1, b: -x}\n",                        // signs and trailing commas
        "- - a\n  - b\n",                                    // nested block sequences
        "key: !!str 5\nk2: !local \"[\"\n",                  // tags before values
        "x: [a, \"b, c\", 'd''e', \"f\\\"g\"]\n",            // commas and escapes in quotes
        "key: |2-\n    text\n",                              // block scalar indicators
        "a: 1\r\nb: [x,\r\n  y]\r\n",                        // CRLF line breaks
        "\xEF\xBB\xBF%YAML 1.2\n---\na: 1\n",                // a byte order mark
        "key: [a, # comment\n  b]\n",                        // a comment inside a flow
        "- {a: 1,\n   b: 2}\n",                              // a flow map in a sequence
        "k: [[a, b],\n  [c]] #\n",                           // nested, a comment after
    };
    for (const char* text : valid) {
      CAPTURE(text);
      CHECK(scan(text) == "");
    }
  }

  TEST_CASE("invalid YAML that yaml-cpp 0.7 accepts is refused where it is wrong")
  {
    CHECK(
        scan("x: [ a, , b]\n") ==
        "8: YAML syntax error: an empty entry in a flow collection (a ',' with nothing before it)");
    CHECK(
        scan("x: [ , a]\n") ==
        "5: YAML syntax error: an empty entry in a flow collection (a ',' with nothing before it)");
    CHECK(scan("x: {a: 1,\n  , b: 2}\n") ==
          "12: YAML syntax error: an empty entry in a flow collection (a ',' with nothing before "
          "it)");
    CHECK(scan("x: \"v\"#c\n") == "6: YAML syntax error: a comment needs a space before '#'");
    CHECK(scan("x: [a]#c\n") == "6: YAML syntax error: a comment needs a space before '#'");
    CHECK(scan("x: |+#c\n  t\n") == "5: YAML syntax error: a comment needs a space before '#'");
    CHECK(scan("x: [-]\n") ==
          "4: YAML syntax error: '-' cannot stand alone in a flow collection (a block list cannot "
          "go inside [ ] or { }; quote it to mean the text)");
    CHECK(scan("x: [a,\nb]\n") ==
          "7: YAML syntax error: the '[' opened on line 1 is still open here: close it, or indent "
          "this line more than its key (1 space or more)");
    CHECK(scan("- k: {a: 1,\n  b: 2}\n") ==
          "14: YAML syntax error: the '{' opened on line 1 is still open here: close it, or indent "
          "this line more than its key (3 spaces or more)");
    CHECK(scan("x: 'a\nb'\n") ==
          "6: YAML syntax error: the string quoted on line 1 is still open here: close it, or "
          "indent this line more than its key (1 space or more)");
    CHECK(scan("x: \"a\n\tb\"\n") ==
          "7: YAML syntax error: the string quoted on line 1 is still open here: close it, or "
          "indent this line more than its key (1 space or more)");
    CHECK(scan("a: 1\n%YAML 1.2\n---\n") ==
          "5: YAML syntax error: a directive (%) after a document needs the end marker '...' "
          "before it");
    CHECK(scan("---\n%TAG ! x\n") ==
          "4: YAML syntax error: a directive (%) after a document needs the end marker '...' "
          "before it");
    CHECK(scan("seq:\n&a\n- x\n") ==
          "5: YAML syntax error: a line that holds only an anchor or a tag must be indented more "
          "than the key above it (1 space or more)");
    CHECK(scan("- k: &x\n  !!map # c\n  a: b\n") ==
          "10: YAML syntax error: a line that holds only an anchor or a tag must be indented more "
          "than the key above it (3 spaces or more)");
  }

  TEST_CASE("flow nesting is counted only where a flow collection starts")
  {
    CHECK(scan("k: " + std::string(64, '[')) == "");
    CHECK(scan("k: " + std::string(65, '[')) == "67: nesting too deep: more than 64 levels");
    CHECK(scan("k: a" + std::string(100, '[')) == "");
    CHECK(scan("k: '" + std::string(100, '[') + "'") == "");
  }

  TEST_CASE("the scan is linear: a long line of indicators, quotes or brackets")
  {
    // each would take minutes if a column were found by searching back to the line's start
    std::string keys;
    for (int i = 0; i < 200'000; ++i)
      keys += "- a: ";
    CHECK(scan("k:\n  " + keys + "\n") == "");
    std::string quotes = "k: [";
    for (int i = 0; i < 200'000; ++i)
      quotes += "'a', ";
    CHECK(scan(quotes + "]\n") == "");
  }

  TEST_CASE("a hint for the valid YAML that yaml-cpp 0.7 cannot read")
  {
    CHECK(deviation_hint("k: {\"a\"\n  : b}\n", 4) ==
          " (if the map is closed: yaml-cpp 0.7, relief's YAML reader, needs each key in { } on "
          "the line of its ':')");
    CHECK(deviation_hint("k: {a: b", 4) == ""); // not closed at all: yaml-cpp says so already
    CHECK(deviation_hint("k: [?x]\n", 4) ==
          " (yaml-cpp 0.7, relief's YAML reader, cannot read '?' at the start of a scalar or "
          "inside one in [ ] or { }: quote the scalar)");
    CHECK(deviation_hint("k: [a]\n", 4) == "");
  }

  TEST_CASE("a line of only tabs and spaces becomes spaces, at the same offsets")
  {
    CHECK(blank_lines_without_tabs("a: 1\n\t \nb: \t2\n") == "a: 1\n  \nb: \t2\n");
  }

  TEST_CASE("encoding: NUL, UTF-16 and broken UTF-8 at their first byte")
  {
    CHECK(!check_encoding("a: \xC3\xA9\n"));
    CHECK(check_encoding(std::string_view("a\0b", 3))->offset == 1);
    CHECK(check_encoding("\xFF\xFE"
                         "a")
              ->message == "the file is UTF-16; save it as UTF-8");
    CHECK(check_encoding("ab\xE9zzz")->message ==
          "invalid UTF-8: byte 0xE9 is not followed by a continuation byte (a Latin-1 or "
          "Windows-125x file? save it as UTF-8)");
  }
}
