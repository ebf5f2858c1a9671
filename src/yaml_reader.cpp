#include "yaml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <unordered_set>

namespace relief {

std::string trim_end(std::string text)
{
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.pop_back();
  return text;
}

std::string_view node_kind(const YAML::Node& node)
{
  switch (node.Type()) {
  case YAML::NodeType::Map: return "a map";
  case YAML::NodeType::Sequence: return "a list";
  case YAML::NodeType::Scalar: return node.Tag() == "!" ? "a string" : "a scalar";
  case YAML::NodeType::Null: return "nothing";
  case YAML::NodeType::Undefined: return "nothing";
  }
  return "nothing";
}

YamlReader::YamlReader(std::shared_ptr<const SourceFile> file, std::vector<Diagnostic>& out)
    : m_file(std::move(file)), m_out(out)
{
}

SourcePos YamlReader::pos(const YAML::Node& node) const
{
  YAML::Mark m = node.Mark();
  if (m.is_null())
    return SourcePos{m_file, 1, 1};
  return SourcePos{m_file, m.line + 1, m.column + 1};
}

void YamlReader::error_at(const SourcePos& p, std::string message)
{
  m_out.push_back(Diagnostic{p, Severity::error, std::move(message), m_file->name});
}

void YamlReader::warning_at(const SourcePos& p, std::string message)
{
  m_out.push_back(Diagnostic{p, Severity::warning, std::move(message), m_file->name});
}

void YamlReader::error(const YAML::Node& node, std::string message) { error_at(pos(node), std::move(message)); }
void YamlReader::warning(const YAML::Node& node, std::string message) { warning_at(pos(node), std::move(message)); }

bool YamlReader::each_entry(const YAML::Node& node, std::string_view what, const std::vector<std::string>& allowed,
                            const KeyFn& fn)
{
  if (!node.IsMap()) {
    error(node, fmt::format("{} must be a map, got {}", what, node_kind(node)));
    return false;
  }
  std::unordered_set<std::string> seen;
  for (auto it = node.begin(); it != node.end(); ++it) {
    const YAML::Node key = it->first;
    if (!key.IsScalar()) {
      error(key, fmt::format("a key in {} must be a string, got {}", what, node_kind(key)));
      continue;
    }
    const std::string& name = key.Scalar();
    if (!seen.insert(name).second) {
      error(key, fmt::format("duplicate key '{}' in {}", name, what));
      continue;
    }
    if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      error(key, fmt::format("unknown key '{}' in {}{}", name, what, did_you_mean(name, allowed)));
      continue;
    }
    const YAML::Node value = it->second;
    fn(name, key, value);
  }
  return true;
}

std::optional<double> YamlReader::scalar_number(const YAML::Node& node, std::string_view what)
{
  if (!node.IsScalar() || node.Tag() == "!") {
    error(node, fmt::format("{} must be a number, got {}", what, node_kind(node)));
    return std::nullopt;
  }
  std::string_view s = node.Scalar();
  std::string lower;
  for (char c : s)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string_view l = lower;
  if (!l.empty() && (l[0] == '+' || l[0] == '-'))
    l.remove_prefix(1);
  if (l == ".nan" || l == ".inf" || l == "nan" || l == "inf" || l == "infinity") {
    error(node, fmt::format("{} must be a finite number, got '{}'", what, s));
    return std::nullopt;
  }
  std::string_view digits = s;
  if (!digits.empty() && digits[0] == '+')
    digits.remove_prefix(1);
  double v = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec == std::errc::result_out_of_range) {
    error(node, fmt::format("{} '{}' is too large or too small to represent", what, s));
    return std::nullopt;
  }
  if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty()) {
    error(node, fmt::format("{} must be a number, got '{}'", what, s));
    return std::nullopt;
  }
  if (!std::isfinite(v)) {
    error(node, fmt::format("{} must be a finite number, got '{}'", what, s));
    return std::nullopt;
  }
  return v == 0 ? 0.0 : v;  // no negative zero
}

std::optional<Value> YamlReader::number(const YAML::Node& node, std::string_view what, const Range& range,
                                        bool allow_dist)
{
  Value value;
  value.pos = pos(node);
  if (node.IsMap() && allow_dist) {
    static const std::vector<std::string> kinds = {"uniform", "triangular", "normal", "beta", "lognormal", "range"};
    if (node.size() != 1) {
      error(node, fmt::format("{}: a distribution is a map with exactly one of {}", what,
                              "uniform, triangular, normal, beta, lognormal, range"));
      return std::nullopt;
    }
    auto it = node.begin();
    const YAML::Node key = it->first;
    std::optional<std::size_t> kind = choice(key, "distribution", kinds);
    if (!kind)
      return std::nullopt;
    value.dist.kind = static_cast<DistKind>(*kind + 1);
    int arity = distribution_arity(value.dist.kind);
    const YAML::Node args = it->second;
    if (!args.IsSequence() || static_cast<int>(args.size()) != arity) {
      error(args, fmt::format("{} takes a list of {} numbers", kinds[*kind], arity));
      return std::nullopt;
    }
    bool ok = true;
    for (int i = 0; i < arity; ++i) {
      std::optional<double> p = scalar_number(args[i], fmt::format("{} parameter", kinds[*kind]));
      ok = ok && p;
      if (p)
        value.dist.params[static_cast<std::size_t>(i)] = *p;
    }
    if (!ok)
      return std::nullopt;
    if (std::string why = check_distribution(value.dist); !why.empty()) {
      error(args, fmt::format("{}: {}", what, why));
      return std::nullopt;
    }
    value.mean = distribution_mean(value.dist);
    if (!std::isfinite(value.mean)) {
      error(node, fmt::format("{}: the distribution's mean is not a finite number", what));
      return std::nullopt;
    }
    if (!range.contains(value.mean)) {
      error(node, fmt::format("{}: the distribution's mean {:.6g} is out of range: must be {}", what, value.mean,
                              range.describe()));
      return std::nullopt;
    }
    return value;
  }
  std::optional<double> v = scalar_number(node, what);
  if (!v)
    return std::nullopt;
  if (!range.contains(*v)) {
    error(node, fmt::format("{} {} is out of range: must be {}", what, node.Scalar(), range.describe()));
    return std::nullopt;
  }
  value.mean = *v;
  value.dist.params[0] = *v;
  return value;
}

std::optional<bool> YamlReader::boolean(const YAML::Node& node, std::string_view what)
{
  if (node.IsScalar() && node.Tag() != "!") {
    const std::string& s = node.Scalar();
    if (s == "true" || s == "True" || s == "TRUE")
      return true;
    if (s == "false" || s == "False" || s == "FALSE")
      return false;
  }
  error(node, fmt::format("{} must be true or false, got {}", what,
                          node.IsScalar() ? fmt::format("'{}'", node.Scalar()) : std::string(node_kind(node))));
  return std::nullopt;
}

std::optional<std::string> YamlReader::string(const YAML::Node& node, std::string_view what)
{
  if (node.IsScalar())
    return node.Scalar();
  error(node, fmt::format("{} must be a string, got {}", what, node_kind(node)));
  return std::nullopt;
}

std::optional<std::size_t> YamlReader::choice(const YAML::Node& node, std::string_view what,
                                              const std::vector<std::string>& choices)
{
  std::optional<std::string> s = string(node, what);
  if (!s)
    return std::nullopt;
  for (std::size_t i = 0; i < choices.size(); ++i)
    if (choices[i] == *s)
      return i;
  std::string hint = did_you_mean(*s, choices);
  if (hint.empty() && choices.size() <= 12) {
    std::string list;
    for (const auto& c : choices)
      list += (list.empty() ? "" : ", ") + c;
    hint = fmt::format(" (expected one of: {})", list);
  }
  error(node, fmt::format("unknown {} '{}'{}", what, *s, hint));
  return std::nullopt;
}

}  // namespace relief

namespace relief {

namespace {

// Return the offset just past the quoted scalar that opens at text[at], or npos when it never closes.
std::size_t quote_end(std::string_view text, std::size_t at)
{
  char q = text[at];
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (q == '"' && text[i] == '\\')
      ++i;
    else if (text[i] == q) {
      if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
        ++i;
      else
        return i + 1;
    }
  }
  return std::string_view::npos;
}

// Report a quoted scalar that is never closed: yaml-cpp 0.7 silently reads it to the end of the file.
bool check_quotes(YamlReader& reader, std::string_view text, const YAML::Node& node)
{
  std::vector<YAML::Node> stack = {node};
  std::size_t visited = 0;
  while (!stack.empty() && ++visited < 1000000) {
    YAML::Node n = stack.back();
    stack.pop_back();
    if (n.IsScalar() && n.Tag() == "!") {
      auto at = static_cast<std::size_t>(n.Mark().pos);
      if (at < text.size() && (text[at] == '"' || text[at] == '\'') && quote_end(text, at) == std::string_view::npos) {
        reader.error(n, "YAML syntax error: a quoted string is never closed");
        return false;
      }
    } else if (n.IsMap()) {
      for (auto it = n.begin(); it != n.end(); ++it) {
        stack.push_back(it->first);
        stack.push_back(it->second);
      }
    } else if (n.IsSequence()) {
      for (auto it = n.begin(); it != n.end(); ++it)
        stack.push_back(*it);
    }
  }
  return true;
}

}  // namespace

std::vector<YAML::Node> parse_yaml(const std::shared_ptr<const SourceFile>& file, std::vector<Diagnostic>& out)
{
  YamlReader reader(file, out);
  std::vector<YAML::Node> docs;
  try {
    docs = YAML::LoadAll(file->text);
  } catch (const YAML::Exception& e) {
    SourcePos p{file, e.mark.is_null() ? 1 : e.mark.line + 1, e.mark.is_null() ? 1 : e.mark.column + 1};
    reader.error_at(p, fmt::format("YAML syntax error: {}", e.msg));
    return {};
  }
  std::vector<YAML::Node> kept;
  for (const auto& d : docs) {
    if (d.IsNull())
      continue;
    if (!check_quotes(reader, file->text, d))
      return {};
    kept.push_back(d);
  }
  if (kept.empty())
    reader.error_at(SourcePos{file, 1, 1}, "file is empty: expected a scenario starting with 'relief: 1'");
  return kept;
}

bool check_version(YamlReader& reader, const YAML::Node& doc, std::string_view what)
{
  const YAML::Node v = doc["relief"];
  if (!v) {
    reader.error(doc, fmt::format("missing format version: a {} starts with 'relief: 1'", what));
    return false;
  }
  if (!v.IsScalar() || v.Scalar() != "1") {
    reader.error(v, fmt::format("unsupported format version {}: this relief reads version 1",
                                v.IsScalar() ? fmt::format("'{}'", v.Scalar()) : std::string(node_kind(v))));
    return false;
  }
  return true;
}

}  // namespace relief
