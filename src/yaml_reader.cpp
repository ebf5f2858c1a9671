#include "yaml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fmt/format.h>
#include <unordered_set>

namespace relief {

std::string trim_end(std::string text)
{
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.pop_back();
  return text;
}

std::string_view node_kind(const Tree& node)
{
  switch (node.type) {
  case Tree::Type::map:
    return "a map";
  case Tree::Type::sequence:
    return "a list";
  case Tree::Type::scalar:
    return node.quoted ? "a string" : "a scalar";
  case Tree::Type::null:
    return "nothing";
  }
  return "nothing";
}

YamlReader::YamlReader(std::vector<Diagnostic>& out) : m_out(out) {}

void YamlReader::error_at(const SourcePos& p, std::string message)
{
  m_out.push_back(Diagnostic{p, Severity::error, std::move(message), p.file ? p.file->name : ""});
}

void YamlReader::warning_at(const SourcePos& p, std::string message)
{
  m_out.push_back(Diagnostic{p, Severity::warning, std::move(message), p.file ? p.file->name : ""});
}

void YamlReader::error_unechoed(const Tree& node, std::string message)
{
  error(node, std::move(message));
  m_out.back().show_source = false;
}

void YamlReader::error(const Tree& node, std::string message)
{
  error_at(node.pos, std::move(message));
}
void YamlReader::warning(const Tree& node, std::string message)
{
  warning_at(node.pos, std::move(message));
}

bool YamlReader::each_entry(const Tree& node, std::string_view what,
                            const std::vector<std::string>& allowed, const KeyFn& fn)
{
  if (!node.is_map()) {
    error(node, fmt::format("{} must be a map, got {}", what, node_kind(node)));
    return false;
  }
  std::unordered_set<std::string> seen;
  for (const auto& [key, value] : node.entries) {
    if (!key.is_scalar()) {
      error(key, fmt::format("a key in {} must be a string, got {}", what, node_kind(key)));
      continue;
    }
    const std::string& name = key.scalar;
    if (!seen.insert(name).second) {
      error(key, fmt::format("duplicate key {} in {}", clipped(name), what));
      continue;
    }
    if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      error(key, fmt::format("unknown key {} in {}{}", clipped(name), what,
                             did_you_mean(name, allowed)));
      continue;
    }
    fn(name, key, value);
  }
  return true;
}

YamlNumber parse_yaml_number(std::string_view s)
{
  std::string_view l = s;
  if (!l.empty() && (l[0] == '+' || l[0] == '-'))
    l.remove_prefix(1);
  auto lower = [](std::string_view t) {
    std::string out;
    for (char c : t)
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  const std::string ll = lower(l);
  if (ll == ".nan" || ll == ".inf" || ll == "nan" || ll == "inf" || ll == "infinity")
    return {YamlNumber::Kind::not_finite};
  // YAML 1.2's core schema: 0x hexadecimal and 0o octal integers, unsigned
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o')) {
    std::uint64_t n = 0;
    const int base = s[1] == 'x' ? 16 : 8;
    auto [end, ec] = std::from_chars(s.data() + 2, s.data() + s.size(), n, base);
    if (ec == std::errc::result_out_of_range)
      return {YamlNumber::Kind::out_of_range};
    if (ec != std::errc() || end != s.data() + s.size())
      return {YamlNumber::Kind::not_a_number};
    return {YamlNumber::Kind::number, static_cast<double>(n)};
  }
  std::string_view digits = s;
  if (!digits.empty() && digits[0] == '+')
    digits.remove_prefix(1);
  double v = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (ec == std::errc::result_out_of_range && end == digits.data() + digits.size()) {
    // beyond a double: too large is refused, too small rounds to zero (or a subnormal) as YAML
    // readers round it
    const double rounded = std::strtod(std::string(digits).c_str(), nullptr);
    if (!std::isfinite(rounded))
      return {YamlNumber::Kind::out_of_range};
    return {YamlNumber::Kind::number, rounded == 0 ? 0.0 : rounded};
  }
  if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty() ||
      (digits[0] == '-' && s[0] == '+'))
    return {YamlNumber::Kind::not_a_number};
  if (!std::isfinite(v))
    return {YamlNumber::Kind::not_finite};
  return {YamlNumber::Kind::number, v == 0 ? 0.0 : v}; // no negative zero
}

std::optional<double> YamlReader::scalar_number(const Tree& node, std::string_view what)
{
  if (!node.is_scalar() || node.quoted) {
    error(node, fmt::format("{} must be a number, got {}", what, node_kind(node)));
    return std::nullopt;
  }
  std::string_view s = node.scalar;
  const YamlNumber n = parse_yaml_number(s);
  switch (n.kind) {
  case YamlNumber::Kind::number:
    return n.value;
  case YamlNumber::Kind::not_finite:
    error(node, fmt::format("{} must be a finite number, got {}", what, clipped(s)));
    return std::nullopt;
  case YamlNumber::Kind::out_of_range:
    error(node, fmt::format("{} {} is too large to represent", what, clipped(s)));
    return std::nullopt;
  case YamlNumber::Kind::not_a_number:
    break;
  }
  // a decimal comma (0,6) is the likeliest mistake of all: say what to write
  const auto comma = s.find(',');
  const bool decimal_comma =
      comma != std::string::npos && comma > 0 && comma + 1 < s.size() &&
      s.find_first_not_of("0123456789", comma + 1) == std::string::npos &&
      s.substr(0, comma).find_first_not_of("+-0123456789") == std::string::npos;
  std::string hint;
  if (decimal_comma) {
    std::string dotted(s);
    dotted[comma] = '.';
    hint = fmt::format(" (write {}: a decimal point, not a comma)", dotted);
  }
  error(node, fmt::format("{} must be a number, got {}{}", what, clipped(s), hint));
  return std::nullopt;
}

std::optional<Value> YamlReader::number(const Tree& node, std::string_view what, const Range& range,
                                        bool allow_dist)
{
  Value value;
  value.pos = node.pos;
  if (node.is_map() && allow_dist) {
    static const std::vector<std::string> kinds = {"uniform", "triangular", "normal",
                                                   "beta",    "lognormal",  "range"};
    if (node.entries.size() != 1) {
      error(node, fmt::format("{}: a distribution is a map with exactly one of {}", what,
                              "uniform, triangular, normal, beta, lognormal, range"));
      return std::nullopt;
    }
    const Tree& key = node.entries[0].key;
    std::optional<std::size_t> kind = choice(key, "distribution", kinds);
    if (!kind)
      return std::nullopt;
    value.dist.kind = static_cast<DistKind>(*kind + 1);
    int arity = distribution_arity(value.dist.kind);
    const Tree& args = node.entries[0].value;
    if (!args.is_sequence() || static_cast<int>(args.items.size()) != arity) {
      error(args, fmt::format("{} takes a list of {} numbers", kinds[*kind], arity));
      return std::nullopt;
    }
    bool ok = true;
    for (int i = 0; i < arity; ++i) {
      std::optional<double> p = scalar_number(args.items[static_cast<std::size_t>(i)],
                                              fmt::format("{} parameter", kinds[*kind]));
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
      error(node, fmt::format("{}: the distribution's mean {:.6g} is out of range: must be {}",
                              what, value.mean, range.describe()));
      return std::nullopt;
    }
    // A range with both ends positive is lognormal: its mean lies below the midpoint that a
    // reader of the file sees, by more than a twentieth of the interval when it is wide (SPEC 2.4)
    if (value.dist.kind == DistKind::range) {
      const double lo = value.dist.params[0], hi = value.dist.params[1];
      const double mid = (lo + hi) / 2;
      if (std::abs(value.mean - mid) > 0.05 * (hi - lo))
        warning(node, fmt::format("{}: {{range: [{:.6g}, {:.6g}]}} is lognormal (both ends are "
                                  "positive): its mean is {:.4g}, not the midpoint {:.6g}, and "
                                  "eval reads it there; for a symmetric one write {{normal: "
                                  "[{:.6g}, {:.3g}]}}",
                                  what, lo, hi, value.mean, mid, mid, (hi - lo) / (2 * 1.6448536)));
    }
    return value;
  }
  std::optional<double> v = scalar_number(node, what);
  if (!v)
    return std::nullopt;
  if (!range.contains(*v)) {
    error(node,
          fmt::format("{} {} is out of range: must be {}", what, node.scalar, range.describe()));
    return std::nullopt;
  }
  value.mean = *v;
  value.dist.params[0] = *v;
  return value;
}

std::optional<bool> YamlReader::boolean(const Tree& node, std::string_view what)
{
  if (node.is_scalar() && !node.quoted) {
    const std::string& s = node.scalar;
    if (s == "true" || s == "True" || s == "TRUE")
      return true;
    if (s == "false" || s == "False" || s == "FALSE")
      return false;
  }
  error(node, fmt::format("{} must be true or false, got {}", what,
                          node.is_scalar() ? clipped(node.scalar) : std::string(node_kind(node))));
  return std::nullopt;
}

std::optional<std::string> YamlReader::string(const Tree& node, std::string_view what)
{
  if (node.is_scalar())
    return node.scalar;
  error(node, fmt::format("{} must be a string, got {}", what, node_kind(node)));
  return std::nullopt;
}

std::optional<std::size_t> YamlReader::choice(const Tree& node, std::string_view what,
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
  error(node, fmt::format("unknown {} {}{}", what, clipped(*s), hint));
  return std::nullopt;
}

} // namespace relief

namespace relief {

bool check_is_document(YamlReader& reader, const Tree& doc, std::string_view what,
                       const std::vector<std::string>& known_keys)
{
  if (!doc.is_map()) {
    reader.error_unechoed(doc, fmt::format("a {} must be a map, got {}: this is not a {} file",
                                           what, node_kind(doc), what));
    return false;
  }
  if (doc.find("relief"))
    return true;
  for (const auto& [key, value] : doc.entries) {
    const bool known = key.is_scalar() && (key.scalar.starts_with("x-") ||
                                           std::find(known_keys.begin(), known_keys.end(),
                                                     key.scalar) != known_keys.end());
    if (!known) {
      reader.error_unechoed(doc, fmt::format("missing format version, and keys that a {} does not "
                                             "have: this is not a {} file (a {} starts with "
                                             "'relief: 1')",
                                             what, what, what));
      return false;
    }
  }
  return true;
}

bool check_version(YamlReader& reader, const Tree& doc, std::string_view what)
{
  const Tree* v = doc.find("relief");
  if (!v) {
    reader.error(doc, fmt::format("missing format version: a {} starts with 'relief: 1'", what));
    return false;
  }
  if (v->is_scalar() && v->quoted) {
    reader.error(*v, fmt::format("the format version must be the number 1, got the string {} "
                                 "(write relief: 1, without quotes)",
                                 clipped(v->scalar)));
    return false;
  }
  // any way YAML writes the number 1 (1, 1.0, +1, 0x1), as a YAML-reading client sees it too
  const YamlNumber n = v->is_scalar() ? parse_yaml_number(v->scalar) : YamlNumber{};
  if (n.kind != YamlNumber::Kind::number || n.value != 1) {
    reader.error(*v, fmt::format("unsupported format version {}: this relief reads version 1",
                                 v->is_scalar() ? clipped(v->scalar) : std::string(node_kind(*v))));
    return false;
  }
  return true;
}

} // namespace relief
