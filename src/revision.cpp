#include "revision.hpp"

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
  // `relief:`: a repository's other YAML (a Helm template, an Ansible playbook) is not
  if (docs.empty() || !docs.front().is_map())
    return text.starts_with("relief:") || text.find("\nrelief:") != std::string::npos;
  const Tree& first = docs.front();
  if (!first.find("name") || first.find("criteria"))
    return false; // a model, design constraints, or data
  if (first.find("relief"))
    return true;
  // no format version: a scenario that lacks it (reported) has a scenario's own keys besides its
  // name; a CI workflow (name, on, jobs), a Conda environment or a Helm chart does not
  for (const char* key : {"offer", "asks", "context", "credibility", "timing", "assumptions",
                          "extends", "correlations", "weights"})
    if (first.find(key))
      return true;
  return false;
}

} // namespace relief
