// relief diff BASE HEAD [PATH...] | BASE --worktree [PATH...] | --files OLD... -- NEW... |
// --timing A --timing B FILE...: what a change did to the answers (issue 20).
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <set>
#include <unistd.h>

#include "analysis/diff.hpp"
#include "analysis/report.hpp"
#include "analysis/timing.hpp"
#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "render/analysis_render.hpp"
#include "render/report_common.hpp"
#include "revision.hpp"

namespace relief {
namespace {

namespace fs = std::filesystem;

// The working directory for the time one side is read: relative paths in diagnostics then read as
// the repository's (scenarios/potash.yaml:3:1), and `extends` and --model resolve inside the side.
class InDirectory {
public:
  explicit InDirectory(const fs::path& dir) : m_back(fs::current_path()) { fs::current_path(dir); }
  ~InDirectory()
  {
    std::error_code ec;
    fs::current_path(m_back, ec);
  }
  InDirectory(const InDirectory&) = delete;
  InDirectory& operator=(const InDirectory&) = delete;

private:
  fs::path m_back;
};

// A private directory for the revisions' files, removed at the end.
class TemporaryDirectory {
public:
  TemporaryDirectory()
  {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = (base && *base ? std::string(base) : "/tmp") + "/relief-diff-XXXXXX";
    if (!::mkdtemp(pattern.data()))
      throw RevisionError("cannot create a temporary directory for the revisions");
    m_path = pattern;
  }
  ~TemporaryDirectory()
  {
    std::error_code ec;
    fs::remove_all(m_path, ec);
  }
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
  const fs::path& path() const { return m_path; }

private:
  fs::path m_path;
};

// One side of the diff: the files to read, where, and at which moment.
struct Side {
  std::string label;
  fs::path dir; // the directory the files are read in (empty: the working directory)
  std::vector<std::string> files;
  std::optional<Timing> timing; // --timing: every scenario at this moment
};

struct Evaluated {
  std::vector<CaseAnswers> answers;
  std::string model; // "NAME (fnv1a64:...)"
  ExitStatus status = ExitStatus::success;
};

Evaluated evaluate_side(const Side& side, const GlobalOptions& g)
{
  Evaluated out;
  std::optional<InDirectory> in;
  GlobalOptions gs = g;
  if (!side.dir.empty()) {
    in.emplace(side.dir);
    gs.root = "."; // what a revision's scenario extends stays inside the revision
  }
  ExitStatus status = ExitStatus::success;
  const auto model = model_in_force(gs, status);
  if (!model) {
    out.status = status;
    return out;
  }
  out.model = fmt::format("{} ({})", g.model_file.empty() ? "embedded default" : g.model_file,
                          content_hash(model->source ? model->source->text : ""));
  if (side.files.empty())
    return out;
  Batch batch;
  batch.keep = false;
  out.status = for_each_scenario(side.files, gs, batch, [&](const Scenario& s, std::size_t p) {
    if (side.timing) {
      const std::array<Scenario, k_timings> at = timing_scenarios(s);
      out.answers.push_back(answers_of(at[static_cast<std::size_t>(*side.timing)], p, s.file));
    } else
      out.answers.push_back(answers_of(s, p, s.file));
  });
  rank_answers(out.answers);
  return out;
}

// Return PATH as git writes paths: no leading "./", no trailing "/".
std::string clean_path(std::string p)
{
  while (p.starts_with("./"))
    p.erase(0, 2);
  while (p.size() > 1 && p.ends_with("/"))
    p.pop_back();
  return p == "." ? "" : p;
}

bool under(const std::string& path, const std::vector<std::string>& paths)
{
  if (paths.empty())
    return true;
  for (const std::string& p : paths)
    if (p.empty() || path == p || (path.starts_with(p) && path[p.size()] == '/'))
      return true;
  return false;
}

// The scenario files of a revision under the paths.
std::vector<std::string> scenario_files(const Revision& r, const std::vector<std::string>& paths)
{
  std::vector<std::string> out;
  for (const RevisionFile& f : r.files)
    if (under(f.path, paths) && (f.symlink || looks_like_scenario(f.text)))
      out.push_back(f.path);
  return out;
}

// A gate on what changed: verdict, rank, best-moment, acceptance, or net<X / net>X (the change).
struct ChangeGate {
  std::string text;
  std::string kind;
  double bound = 0;
};

ChangeGate parse_change_gate(const std::string& text)
{
  ChangeGate gate{text, text, 0};
  if (text == "verdict" || text == "rank" || text == "best-moment" || text == "acceptance")
    return gate;
  if (text.size() > 4 && (text.starts_with("net<") || text.starts_with("net>"))) {
    char* end = nullptr;
    const std::string number = text.substr(4);
    gate.bound = std::strtod(number.c_str(), &end);
    if (end && *end == '\0' && std::isfinite(gate.bound)) {
      gate.kind = text.substr(0, 4);
      return gate;
    }
  }
  throw UsageError(fmt::format("--fail-on-change {}: one of verdict, rank, best-moment, "
                               "acceptance, 'net<X' (net fell by more than -X), 'net>X'",
                               text));
}

// Return what trips the gate in d ("" when nothing does).
std::string trips(const ChangeGate& gate, const CaseDiff& d)
{
  if (!d.both())
    return "";
  auto arrow = [](std::string_view a, std::string_view b) { return fmt::format("{} -> {}", a, b); };
  if (gate.kind == "verdict" && d.verdict_changed())
    return arrow(verdict_name(d.before->verdict), verdict_name(d.after->verdict));
  if (gate.kind == "rank" && d.rank_changed())
    return fmt::format("rank {} -> {}", d.before->rank, d.after->rank);
  if (gate.kind == "best-moment" && d.best_changed())
    return arrow(timing_name(d.before->best), timing_name(d.after->best));
  if (gate.kind == "acceptance" && d.acceptance_changed())
    return d.after->acceptable ? "the regime now accepts" : "the regime now refuses";
  const double change = d.net_change();
  if ((gate.kind == "net<" && change < gate.bound) || (gate.kind == "net>" && change > gate.bound))
    return fmt::format("net {} -> {} ({:+.4f})", fixed(d.before->net, 4), fixed(d.after->net, 4),
                       change);
  return "";
}

std::string base_name(const std::string& file)
{
  return fs::path(file).filename().string();
}

} // namespace

Command setup_diff(CLI::App& app, GlobalOptions& g)
{
  struct Options {
    std::vector<std::string> operands; // BASE [HEAD] [PATH...], or the NEW files
    std::vector<std::string> old_files;
    bool worktree = false, all = false;
    int precision = 3;
    std::vector<std::string> timings, gates;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "diff", "What changed between two git revisions (or two sets of files, or two moments): "
              "verdicts, nets, ranks, best moments, acceptance, break-evens, and why");
  sub->add_option("BASE HEAD PATH", opt->operands,
                  "Two revisions of the repository here (HEAD: --worktree for the work tree), "
                  "then the paths to compare (default: every scenario file); with --files, the "
                  "NEW files after --");
  sub->add_flag("--worktree", opt->worktree,
                "Compare BASE with the work tree as it is (tracked and untracked files)");
  sub->add_option("--files", opt->old_files,
                  "Compare these files (OLD) with the files after -- (NEW), outside git")
      ->type_name("OLD...");
  sub->add_option("--timing", opt->timings,
                  "Compare the files at two moments: --timing A --timing B FILE...")
      ->check(CLI::IsMember(std::vector<std::string>(k_timing_names.begin(), k_timing_names.end())))
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false)
      ->type_name("MOMENT");
  sub->add_flag("--all", opt->all, "Show every case, not only those whose answers changed");
  sub->add_option("--precision", opt->precision,
                  "Decimals of nets in the tables; a change smaller than half the last one is "
                  "not shown (default 3)")
      ->check(CLI::Range(0, 12))
      ->type_name("N");
  sub->add_option("--fail-on-change", opt->gates,
                  "Exit 1 when a case changes so: verdict, rank, best-moment, acceptance, or "
                  "'net<-0.1' (net fell by more than 0.1); each one named on standard error")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false)
      ->type_name("WHAT");
  add_global_options(*sub, g);
  return {
      sub, [opt, &g] {
        const OutputFormat format = output_format(g, command_info("diff").formats);
        std::vector<ChangeGate> gates;
        for (const std::string& text : opt->gates)
          gates.push_back(parse_change_gate(text));
        if (!g.output.empty() && g.output != "-")
          g.output = fs::absolute(g.output).string(); // the sides are read elsewhere
        Side base, head;
        std::vector<std::pair<std::string, std::string>> renames;
        std::optional<TemporaryDirectory> tmp;
        std::unique_ptr<Repository> repo;
        if (!opt->timings.empty()) {
          if (opt->timings.size() != 2 || !opt->old_files.empty() || opt->worktree)
            throw UsageError("--timing A --timing B FILE...: two moments, and the files to "
                             "read at both");
          if (opt->operands.empty())
            throw UsageError("--timing A --timing B FILE...: give the files");
          base.files = head.files = opt->operands;
          for (Side* side : {&base, &head}) {
            const std::string& name = opt->timings[side == &base ? 0 : 1];
            for (std::size_t t = 0; t < k_timings; ++t)
              if (k_timing_names[t] == name)
                side->timing = static_cast<Timing>(t);
            side->label = "at " + name;
          }
        } else if (!opt->old_files.empty()) {
          if (opt->operands.empty() || opt->worktree)
            throw UsageError("--files OLD... -- NEW...: give the new files after --");
          base.files = opt->old_files;
          head.files = opt->operands;
          base.label = base.files.size() == 1 ? base.files.front() : "the old files";
          head.label = head.files.size() == 1 ? head.files.front() : "the new files";
          // one file each: the two are one scenario; else files are matched by their names
          if (base.files.size() == 1 && head.files.size() == 1)
            renames.emplace_back(base.files.front(), head.files.front());
          else
            for (const std::string& b : base.files)
              for (const std::string& h : head.files)
                if (b != h && base_name(b) == base_name(h))
                  renames.emplace_back(b, h);
        } else {
          const std::size_t revisions = opt->worktree ? 1 : 2;
          if (opt->operands.size() < revisions)
            throw UsageError(opt->worktree ? "diff BASE --worktree [PATH...]: give BASE"
                                           : "diff BASE HEAD [PATH...]: give two revisions "
                                             "(or BASE --worktree)");
          std::vector<std::string> paths;
          for (std::size_t i = revisions; i < opt->operands.size(); ++i)
            paths.push_back(clean_path(opt->operands[i]));
          try {
            repo = open_repository(".");
            const Revision b = repo->read(opt->operands[0]);
            const Revision h = opt->worktree ? repo->worktree() : repo->read(opt->operands[1]);
            tmp.emplace();
            write_revision(b, tmp->path() / "base");
            base = {b.label, tmp->path() / "base", scenario_files(b, paths), std::nullopt};
            head = {h.label, fs::path(repo->workdir()), scenario_files(h, paths), std::nullopt};
            if (!opt->worktree) {
              write_revision(h, tmp->path() / "head");
              head.dir = tmp->path() / "head";
            }
            renames = repo->renames(opt->operands[0],
                                    opt->worktree ? std::nullopt : std::optional(opt->operands[1]));
          } catch (const RevisionError& e) {
            fmt::print(stderr, "relief: error: {}\n", e.what());
            return ExitStatus::no_input;
          } catch (const fs::filesystem_error& e) {
            fmt::print(stderr, "relief: error: {}\n", e.what());
            return ExitStatus::cant_create;
          }
        }
        const Evaluated before = evaluate_side(base, g);
        const Evaluated after = evaluate_side(head, g);
        ExitStatus status = worst(before.status, after.status);
        if (before.model.empty() || after.model.empty())
          return status; // a model that does not load: its diagnostics say why
        DiffResult r;
        r.base = base.label;
        r.head = head.label;
        r.model_before = before.model;
        r.model_after = after.model;
        r.model_changed = before.model != after.model;
        if (!opt->timings.empty())
          r.cause = "the moment";
        r.cases = diff_answers(before.answers, after.answers, renames);
        // files: added and removed (renames followed), and the renames git found
        std::map<std::string, std::string> renamed(renames.begin(), renames.end());
        std::set<std::string> old_names, new_names(head.files.begin(), head.files.end());
        for (const std::string& f : base.files) {
          const auto at = renamed.find(f);
          old_names.insert(at == renamed.end() ? f : at->second);
          if (at != renamed.end() && new_names.count(at->second) && opt->timings.empty() &&
              !(base.files.size() == 1 && head.files.size() == 1 && !opt->old_files.empty()))
            r.renamed.emplace_back(f, at->second);
        }
        if (opt->timings.empty())
          for (const std::string& f : head.files)
            if (!old_names.count(f))
              r.added.push_back(f);
        for (const std::string& f : base.files) {
          const auto at = renamed.find(f);
          if (!new_names.count(at == renamed.end() ? f : at->second))
            r.removed.push_back(f);
        }
        bool tripped = false;
        for (const ChangeGate& gate : gates)
          for (const CaseDiff& d : r.cases)
            if (const std::string why = trips(gate, d); !why.empty()) {
              tripped = true;
              fmt::print(stderr, "relief: --fail-on-change {}: '{}' ({}), perspective {}{}: {}\n",
                         gate.text, d.after->name, d.after->file, d.after->perspective,
                         d.after->belief == k_central_belief ? "" : ", beliefs " + d.after->belief,
                         why);
            }
        if (tripped)
          status = worst(status, ExitStatus::gate_tripped);
        return deliver(render_diff(r, format, table_style(g), opt->precision, opt->all), g, status);
      }};
}

} // namespace relief
