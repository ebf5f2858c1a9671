#include "revision.hpp"

#include <algorithm>
#include <dlfcn.h>
#include <fmt/format.h>
#include <fstream>
#include <mutex>
#include <unistd.h>

#include "source.hpp"
#include "tree.hpp"

namespace relief {
namespace {

using OpenFn = Repository* (*)(const char*);

// Return relief-git.so's entry point, loading the module on the first call. It is looked for
// where this executable is, by its own path (/proc/self/exe), never by a search path from the
// environment: the build tree keeps it next to relief, an installation in RELIEF_MODULE_DIR. The
// module stays loaded for the life of the process.
OpenFn module_entry()
{
  static std::once_flag once;
  static OpenFn entry = nullptr;
  static std::string problem;
  std::call_once(once, [] {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) {
      problem = "relief diff reads revisions with relief-git.so, found next to the relief "
                "executable, and /proc/self/exe does not say where that is: " +
                ec.message();
      return;
    }
    std::vector<std::string> tried;
    for (const std::filesystem::path& dir :
         {exe.parent_path() / RELIEF_MODULE_DIR, exe.parent_path()}) {
      const std::string path = (dir / "relief-git.so").lexically_normal().string();
      if (::access(path.c_str(), F_OK) != 0) {
        tried.push_back(path);
        continue;
      }
      void* module = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!module) {
        const char* why = ::dlerror();
        // dlerror's message names the file
        problem = fmt::format("cannot load relief's git module: {}",
                              why ? why : path + ": dlopen failed");
        return;
      }
      entry = reinterpret_cast<OpenFn>(::dlsym(module, "relief_git_open_repository"));
      if (!entry)
        problem =
            fmt::format("{} is not relief's git module (no relief_git_open_repository)", path);
      return;
    }
    problem = fmt::format("relief diff reads revisions with relief-git.so, which is not installed "
                          "(looked for {})",
                          fmt::join(tried, " and "));
  });
  if (!entry)
    throw RevisionError(problem);
  return entry;
}

} // namespace

std::unique_ptr<Repository> open_repository(const std::string& from)
{
  return std::unique_ptr<Repository>(module_entry()(from.c_str()));
}

void write_revision(const Revision& r, const std::filesystem::path& dir)
{
  std::filesystem::create_directories(dir);
  for (const RevisionFile& f : r.files) {
    const std::filesystem::path target = dir / f.path;
    std::filesystem::create_directories(target.parent_path());
    if (f.symlink) {
      std::filesystem::create_symlink(f.text, target);
      continue;
    }
    std::ofstream out(target, std::ios::binary);
    out.write(f.text.data(), static_cast<std::streamsize>(f.text.size()));
    if (!out)
      throw RevisionError(fmt::format("cannot write {}", target.string()));
  }
}

bool looks_like_scenario(const std::string& text)
{
  // relief's own reader, with its limits on aliases, nesting and size: the text is untrusted
  std::vector<Diagnostic> problems;
  const std::vector<Tree> docs =
      parse_documents(std::make_shared<const SourceFile>("", text), problems);
  // YAML that does not parse, or whose first document is not a map, is a broken scenario (whose
  // errors the loader then reports) only where a line begins with a scenario's first key,
  // `relief:` (after a byte-order mark, on the first): a repository's other YAML (a Helm
  // template, an Ansible playbook) is not
  if (docs.empty() || !docs.front().is_map()) {
    const std::string_view body =
        std::string_view(text).substr(text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
    return body.starts_with("relief:") || body.find("\nrelief:") != std::string_view::npos;
  }
  const Tree& first = docs.front();
  auto has_any = [&](std::initializer_list<const char*> keys) {
    return std::any_of(keys.begin(), keys.end(), [&](const char* k) { return first.find(k); });
  };
  // the keys only a scenario has, and those only design constraints have (both may have relief,
  // name, description, credibility and asks: a scenario's asks are a list, the constraints' a map)
  const bool scenario_keys =
      has_any({"offer", "context", "timing", "weights", "assumptions", "extends", "correlations"});
  const Tree* asks = first.find("asks");
  const bool design_keys =
      has_any({"measures", "scope_step", "forms", "caps"}) || (asks && asks->is_map());
  if (first.find("criteria") || (design_keys && !scenario_keys))
    return false; // a model, or design constraints
  if (first.find("relief"))
    return true; // a scenario, with a name or one from the file it extends
  // no format version: a scenario that lacks it (reported) has a name and a scenario's own keys;
  // a CI workflow (name, on, jobs), a Conda environment or a Helm chart does not
  return first.find("name") && scenario_keys;
}

} // namespace relief
