#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "render/eval_render.hpp"

using namespace relief;

TEST_SUITE("render")
{
  TEST_CASE("eval CSV: net is the benefit rows' weighted minus the cost rows'")
  {
    Scenario s =
        test::scenario("relief: 1\nname: 'Deal, \"quoted\"'\noffer: [{measure: m1, scope: 0.5}]\n");
    std::vector<Answer<Evaluation>> reports = {{&s, 0, evaluate(s, 0)}};
    std::string csv = render_eval(reports, OutputFormat::csv, TableStyle{});
    CHECK(csv == "scenario,file,document,perspective,timing,criterion,kind,weight,score,multiplier,"
                 "weighted\r\n"
                 "\"Deal, \"\"quoted\"\"\",input,1,balanced,now,sov,benefit,0.5,2,1,1\r\n"
                 "\"Deal, \"\"quoted\"\"\",input,1,balanced,now,pri,benefit,0.25,0,1,0\r\n"
                 "\"Deal, \"\"quoted\"\"\",input,1,balanced,now,rep,cost,0.25,1,3,0.75\r\n");
  }

  TEST_CASE("eval JSON: the documented keys, null ratio when there are no costs")
  {
    Scenario s = test::scenario("relief: 1\nname: D\noffer: [{measure: m2}]\n");
    std::vector<Answer<Evaluation>> reports = {{&s, 0, evaluate(s, 0)}};
    auto j = nlohmann::json::parse(render_eval(reports, OutputFormat::json, TableStyle{}));
    CHECK(j["format"] == "relief-result/1");
    CHECK(j["command"] == "eval");
    auto r = j["results"][0];
    CHECK(r["scenario"] == "D");
    CHECK(r["ratio"].is_null());
    CHECK(r["benefits"].get<double>() == doctest::Approx(0.25));
    CHECK(r["verdict"] == "benefits-outweigh");
    CHECK(r["criteria"].size() == 3);
    CHECK(r["context"]["war"] == "ongoing");
  }
}
