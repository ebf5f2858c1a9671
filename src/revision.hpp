#pragma once
// Reading scenario files from git revisions (relief diff): the YAML files of a revision's tree, or
// of the work tree as git sees it, read with libgit2 without checking anything out (the work
// tree, the index and HEAD are not touched), and the renames git finds between two of them. The
// reading itself is in revision_git.cpp, built as the module relief-git.so.
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace relief {

// A revision that cannot be read: no repository, an unknown revision, a libgit2 failure.
class RevisionError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// One file of a revision: its path from the repository's top directory, and its text (for a
// symbolic link, the path it points to).
struct RevisionFile {
  std::string path;
  std::string text;
  bool symlink = false;
};

struct Revision {
  std::string label;               // "main (1a2b3c4)", or "the work tree"
  std::vector<RevisionFile> files; // the .yaml and .yml files, in path order
};

// A git repository, read through libgit2. libgit2 and the libraries it needs (TLS, SSH,
// Kerberos) live in a module of their own, relief-git.so, loaded by open_repository the first
// time a command reads a revision (only `relief diff` does): every other command starts without
// them, 3 ms sooner.
class Repository {
public:
  virtual ~Repository() = default;

  // The work tree's top directory, ending in '/'.
  virtual std::string workdir() const = 0;
  // Return the YAML files of the tree of revision spec ("main", "HEAD~2", a commit id, a tag).
  virtual Revision read(const std::string& spec) const = 0;
  // Return the YAML files of the work tree that git tracks or would add (untracked, not ignored).
  virtual Revision worktree() const = 0;
  // Return the renames git finds between the tree of base and that of head (the work tree when
  // head is none), as (old path, new path).
  virtual std::vector<std::pair<std::string, std::string>>
  renames(const std::string& base, const std::optional<std::string>& head) const = 0;
};

// Open the repository that holds the directory from (searching upwards, as git does). Throws
// RevisionError when there is none, or when relief-git.so cannot be loaded (it is looked for in
// RELIEF_MODULE_DIR relative to the executable, ../lib/<multiarch>/relief where an installation
// puts it, then next to the executable, where a build tree keeps it).
std::unique_ptr<Repository> open_repository(const std::string& from = ".");

// The module's one entry point (extern "C", so that dlsym finds it by this name): a new
// repository, or a RevisionError thrown.
extern "C" Repository* relief_git_open_repository(const char* from);

// Write a revision's files under dir (created), symbolic links as links.
void write_revision(const Revision& r, const std::filesystem::path& dir);

// Return whether the text of a YAML file reads as a scenario file: its first document a mapping
// that is neither a model (`criteria`) nor design constraints (`measures`, `scope_step`, `forms`
// or `caps` without a scenario's own keys), with the format version `relief`, or else a `name`
// and a scenario's own keys (offer, context, timing, ...); or YAML that does not parse or is not
// a mapping but has a line that begins `relief:` (whose errors the loader then reports). Other
// YAML (CI workflows, Helm charts, Ansible playbooks) is left out.
bool looks_like_scenario(const std::string& text);

} // namespace relief
