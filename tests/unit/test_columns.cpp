#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "render/columns.hpp"

using namespace relief;

namespace {

struct Row {
  std::string name;
  double value;
  std::optional<double> bound;
};

// A description with a column in every place: both formats, CSV only, JSON only, tables only, and
// one renamed when flattened into CSV.
const Columns<Row>& row_columns()
{
  static const Columns<Row> columns = {
      {"name", "name", [](const Row& r) { return text(r.name); }, Align::left},
      {"value", "value", [](const Row& r) { return number(r.value, 2); }},
      {"flat", "", [](const Row& r) { return plain(r.value * 2); }, Align::right, Fit::keep,
       Where::csv},
      {"detail", "", [](const Row& r) { return figure(r.value); }, Align::right, Fit::keep,
       Where::json},
      {"", "shown", [](const Row& r) { return maybe(r.bound, 1, "none"); }},
      {"v", "", [](const Row& r) { return plain(r.value); }, Align::right, Fit::keep, Where::both,
       "nested_v"},
  };
  return columns;
}

} // namespace

TEST_SUITE("columns")
{
  TEST_CASE("a field is exact for machines and formatted for people only when shown")
  {
    CHECK(number(1.0 / 3, 2).shown() == "0.33");
    CHECK(csv_text(number(1.0 / 3, 2).value) == "0.3333333333333333");
    CHECK(figure(1234.5678).shown() == "1235");
    CHECK(significant(0.0123456, 3).shown() == "0.0123");
    CHECK(plain(0.5555555555555556).shown() == "0.555556");
    CHECK(count(42).shown() == "42");
    CHECK(csv_text(count(42).value) == "42");
    CHECK(maybe(std::nullopt, 2).shown() == "-");
    CHECK(csv_text(maybe(std::nullopt, 2).value).empty());
    CHECK(maybe(std::nullopt, 2).value.is_null());
    CHECK(text("a, b").shown() == "a, b");
    CHECK(flag(true, "").shown().empty());
    CHECK(csv_text(flag(true, "").value) == "true");
    CHECK(csv_text(flag(false, "x").value) == "false");
  }

  TEST_CASE("one description: CSV, JSON and the table each take their columns")
  {
    const Row row{"alpha", 0.125, std::nullopt};
    CHECK(keys_of(row_columns()) == std::vector<std::string>{"name", "value", "flat", "nested_v"});
    std::vector<std::string> fields;
    append_csv(row_columns(), row, fields);
    CHECK(fields == std::vector<std::string>{"alpha", "0.125", "0.25", "0.125"});
    const Json j = json_row(row_columns(), row);
    CHECK(j.dump() == R"({"name":"alpha","value":0.125,"detail":0.125,"v":0.125})");
    const TextTable t = text_table(row_columns(), std::vector<Row>{row, {"beta", 2, 0.25}});
    CHECK(t.header == std::vector<std::string>{"name", "value", "shown"});
    CHECK(t.align == std::vector<Align>{Align::left, Align::right, Align::right});
    // a tie rounds away from zero, as a reader rounds by hand (fixed())
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0][0] == "alpha");
    CHECK(t.rows[0][1] == "0.13");
    CHECK(t.rows[0][2] == "none");
    CHECK(t.rows[1][0] == "beta");
    CHECK(t.rows[1][1] == "2.00");
    CHECK(t.rows[1][2] == "0.3");
  }

  TEST_CASE("every CSV of an analysis starts with the case: the file as given, the document apart")
  {
    Scenario first = test::scenario("relief: 1\nname: 'Deal, one'\n");
    Scenario second = first;
    second.document = 2;
    auto believed = std::make_shared<Model>(*first.model); // as with_belief() names its model
    believed->belief = "sceptic";
    second.model = believed;
    CaseCsv csv({{"x"}});
    CHECK(csv.header() == "scenario,file,document,perspective,beliefs,x\r\n");
    CHECK(csv.start(Case{&first, 0}).add({"1"}).end() ==
          "\"Deal, one\",input,1,balanced,central,1\r\n");
    CHECK(csv.start(Case{&second, 1}).add({"2"}).end() ==
          "\"Deal, one\",input,2,other,sceptic,2\r\n");
    CHECK(csv.start(Case{&second, 1}).add({"3"}).end() ==
          "\"Deal, one\",input,2,other,sceptic,3\r\n");
    CHECK(json_row(case_columns(), Case{&second, 1}).dump() ==
          R"({"scenario":"Deal, one","file":"input","document":2,"perspective":"other",)"
          R"("beliefs":"sceptic"})");
  }

  TEST_CASE("a bar column takes one span per row and the largest magnitude as its scale")
  {
    TextTable t;
    t.header = {"a"};
    t.align = {Align::left};
    t.rows = {{"x"}, {"y"}};
    add_bars(t, "chart", {{-0.5, 0}, {0, 2}}, 4);
    REQUIRE(t.bar);
    CHECK(t.header == std::vector<std::string>{"a", "chart"});
    CHECK(t.bar->column == 1);
    CHECK(t.bar->max_abs == 2);
    CHECK(t.bar->half == 4);
    CHECK(t.rows[1].size() == 2);
  }
}
