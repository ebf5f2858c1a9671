#include <doctest/doctest.h>

#include "diagnostic.hpp"

using namespace relief;

namespace {
Diagnostic at(std::string text, int line, int col, std::string message,
              Severity sev = Severity::error)
{
  auto file = std::make_shared<const SourceFile>(SourceFile{"f.yaml", std::move(text)});
  return Diagnostic{SourcePos{file, line, col}, sev, std::move(message), "f.yaml"};
}
} // namespace

TEST_SUITE("diagnostic")
{
  TEST_CASE("file:line:col, the source line and a caret under the column")
  {
    CHECK(render_diagnostic(at("relief: 1\nscope: 2\n", 2, 8, "scope 2 is out of range")) ==
          "f.yaml:2:8: error: scope 2 is out of range\n"
          "scope: 2\n"
          "       ^\n");
    CHECK(render_diagnostic(at("a: 1\n", 1, 1, "careful", Severity::warning)) ==
          "f.yaml:1:1: warning: careful\na: 1\n^\n");
  }

  TEST_CASE("tabs are kept so the caret lines up; control bytes are shown as '?'")
  {
    CHECK(render_diagnostic(at("\tx: \x01y\n", 1, 6, "m")) ==
          "f.yaml:1:6: error: m\n\tx: ?y\n\t    ^\n");
  }

  TEST_CASE("multi-byte characters take one column in the caret line")
  {
    // The column counts bytes (as compilers do); the caret counts characters.
    CHECK(render_diagnostic(at("name: Łukašenka: x\n", 1, 20, "m")) ==
          "f.yaml:1:20: error: m\nname: Łukašenka: x\n                 ^\n");
  }

  TEST_CASE("a very long line is shown as a window around the column")
  {
    std::string line = "k: " + std::string(300, 'a') + "X" + std::string(300, 'b');
    std::string out = render_diagnostic(at(line, 1, 304, "m"));
    std::string expected_excerpt =
        "..." + std::string(50, 'a') + "X" + std::string(49, 'b') + "...";
    CHECK(out ==
          "f.yaml:1:304: error: m\n" + expected_excerpt + "\n" + std::string(53, ' ') + "^\n");
  }

  TEST_CASE("no position: file: error: message")
  {
    Diagnostic d;
    d.file_name = "missing.yaml";
    d.message = "cannot open file: No such file or directory";
    CHECK(render_diagnostic(d) ==
          "missing.yaml: error: cannot open file: No such file or directory\n");
  }

  TEST_CASE("did you mean: the closest candidate within a small edit distance")
  {
    std::vector<std::string> ids = {"potash-transit", "banking", "aviation"};
    CHECK(did_you_mean("potash-transt", ids) == " (did you mean 'potash-transit'?)");
    CHECK(did_you_mean("bankin", ids) == " (did you mean 'banking'?)");
    CHECK(did_you_mean("helicopters", ids) == "");
    CHECK(closest_match("", ids) == "");
  }
}
