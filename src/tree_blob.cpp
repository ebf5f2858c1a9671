#include "tree_blob.hpp"

namespace relief {
namespace {

constexpr std::string_view k_magic = "relief-tree/1\n";

void put_number(std::string& out, std::size_t n)
{
  do {
    const auto low = static_cast<unsigned char>(n & 0x7f);
    n >>= 7;
    out.push_back(static_cast<char>(n ? low | 0x80 : low));
  } while (n);
}

void put_tree(std::string& out, const Tree& t)
{
  out.push_back(static_cast<char>(static_cast<int>(t.type) | (t.quoted ? 4 : 0)));
  put_number(out, static_cast<std::size_t>(t.pos.line));
  put_number(out, static_cast<std::size_t>(t.pos.col));
  switch (t.type) {
  case Tree::Type::null:
    break;
  case Tree::Type::scalar:
    put_number(out, t.scalar.size());
    out += t.scalar;
    break;
  case Tree::Type::sequence:
    put_number(out, t.items.size());
    for (const Tree& item : t.items)
      put_tree(out, item);
    break;
  case Tree::Type::map:
    put_number(out, t.entries.size());
    for (const TreeEntry& e : t.entries) {
      put_tree(out, e.key);
      put_tree(out, e.value);
    }
    break;
  }
}

class Reader {
public:
  Reader(std::string_view blob, const std::shared_ptr<const SourceFile>& file)
      : m_blob(blob), m_file(file)
  {
  }

  std::size_t number()
  {
    std::size_t n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const auto byte = static_cast<unsigned char>(next());
      n |= std::size_t{byte & 0x7fu} << shift;
      if (!(byte & 0x80))
        return n;
    }
    throw TreeBlobError("a tree blob's number is too long");
  }

  Tree tree(int depth)
  {
    if (depth > k_max_depth)
      throw TreeBlobError("a tree blob nests too deep");
    const auto head = static_cast<unsigned char>(next());
    if (head > 7)
      throw TreeBlobError("a tree blob holds an unknown node");
    Tree t;
    t.type = static_cast<Tree::Type>(head & 3);
    t.quoted = head & 4;
    t.pos.file = m_file;
    t.pos.line = static_cast<int>(number());
    t.pos.col = static_cast<int>(number());
    switch (t.type) {
    case Tree::Type::null:
      break;
    case Tree::Type::scalar:
      t.scalar = take(number());
      break;
    case Tree::Type::sequence:
      t.items.resize(count());
      for (Tree& item : t.items)
        item = tree(depth + 1);
      break;
    case Tree::Type::map:
      t.entries.resize(count());
      for (TreeEntry& e : t.entries) {
        e.key = tree(depth + 1);
        e.value = tree(depth + 1);
      }
      break;
    }
    return t;
  }

  // A count of nodes, each of at least three bytes: no more than the bytes left allow.
  std::size_t count()
  {
    const std::size_t n = number();
    if (n > (m_blob.size() - m_at) / 3)
      throw TreeBlobError("a tree blob is cut short");
    return n;
  }

  std::string_view take(std::size_t n)
  {
    if (n > m_blob.size() - m_at)
      throw TreeBlobError("a tree blob is cut short");
    const std::string_view s = m_blob.substr(m_at, n);
    m_at += n;
    return s;
  }

  bool done() const { return m_at == m_blob.size(); }

private:
  char next() { return take(1)[0]; }

  std::string_view m_blob;
  std::size_t m_at = 0;
  std::shared_ptr<const SourceFile> m_file;
};

} // namespace

std::string tree_blob(const std::vector<Tree>& docs)
{
  std::string out(k_magic);
  put_number(out, docs.size());
  for (const Tree& doc : docs)
    put_tree(out, doc);
  return out;
}

std::vector<Tree> trees_of_blob(std::string_view blob,
                                const std::shared_ptr<const SourceFile>& file)
{
  if (!blob.starts_with(k_magic))
    throw TreeBlobError("not a relief-tree/1 blob");
  Reader r(blob.substr(k_magic.size()), file);
  std::vector<Tree> docs(r.count());
  for (Tree& doc : docs)
    doc = r.tree(0);
  if (!r.done())
    throw TreeBlobError("a tree blob has bytes after its documents");
  return docs;
}

} // namespace relief
