// The module relief-git.so: reading revisions with libgit2 (see revision.hpp). The only file that
// includes git2.h; relief loads it with dlopen when `relief diff` reads a revision.
#include "revision.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <git2.h>

#include "source.hpp"

namespace relief {
namespace {

// Throw the last libgit2 error, saying what was being done.
[[noreturn]] void fail(std::string_view doing)
{
  const git_error* e = git_error_last();
  throw RevisionError(
      fmt::format("{}: {}", doing, e && e->message ? e->message : "libgit2 failed"));
}

void check(int rc, std::string_view doing)
{
  if (rc < 0)
    fail(doing);
}

template <class T, void (*Free)(T*)> struct Owned {
  T* p = nullptr;
  ~Owned()
  {
    if (p)
      Free(p);
  }
  T** out() { return &p; }
  T* get() const { return p; }
};

bool yaml_path(std::string_view path)
{
  return path.ends_with(".yaml") || path.ends_with(".yml");
}

std::string short_id(const git_oid* id)
{
  char text[GIT_OID_HEXSZ + 1];
  git_oid_tostr(text, sizeof text, id);
  return std::string(text).substr(0, 7);
}

class GitRepository final : public Repository {
public:
  explicit GitRepository(const std::string& from);
  std::string workdir() const override;
  Revision read(const std::string& spec) const override;
  Revision worktree() const override;
  std::vector<std::pair<std::string, std::string>>
  renames(const std::string& base, const std::optional<std::string>& head) const override;

private:
  // Return the tree of a revision, and a label for it.
  void tree_of(const std::string& spec, Owned<git_tree, git_tree_free>& tree,
               std::string& label) const;

  // libgit2 set up for as long as the repository is open (members end in reverse order)
  struct Library {
    Library() { git_libgit2_init(); }
    ~Library() { git_libgit2_shutdown(); }
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;
  } m_library;
  Owned<git_repository, git_repository_free> m_repo;
};

void GitRepository::tree_of(const std::string& spec, Owned<git_tree, git_tree_free>& tree,
                            std::string& label) const
{
  Owned<git_object, git_object_free> object;
  if (git_revparse_single(object.out(), m_repo.get(), spec.c_str()) < 0)
    fail(fmt::format("revision '{}'", spec));
  Owned<git_object, git_object_free> peeled;
  check(git_object_peel(peeled.out(), object.get(), GIT_OBJECT_TREE),
        fmt::format("revision '{}' has no tree", spec));
  tree.p = reinterpret_cast<git_tree*>(peeled.p);
  peeled.p = nullptr;
  Owned<git_object, git_object_free> commit;
  label = git_object_peel(commit.out(), object.get(), GIT_OBJECT_COMMIT) == 0
              ? fmt::format("{} ({})", spec, short_id(git_object_id(commit.get())))
              : spec;
}

GitRepository::GitRepository(const std::string& from)
{
  if (git_repository_open_ext(m_repo.out(), from.c_str(), 0, nullptr) < 0)
    fail(fmt::format("no git repository at or above '{}'", from));
  if (git_repository_is_bare(m_repo.get()))
    throw RevisionError("the repository is bare: relief diff needs a work tree to run in");
}

std::string GitRepository::workdir() const
{
  return git_repository_workdir(m_repo.get());
}

Revision GitRepository::read(const std::string& spec) const
{
  Revision out;
  Owned<git_tree, git_tree_free> tree;
  tree_of(spec, tree, out.label);
  struct Walk {
    git_repository* repo;
    Revision* out;
    int error = 0;
  } walk{m_repo.get(), &out};
  auto visit = [](const char* root, const git_tree_entry* entry, void* payload) -> int {
    auto* w = static_cast<Walk*>(payload);
    const git_filemode_t mode = git_tree_entry_filemode(entry);
    if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE &&
        mode != GIT_FILEMODE_LINK)
      return 0;
    std::string path = std::string(root) + git_tree_entry_name(entry);
    if (!yaml_path(path))
      return 0;
    Owned<git_blob, git_blob_free> blob;
    if (git_blob_lookup(blob.out(), w->repo, git_tree_entry_id(entry)) < 0) {
      w->error = -1;
      return -1;
    }
    const auto* data = static_cast<const char*>(git_blob_rawcontent(blob.get()));
    w->out->files.push_back(
        {std::move(path), std::string(data, static_cast<std::size_t>(git_blob_rawsize(blob.get()))),
         mode == GIT_FILEMODE_LINK});
    return 0;
  };
  if (git_tree_walk(tree.get(), GIT_TREEWALK_PRE, visit, &walk) < 0 || walk.error < 0)
    fail(fmt::format("reading revision '{}'", spec));
  std::sort(out.files.begin(), out.files.end(),
            [](const RevisionFile& a, const RevisionFile& b) { return a.path < b.path; });
  return out;
}

Revision GitRepository::worktree() const
{
  Revision out;
  out.label = "the work tree";
  std::vector<std::string> paths;
  Owned<git_index, git_index_free> index;
  check(git_repository_index(index.out(), m_repo.get()), "reading the index");
  for (std::size_t i = 0; i < git_index_entrycount(index.get()); ++i)
    if (const git_index_entry* e = git_index_get_byindex(index.get(), i); e && yaml_path(e->path))
      paths.emplace_back(e->path);
  git_status_options options = GIT_STATUS_OPTIONS_INIT;
  options.show = GIT_STATUS_SHOW_WORKDIR_ONLY;
  options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
  Owned<git_status_list, git_status_list_free> status;
  check(git_status_list_new(status.out(), m_repo.get(), &options), "reading the work tree");
  for (std::size_t i = 0; i < git_status_list_entrycount(status.get()); ++i) {
    const git_status_entry* e = git_status_byindex(status.get(), i);
    if (e && (e->status & GIT_STATUS_WT_NEW) && e->index_to_workdir &&
        yaml_path(e->index_to_workdir->new_file.path))
      paths.emplace_back(e->index_to_workdir->new_file.path);
  }
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  const std::filesystem::path top = workdir();
  for (const std::string& path : paths) {
    const std::filesystem::path file = top / path;
    std::error_code ec;
    const auto st = std::filesystem::symlink_status(file, ec);
    if (ec || !std::filesystem::exists(st))
      continue; // deleted in the work tree
    if (std::filesystem::is_symlink(st)) {
      out.files.push_back({path, std::filesystem::read_symlink(file, ec).string(), true});
      continue;
    }
    if (!std::filesystem::is_regular_file(st))
      continue;
    // beyond the loader's limit it is refused unread: what is kept only has to exceed it
    std::ifstream in(file, std::ios::binary);
    std::string text(k_max_input_bytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    out.files.push_back({path, std::move(text), false});
  }
  return out;
}

std::vector<std::pair<std::string, std::string>>
GitRepository::renames(const std::string& base, const std::optional<std::string>& head) const
{
  Owned<git_tree, git_tree_free> old_tree;
  std::string label;
  tree_of(base, old_tree, label);
  git_diff_options options = GIT_DIFF_OPTIONS_INIT;
  Owned<git_diff, git_diff_free> diff;
  if (head) {
    Owned<git_tree, git_tree_free> new_tree;
    tree_of(*head, new_tree, label);
    check(git_diff_tree_to_tree(diff.out(), m_repo.get(), old_tree.get(), new_tree.get(), &options),
          "comparing the revisions");
  } else {
    options.flags |= GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS;
    check(git_diff_tree_to_workdir_with_index(diff.out(), m_repo.get(), old_tree.get(), &options),
          "comparing with the work tree");
  }
  git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
  find.flags = GIT_DIFF_FIND_RENAMES | GIT_DIFF_FIND_FOR_UNTRACKED;
  check(git_diff_find_similar(diff.get(), &find), "finding renames");
  std::vector<std::pair<std::string, std::string>> out;
  for (std::size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
    const git_diff_delta* d = git_diff_get_delta(diff.get(), i);
    if (d && d->status == GIT_DELTA_RENAMED && yaml_path(d->new_file.path))
      out.emplace_back(d->old_file.path, d->new_file.path);
  }
  return out;
}

} // namespace

extern "C" __attribute__((visibility("default"))) Repository*
relief_git_open_repository(const char* from)
{
  return new GitRepository(from);
}

} // namespace relief
