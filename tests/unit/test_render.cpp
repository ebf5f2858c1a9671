#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "render/eval_render.hpp"
#include "render/markdown_html.hpp"
#include "render/report_common.hpp"

using namespace relief;

TEST_SUITE("render")
{
  TEST_CASE("eval CSV: net is the benefit rows' weighted minus the cost rows'")
  {
    Scenario s =
        test::scenario("relief: 1\nname: 'Deal, \"quoted\"'\noffer: [{measure: m1, scope: 0.5}]\n");
    std::vector<Answer<Evaluation>> reports = {{&s, 0, evaluate(s, 0)}};
    std::string csv = render_eval(reports, OutputFormat::csv, TableStyle{});
    CHECK(csv ==
          "scenario,file,document,perspective,beliefs,timing,criterion,kind,weight,score,"
          "multiplier,weighted\r\n"
          "\"Deal, \"\"quoted\"\"\",input,1,balanced,central,now,sov,benefit,0.5,2,1,1\r\n"
          "\"Deal, \"\"quoted\"\"\",input,1,balanced,central,now,pri,benefit,0.25,0,1,0\r\n"
          "\"Deal, \"\"quoted\"\"\",input,1,balanced,central,now,rep,cost,0.25,1,3,0.75\r\n");
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

  TEST_CASE("the means note says how many of the distributions read at their means are the model's")
  {
    const TableStyle style;
    CHECK(means_note(0, 0, style, true).empty());
    CHECK(means_note(4, 0, style, true) ==
          "- note: 4 inputs are distributions, read at their means; see `relief simulate`\n");
    CHECK(means_note(4, 2, style, true) ==
          "- note: 4 inputs are distributions (2 of them the "
          "model's), read at their means; see `relief simulate`\n");
    CHECK(means_note(2, 2, style, true) == "- note: 2 inputs are distributions (all the model's), "
                                           "read at their means; see `relief simulate`\n");
    CHECK(means_note(1, 1, style, true) == "- note: 1 input is a distribution (the model's), read "
                                           "at its mean; see `relief simulate`\n");
    TableStyle quiet;
    quiet.quiet = true;
    CHECK(means_note(4, 2, quiet, true).empty());
  }

  TEST_CASE("a model's distribution counts as the model's until a scenario's assumptions set it")
  {
    // a1's max_amount as a distribution in the model is the model's; set by the scenario, not
    Scenario s = test::scenario("relief: 1\ncredibility: {beta: [6, 4]}\n"
                                "asks: [{item: a1, amount: 10}]\n"
                                "assumptions: {half_life_months: {uniform: [6, 18]}}\n");
    Evaluation ev = evaluate(s, 0);
    CHECK(ev.uncertain_inputs == 2);
    CHECK(ev.uncertain_model_inputs == 0); // the half-life is the scenario's assumption
    // the default model's delay of after-war is a triangular distribution: the model's (every
    // other number here at its mean)
    auto model = test::at_means(*default_model());
    const auto after_war = static_cast<std::size_t>(Timing::after_war);
    model->timings[after_war].delay_months = default_model()->timings[after_war].delay_months;
    Scenario later = test::scenario("relief: 1\ntiming: after-war\n"
                                    "offer: [{measure: humanitarian-aid}]\n",
                                    model);
    Evaluation at_war_end = evaluate(later, 0);
    CHECK(at_war_end.uncertain_inputs == 1);
    CHECK(at_war_end.uncertain_model_inputs == 1);
    // and with the default model as it is, every distribution this package reads is the model's
    later.model = default_model();
    const Evaluation judged = evaluate(later, 0);
    CHECK(judged.uncertain_inputs > 1);
    CHECK(judged.uncertain_model_inputs == judged.uncertain_inputs);
  }
}

TEST_CASE("report: the commands' Markdown as HTML, its headings under the report's")
{
  CHECK(demote_headings("## A\n\ntext # not a heading\n| # | b |\n### B\n#tag\n", 1) ==
        "### A\n\ntext # not a heading\n| # | b |\n#### B\n#tag\n");
  CHECK(demote_headings("##### five\n###### six\n", 2) == "###### five\n###### six\n");
  const std::string html =
      markdown_to_html("### Drivers\n\n| input | EVPPI |\n| --- | ---: |\n| `a.b` | 0.02 |\n\n"
                       "- P(net > 0) = 0.29 <script>x</script>\n");
  CHECK(html.find("<h3>Drivers</h3>") != std::string::npos);
  CHECK(html.find("<td align=\"right\">0.02</td>") != std::string::npos);
  CHECK(html.find("<td><code>a.b</code></td>") != std::string::npos);
  CHECK(html.find("<li>P(net &gt; 0) = 0.29") != std::string::npos);
  CHECK(html.find("<script>") == std::string::npos); // raw HTML is not let through
}
