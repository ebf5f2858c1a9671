#include <doctest/doctest.h>

#include "yaml_reader.hpp"

#include <cmath>

using namespace relief;

TEST_SUITE("yaml_reader")
{
  TEST_CASE("numbers are read as YAML 1.2's core schema reads them, as schema clients do")
  {
    using Kind = YamlNumber::Kind;
    auto value = [](std::string_view s) {
      const YamlNumber n = parse_yaml_number(s);
      REQUIRE(n.kind == Kind::number);
      return n.value;
    };
    CHECK(value("1") == 1);
    CHECK(value("1.0") == 1);
    CHECK(value("+1") == 1);
    CHECK(value("1e0") == 1);
    CHECK(value("+.5") == 0.5);
    CHECK(value("-.5") == -0.5);
    CHECK(value("017") == 17); // decimal in YAML 1.2 (octal only in YAML 1.1)
    CHECK(value("0x10") == 16);
    CHECK(value("0o17") == 15);
    CHECK(value("1e-400") == 0); // rounds to zero, as every YAML reader rounds it
    CHECK(!std::signbit(value("-0")));
    CHECK(parse_yaml_number("1e309").kind == Kind::out_of_range);
    CHECK(parse_yaml_number("0xFFFFFFFFFFFFFFFFF").kind == Kind::out_of_range);
    for (const char* infinite : {".inf", "-.inf", "+.Inf", ".NaN", "nan", "inf"}) {
      CAPTURE(infinite);
      CHECK(parse_yaml_number(infinite).kind == Kind::not_finite);
    }
    // not numbers in YAML 1.2: YAML 1.1's binary, underscores and sexagesimals, and the rest
    for (const char* text : {"0b11", "1_000", "1:20", "0X10", "-0x1", "0x", "0o8", "+-1", "1,5", "",
                             "one", "0x1p3", "1e"}) {
      CAPTURE(text);
      CHECK(parse_yaml_number(text).kind == Kind::not_a_number);
    }
  }
}
