// relief merge FILE...: the JSON documents of `eval`, `compare`, `validate`, `simulate` or `design
// --shard K/N` joined into the document the whole batch, run or search gives (issue 21 item 4).
#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <stdexcept>

#include "analysis/compare.hpp"
#include "cli/commands.hpp"
#include "render/design_state.hpp"
#include "render/report_common.hpp"
#include "render/simulate_state.hpp"
#include "source.hpp"

namespace relief {
namespace {

constexpr std::size_t k_max_shard_bytes = std::size_t{1} << 30; // a shard's JSON, read whole

struct ShardDocument {
  std::string file;
  Json doc;
};

// A document that is not what merge reads: invalid data (exit status 65).
class BadShard : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

[[noreturn]] void bad(const std::string& file, const std::string& why)
{
  throw BadShard(fmt::format("merge: {}: {}", file, why));
}

[[noreturn]] void bad_data(const std::string& why)
{
  throw BadShard(fmt::format("merge: {}", why));
}

// " of N files" for a shard of a batch of files; nothing for simulate and design, whose shards
// split samples and a search.
std::string of_files(std::size_t files)
{
  return files ? fmt::format(" of {} files", files) : std::string();
}

// The wrong set of shards given: a usage error (exit status 64).
[[noreturn]] void wrong(const std::string& file, const std::string& why)
{
  throw UsageError(fmt::format("merge: {}: {}", file, why));
}

// compare's ranking of the joined rows (ranking_order): cells numbered as compare numbers them,
// belief set then perspective in the order first met.
void rerank(Json& rows)
{
  std::vector<std::string> perspectives, beliefs;
  auto index = [](std::vector<std::string>& seen, const std::string& id) {
    const auto at = std::find(seen.begin(), seen.end(), id);
    if (at != seen.end())
      return static_cast<std::size_t>(at - seen.begin());
    seen.push_back(id);
    return seen.size() - 1;
  };
  std::vector<std::pair<std::size_t, std::size_t>> seen; // (belief, perspective) per row
  std::vector<double> expected;
  for (const Json& r : rows) {
    seen.emplace_back(index(beliefs, r.at("beliefs").get<std::string>()),
                      index(perspectives, r.at("perspective").get<std::string>()));
    expected.push_back(r.at("expected_net").get<double>());
  }
  std::vector<std::size_t> cell;
  for (const auto& [belief, perspective] : seen)
    cell.push_back(belief * perspectives.size() + perspective);
  std::vector<std::uint32_t> rank;
  Json out = Json::array();
  for (std::size_t i : ranking_order(cell, expected, rank)) {
    out.push_back(rows[i]);
    out.back()["rank"] = rank[i];
  }
  rows = std::move(out);
}

} // namespace

Command setup_merge(CLI::App& app, GlobalOptions& g)
{
  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* sub = app.add_subcommand(
      "merge", "Join the JSON of eval, compare, validate, simulate or design --shard K/N runs "
               "into the whole run's document");
  sub->add_option("FILE", *files, "The N shards' JSON documents, in any order")->required();
  add_global_options(*sub, g);
  return {sub, [files, &g]() -> ExitStatus {
            try {
              std::vector<ShardDocument> shards;
              for (const std::string& f : *files) {
                SourceRead read = read_source(f, k_max_shard_bytes);
                if (!read.file) {
                  fmt::print(stderr, "relief: error: merge: {}: {}\n", f,
                             read.problem ? read.problem->message : "cannot read");
                  return read.status;
                }
                Json doc = Json::parse(read.file->text, nullptr, false);
                if (doc.is_discarded() || !doc.is_object())
                  bad(f, "not a JSON document");
                shards.push_back({f, std::move(doc)});
              }
              std::string command;
              std::size_t count = 0, total = 0;
              std::map<std::size_t, const ShardDocument*> by_index;
              for (const ShardDocument& s : shards) {
                const Json& d = s.doc;
                if (d.value("format", "") != "relief-result/1")
                  bad(s.file, "not a relief-result/1 document");
                const std::string c = d.value("command", "");
                if (c != "eval" && c != "compare" && c != "validate" && c != "simulate" &&
                    c != "design")
                  bad(s.file,
                      fmt::format(
                          "merge joins eval, compare, validate, simulate and design, not '{}'", c));
                if (!d.contains("shard") || !d["shard"].is_object())
                  wrong(s.file, "not a shard: run the command with --shard K/N");
                if (c == "compare" && d.contains("samples"))
                  wrong(s.file, "a simulated comparison (compare -n) does not merge");
                const Json& sh = d["shard"];
                const auto k = sh.value("index", std::size_t{0}),
                           n = sh.value("count", std::size_t{0}),
                           t = sh.value("files", std::size_t{0});
                if (command.empty()) {
                  command = c;
                  count = n;
                  total = t;
                } else if (c != command || n != count || t != total)
                  wrong(s.file, fmt::format("a shard of another run ({} {}/{}{}, not {} of "
                                            "{} shards{})",
                                            c, k, n, of_files(t), command, count, of_files(total)));
                if (k < 1 || k > count || !by_index.emplace(k, &s).second)
                  wrong(s.file, fmt::format("shard {}/{} given twice, or out of range", k, n));
              }
              if (by_index.size() != count) {
                std::string missing;
                for (std::size_t k = 1; k <= count; ++k)
                  if (!by_index.count(k))
                    missing += (missing.empty() ? "" : ", ") + std::to_string(k);
                throw UsageError(fmt::format("merge: shard{} {} of {} missing",
                                             missing.find(',') == std::string::npos ? "" : "s",
                                             missing, count));
              }
              if (command == "simulate" || command == "design") {
                std::vector<const Json*> docs;
                std::vector<std::string> names;
                for (const auto& [k, s] : by_index) {
                  docs.push_back(&s->doc);
                  names.push_back(s->file);
                }
                try {
                  return deliver(dump(command == "simulate" ? merge_simulate_shards(docs, names)
                                                            : merge_design_shards(docs, names)),
                                 g, ExitStatus::success);
                } catch (const ShardMergeError& e) {
                  if (e.usage_error)
                    throw UsageError(fmt::format("merge: {}", e.what()));
                  bad_data(e.what());
                } catch (const Json::exception& e) {
                  bad_data(fmt::format("{}: {}", names[0], e.what()));
                }
              }
              const std::string key = command == "validate" ? "files" : "results";
              Json doc = json_document(command);
              doc[key] = Json::array();
              for (const auto& [k, s] : by_index) {
                if (!s->doc.contains(key) || !s->doc[key].is_array())
                  bad(s->file, fmt::format("no \"{}\" list", key));
                for (const Json& r : s->doc[key]) {
                  if (command == "compare" &&
                      !(r.is_object() && r.contains("beliefs") && r["beliefs"].is_string() &&
                        r.contains("perspective") && r["perspective"].is_string() &&
                        r.contains("expected_net") && r["expected_net"].is_number()))
                    bad(s->file, "a result without its perspective, beliefs or expected_net");
                  doc[key].push_back(r);
                }
              }
              if (command == "compare")
                rerank(doc[key]);
              return deliver(dump(doc), g, ExitStatus::success);
            } catch (const BadShard& e) {
              fmt::print(stderr, "relief: error: {}\n", e.what());
              return ExitStatus::data_error;
            }
          }};
}

} // namespace relief
