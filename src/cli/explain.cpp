// relief explain FILE: every contribution with its factors and sources; --paths lists every PATH.
#include <fmt/format.h>

#include "analysis/explain.hpp"
#include "analysis/paths.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "render/analysis_render.hpp"
#include "render/report_common.hpp"

namespace relief {
namespace {

std::string render_paths(const std::vector<std::pair<const Scenario*, std::size_t>>& list,
                         OutputFormat format, const TableStyle& style)
{
  std::vector<std::vector<std::string>> rows;
  Json j = json_document("explain");
  j["results"] = Json::array();
  std::string text;
  for (const auto& [s, p] : list) {
    Json one = json_report(*s, p);
    one["paths"] = Json::array();
    TextTable t;
    t.header = {"path", "value", "range", "source"};
    t.align = {Align::left, Align::right, Align::left, Align::left};
    for (const InputPath& input : input_paths(*s, p)) {
      const Value* v = input.value(*s);
      std::string source = v ? source_of(v->pos) : "model default"; // the path says the rest
      rows.push_back({s->name, shown_file(*s), s->model->perspectives[p].id, input.path,
                      exact(input.get(*s)), input.range.describe(), source});
      one["paths"].push_back({{"path", input.path},
                              {"value", input.get(*s)},
                              {"range", input.range.describe()},
                              {"source", source}});
      t.rows.push_back(
          {input.path, fmt::format("{:.6g}", input.get(*s)), input.range.describe(), source});
    }
    // How each criterion unfolds over time: not a number, but a choice of the model file.
    for (const Criterion& c : s->model->criteria) {
      const std::string path = fmt::format("model.criteria.{}.over_time", c.id);
      const std::string_view cls = over_time_name(c.over_time);
      const std::string source = source_of(c.over_time_pos);
      rows.push_back({s->name, shown_file(*s), s->model->perspectives[p].id, path, std::string(cls),
                      "once|flow|decays", source});
      one["paths"].push_back(
          {{"path", path}, {"value", cls}, {"range", "once|flow|decays"}, {"source", source}});
      t.rows.push_back({path, std::string(cls), "once|flow|decays", source});
    }
    j["results"].push_back(std::move(one));
    if (!text.empty())
      text += "\n";
    text += report_heading(*s, style, format == OutputFormat::markdown) + "\n\n";
    text += format == OutputFormat::markdown ? render_markdown(t) : render_text(t, style);
  }
  if (format == OutputFormat::csv)
    return csv_table({"scenario", "file", "perspective", "path", "value", "range", "source"}, rows);
  if (format == OutputFormat::json)
    return dump(j);
  return text;
}

} // namespace

Command setup_explain(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> files;
    bool paths = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "explain", "Every contribution to the result and where each number came from");
  add_file_operands(*sub, opt->files);
  sub->add_flag("--paths", opt->paths,
                "List every numeric input (PATH) with its value, range and source");
  add_global_options(*sub, g);
  return {sub, [opt, &g] {
            const OutputFormat format = output_format(g, analysis_formats());
            Batch batch;
            if (opt->paths) {
              std::vector<std::pair<const Scenario*, std::size_t>> list;
              ExitStatus status =
                  for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
                    list.push_back({&s, p});
                  });
              return deliver(render_paths(list, format, table_style(g)), g, status, &batch);
            }
            std::vector<Report<Explanation>> reports;
            ExitStatus status =
                for_each_scenario(opt->files, g, batch, [&](const Scenario& s, std::size_t p) {
                  reports.push_back({&s, p, explain(s, p)});
                });
            return deliver(render_explain(reports, format, table_style(g)), g, status, &batch);
          }};
}

} // namespace relief
