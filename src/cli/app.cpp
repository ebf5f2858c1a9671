#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/analyses.hpp"
#include "cli/commands.hpp"
#include "cli/figure_gate.hpp"

namespace relief {
namespace {

// Return "a, b and c".
std::string and_list(const std::vector<std::string_view>& items)
{
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += fmt::format("{}{}", i == 0 ? "" : i + 1 == items.size() ? " and " : ", ", items[i]);
  return out;
}

// POSIX's end of options, "--", read here: CLI11 2.1 leaves a command at "--" once its operands
// have their minimum, so that `relief diff A B -- scenarios/` and `relief eval a.yaml -- b.yaml`
// failed on an "unknown option '--'". What follows it is operands: the "--" is dropped and an
// operand that begins with '-' (other than '-', standard input) is written ./-name, the same
// file. Not after diff's --files, whose list "--" ends (CLI11 reads that one right).
std::vector<std::string> end_of_options(int argc, char** argv)
{
  std::vector<std::string> args(argv, argv + argc);
  const auto mark = std::find(args.begin() + std::min(argc, 1), args.end(), "--");
  if (mark == args.end() || std::any_of(args.begin(), mark, [](const std::string& a) {
        return a == "--files" || a.starts_with("--files=");
      }))
    return args;
  for (auto it = mark + 1; it != args.end(); ++it)
    if (it->size() > 1 && it->front() == '-')
      *it = "./" + *it;
  args.erase(mark);
  return args;
}

} // namespace

void add_in_option(CLI::App& sub, GlobalOptions& g)
{
  sub.add_option("--in", g.in,
                 "Also read net (and EVPI) as the amount of ASK, asked alone and delivered for "
                 "sure, that is worth as much: --in prisoners")
      ->type_name("ASK");
}

void add_global_options(CLI::App& app, GlobalOptions& g)
{
  // a command takes the options that apply to it (its entry in the command table); relief itself
  // takes them all, before the command's name
  const bool top = app.get_parent() == nullptr;
  const CommandInfo* info = top ? nullptr : &command_info(app.get_name());
  const Reads reads = info ? info->reads : Reads::scenarios;
  auto writes = [&](OutputFormat f) {
    return !info || std::find(info->formats.begin(), info->formats.end(), f) != info->formats.end();
  };
  if (reads != Reads::nothing)
    app.add_option("--model", g.model_file, "Use this model file instead of the embedded default")
        ->type_name("FILE");
  if (reads == Reads::files || reads == Reads::scenarios)
    app.add_option("--root", g.root,
                   "Read scenario files, and the files they extend, only inside DIR (default: "
                   "extends stays inside the directory of the file that names it)")
        ->check(CLI::Validator(CLI::ExistingDirectory).description(""))
        ->type_name("DIR");
  if (reads == Reads::scenarios || reads == Reads::catalogue) {
    app.add_option("--perspective", g.perspective,
                   "Weight set to evaluate under, or 'all' (default: balanced)")
        ->type_name("NAME");
    app.add_option("--beliefs", g.beliefs,
                   "Belief set (the model's numbers as a school of thought holds them), or 'all' "
                   "(default: central, the model as written)")
        ->type_name("NAME");
  }
  {
    std::vector<std::string_view> names;
    for (OutputFormat f : info ? info->formats : analysis_formats())
      names.push_back(format_name(f));
    app.add_option("-f,--format", g.format,
                   info ? fmt::format("Output format: {} (default {})", fmt::join(names, ", "),
                                      names.front())
                        : "Output format: table, csv, json, markdown (model: also yaml; report: "
                          "html)")
        ->type_name("FORMAT");
  }
  app.add_option("-o,--output", g.output,
                 "Write to FILE atomically; its extension picks the format")
      ->type_name("FILE");
  if (writes(OutputFormat::table)) {
    app.add_option("--color", g.color, "Colour: auto (on a terminal), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->type_name("WHEN");
    app.add_flag("--ascii", g.ascii, "Plain ASCII tables even on a terminal");
    app.add_flag("--wide", g.wide,
                 "Do not fit tables to the terminal's width (or COLUMNS): every column, names "
                 "and paths in full");
  }
  app.add_flag("-q,--quiet", g.quiet,
               "Print no warnings, notes or summaries, only results and errors");
  // every command that evaluates scenarios knows --fail-on, so that one that has no single verdict
  // can say why it does not gate
  if (reads == Reads::scenarios) {
    const bool figure = info && info->gate == Gate::figure;
    const bool both = info && info->gate == Gate::both;
    CLI::Option* fail_on =
        app.add_option("--fail-on", g.fail_on,
                       figure ? "Exit 1 when a figure of the simulation of any scenario passes a "
                                "bound, each one named on standard error: p_net_positive<X, "
                                "p_accept<X, expected_net<X (or >X)"
                       : both ? "Exit 1 when any scenario has this verdict or worse, or, with -n, "
                                "when a figure of its simulation passes a bound "
                                "(p_net_positive<0.8); each one named on standard error"
                       : info
                           ? "Exit 1 when any scenario has this verdict or worse, each one named "
                             "on standard error"
                           : "eval, compare, timing, sensitivity: exit 1 when any scenario has "
                             "this verdict or worse; simulate, report -n, compare -n: when a "
                             "figure passes a bound (p_net_positive<0.8); each one named on "
                             "standard error")
            ->check(CLI::Validator([](std::string& text) { return check_fail_on(text); }, "",
                                   "fail-on"))
            ->type_name(figure ? "FIGURE<X"
                        : both ? "VERDICT|FIGURE<X"
                               : "VERDICT");
    if (info && info->gate != Gate::verdict && !figure && !both)
      fail_on->group(""); // not in its --help: it only says why it does not apply
    CLI::Option* allow =
        app.add_option("--allow", g.allow,
                       "Exempt the scenario ID (its file's name without extension, its file, or "
                       "its name) from --fail-on: a deliberate counter-example")
            ->type_name("ID");
    if (info && info->gate == Gate::none)
      allow->group("");
  }
}

namespace {

// Return " (did you mean 'x'?)" for the closest candidate, or for one that word begins with
// ("evaluate" -> "eval"); "" when none is close.
std::string suggestion(const std::string& word, const std::vector<std::string>& candidates)
{
  std::string close = did_you_mean(word, candidates);
  if (!close.empty())
    return close;
  for (const std::string& c : candidates)
    if (c.size() >= 3 && word.size() > c.size() && word.starts_with(c))
      return fmt::format(" (did you mean '{}'?)", c);
  return "";
}

} // namespace

int run(int argc_given, char** argv_given)
{
  std::vector<std::string> args = end_of_options(argc_given, argv_given);
  std::vector<char*> arg_pointers;
  for (std::string& a : args)
    arg_pointers.push_back(a.data());
  arg_pointers.push_back(nullptr);
  const int argc = static_cast<int>(args.size());
  char** argv = arg_pointers.data();
  GlobalOptions g;
  CLI::App app{
      "relief: weigh sanctions-relief packages for Belarus against the costs and benefits of "
      "pragmatic engagement.",
      "relief"};
  app.set_version_flag("--version", fmt::format("relief {}", RELIEF_VERSION));
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 ok, 1 --fail-on gate, 64 usage, 65 invalid data, 66 cannot open input, "
      "70 internal error or out of memory, 73 cannot write output, 130 interrupted (simulate, "
      "design, "
      "timing -n), 129 and 143 ended by SIGHUP or SIGTERM.\nSee "
      "relief(1) and "
      "relief-scenario(5).");
  add_global_options(app, g);
  const std::vector<Command> commands = {
      setup_eval(app, g),      setup_compare(app, g),  setup_timing(app, g),
      setup_breakeven(app, g), setup_bargain(app, g),  setup_design(app, g),
      setup_grid(app, g),      setup_discover(app, g), setup_sensitivity(app, g),
      setup_simulate(app, g),  setup_explain(app, g),  setup_report(app, g),
      setup_diff(app, g),      setup_merge(app, g),    setup_validate(app, g),
      setup_model(app, g),     setup_init(app, g),     setup_schema(app, g),
      setup_completion(app, g)};
  const CLI::App* chosen = nullptr;
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const Command& c : commands) {
      names.push_back(c.app->get_name());
      if (c.app->get_name() == argv[1])
        chosen = c.app;
    }
    if (!chosen) {
      fmt::print(
          stderr,
          "relief: error: unknown command '{}'{}\nRun 'relief --help' for more information.\n",
          argv[1], suggestion(argv[1], names));
      return static_cast<int>(ExitStatus::usage);
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0)
      return app.exit(e);
    const std::string help =
        chosen ? fmt::format("relief {} --help", chosen->get_name()) : std::string("relief --help");
    // an option the command does not know: name it, with the closest one it does know
    if (chosen && dynamic_cast<const CLI::ExtrasError*>(&e))
      for (int i = 2; i < argc; ++i) {
        const std::string word = argv[i];
        if (!word.starts_with("-") || word == "-" ||
            std::isdigit(static_cast<unsigned char>(word[1])) || word[1] == '.')
          continue; // an operand, standard input or a negative number
        const std::string name = word.substr(0, word.find('='));
        std::vector<std::string> known;
        for (const CLI::Option* o : chosen->get_options()) {
          for (const std::string& l : o->get_lnames())
            known.push_back("--" + l);
          for (const std::string& sn : o->get_snames())
            known.push_back("-" + sn);
        }
        if (std::find(known.begin(), known.end(), name) != known.end())
          continue;
        fmt::print(stderr,
                   "relief: error: unknown option '{}' for {}{}\nRun '{}' for its options.\n", name,
                   chosen->get_name(), suggestion(name, known), help);
        return static_cast<int>(ExitStatus::usage);
      }
    std::string what = e.what();
    // CLI11 puts the option before a check's message ("-n: takes ..."): one sentence instead
    if (const auto at = what.find(": takes "); at != std::string::npos)
      what.erase(at, 1);
    // one style of message: lower case, unless the first word is a name in capitals (FILE)
    if (what.size() > 1 && std::islower(static_cast<unsigned char>(what[1])))
      what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
    fmt::print(stderr, "relief: error: {}\nRun '{}' for more information.\n", what, help);
    return static_cast<int>(ExitStatus::usage);
  }
  try {
    for (const Command& c : commands)
      if (c.app->parsed()) {
        // a gate needs one verdict per scenario; simulate and timing -n say why they have none
        const Gate gate = command_info(c.app->get_name()).gate;
        if (!g.fail_on.empty() && gate == Gate::verdict && parse_figure_gate(g.fail_on))
          throw UsageError(fmt::format("--fail-on {} gates on a figure of a simulation: simulate, "
                                       "report -n or compare -n; {} gates on a verdict "
                                       "(costs-outweigh, balanced)",
                                       g.fail_on, c.app->get_name()));
        if (!g.fail_on.empty() && gate == Gate::figure && !parse_figure_gate(g.fail_on))
          throw UsageError(fmt::format("--fail-on {} gates on a verdict, and {} gives a share of "
                                       "each; gate on a figure instead, such as "
                                       "--fail-on 'p_net_positive<0.8'",
                                       g.fail_on, c.app->get_name()));
        if (!g.fail_on.empty() && gate == Gate::none) {
          std::vector<std::string_view> gated;
          for (const CommandInfo& info : command_table())
            if (info.gate == Gate::verdict || info.gate == Gate::both)
              gated.push_back(info.name);
          throw UsageError(fmt::format("--fail-on applies to {}, which give each scenario a "
                                       "verdict; not to {}",
                                       and_list(gated), c.app->get_name()));
        }
        return static_cast<int>(c.run());
      }
  } catch (const UsageError& e) {
    fmt::print(stderr, "relief: error: {}\n", e.what());
    return static_cast<int>(ExitStatus::usage);
  }
  return static_cast<int>(ExitStatus::usage);
}

} // namespace relief
