// relief discover: PRIM's chosen box as a sentence, its restrictions, the peeling trajectory as a
// table and a chart of coverage against density; CSV of the trajectory; JSON of all of it.
#include <cmath>
#include <fmt/format.h>

#include "render/analysis_render.hpp"
#include "render/columns.hpp"
#include "render/report_common.hpp"
#include "render/simulate_render.hpp"

namespace relief {
namespace {

struct Step {
  const Discovery* d;
  std::size_t k;
  const PrimBox& box() const { return d->prim.trajectory[k]; }
};

std::string box_text(const Discovery& d, const PrimBox& box)
{
  std::string out;
  for (const PrimRestriction& r : box.restrictions) {
    const std::string& path = d.paths[r.input];
    std::string part;
    if (!r.categories.empty() || (!r.lower && !r.upper)) { // the belief set
      std::string kept;
      for (std::size_t i = 0; i < r.categories.size(); ++i)
        kept += (i == 0                         ? ""
                 : i + 1 == r.categories.size() ? " or "
                                                : ", ") +
                (path == "beliefs" && r.categories[i] < d.beliefs.size()
                     ? d.beliefs[r.categories[i]]
                     : std::to_string(r.categories[i]));
      part = fmt::format("{} is {}", path, kept);
    } else if (r.lower && r.upper)
      part = fmt::format("{} <= {} <= {}", readable(*r.lower), path, readable(*r.upper));
    else if (r.lower)
      part = fmt::format("{} >= {}", path, readable(*r.lower));
    else
      part = fmt::format("{} <= {}", path, readable(*r.upper));
    out += (out.empty() ? "" : " and ") + part;
  }
  return out;
}

const Columns<Step>& step_columns()
{
  using S = const Step&;
  static const Columns<Step> columns = {
      {"step", "step", [](S x) { return count(static_cast<long long>(x.k)); }},
      {"coverage", "coverage", [](S x) { return number(x.box().coverage, 3); }},
      {"density", "density", [](S x) { return number(x.box().density, 3); }},
      {"draws", "draws", [](S x) { return count(static_cast<long long>(x.box().count)); }},
      {"restricted", "inputs",
       [](S x) { return count(static_cast<long long>(x.box().restrictions.size())); }},
      {"chosen", "", [](S x) { return flag(x.k == x.d->prim.chosen, "chosen"); }},
      {"box", "box", [](S x) { return text(box_text(*x.d, x.box())); }, Align::left, Fit::wrap},
  };
  return columns;
}

std::vector<Step> steps_of(const Answer<Discovery>& a)
{
  std::vector<Step> out;
  for (std::size_t k = 0; k < a.result.prim.trajectory.size(); ++k)
    out.push_back({&a.result, k});
  return out;
}

std::string target_words(const DiscoverTarget& t)
{
  switch (t.kind) {
  case DiscoverTarget::Kind::benefits_outweigh:
    return "benefits outweigh";
  case DiscoverTarget::Kind::costs_outweigh:
    return "costs outweigh";
  case DiscoverTarget::Kind::net_above:
    return fmt::format("net > {}", readable(t.threshold));
  case DiscoverTarget::Kind::net_below:
    return fmt::format("net < {}", readable(t.threshold));
  case DiscoverTarget::Kind::accepted:
    return "the regime accepts";
  case DiscoverTarget::Kind::best_now:
    return "engaging now is best";
  }
  return t.text;
}

std::string sentence(const Discovery& d)
{
  const PrimResult& p = d.prim;
  const std::string what = target_words(d.target);
  if (p.hits == 0)
    return fmt::format("{} in none of the {} draws", what, p.draws);
  if (p.box.restrictions.empty())
    return fmt::format("{} in {} of all draws, and no box of at most a few inputs holds it "
                       "clearly more often (every restriction found was within noise)",
                       what, pct(p.base));
  return fmt::format("{} in {} of draws where {} (these draws hold {} of all the draws where {}; "
                     "{} overall)",
                     what, pct(p.box.density), box_text(d, p.box), pct(p.box.coverage), what,
                     pct(p.base));
}

// Coverage (across) against density (up), one mark per step, the chosen box as O.
std::string chart(const Discovery& d, bool unicode)
{
  constexpr int w = 50, h = 10;
  std::vector<std::string> rows(h, std::string(w, ' '));
  const double lo = std::min(d.prim.base, 0.999);
  for (std::size_t k = 0; k < d.prim.trajectory.size(); ++k) {
    const PrimBox& b = d.prim.trajectory[k];
    const int cx = std::clamp(static_cast<int>(std::lround(b.coverage * (w - 1))), 0, w - 1);
    const int cy =
        std::clamp(static_cast<int>(std::lround((b.density - lo) / (1 - lo) * (h - 1))), 0, h - 1);
    char& c = rows[static_cast<std::size_t>(h - 1 - cy)][static_cast<std::size_t>(cx)];
    c = k == d.prim.chosen ? 'O' : (c == 'O' ? 'O' : '*');
  }
  std::string out = "  density\n";
  for (int r = 0; r < h; ++r) {
    const std::string label = r == 0 ? "1" : r == h - 1 ? fixed(lo, 2) : "";
    std::string& row = rows[static_cast<std::size_t>(r)];
    drop_trailing_spaces(row);
    out += fmt::format("  {:>5} {}{}\n", label, unicode ? "│" : "|", row);
  }
  std::string rule;
  for (int k = 0; k < w; ++k)
    rule += unicode ? "─" : "-";
  out += fmt::format("  {:>5} {}{}\n", "", unicode ? "└" : "+", rule);
  out += fmt::format("  {:>5}  0{:>{}}   coverage (O: the chosen box)\n", "", "1", w - 1);
  return out;
}

} // namespace

std::string render_discover(const std::vector<Answer<Discovery>>& reports, OutputFormat format,
                            const TableStyle& style)
{
  auto json_of = [](const Answer<Discovery>& r, Json& one) {
    const Discovery& d = r.result;
    one["target"] = d.target.text;
    one["samples"] = d.samples;
    one["seed"] = d.seed;
    one["inputs"] = d.paths;
    if (!d.beliefs.empty())
      one["beliefs"] = d.beliefs;
    one["hits"] = d.prim.hits;
    one["base_density"] = d.prim.base;
    one["trajectory"] = Json::array();
    for (const Step& s : steps_of(r))
      one["trajectory"].push_back(json_row(step_columns(), s));
    one["chosen"] = d.prim.chosen;
    Json restrictions = Json::array();
    for (const PrimRestriction& x : d.prim.box.restrictions) {
      Json one_r = {{"path", d.paths[x.input]},
                    {"lower", x.lower ? Json(*x.lower) : Json(nullptr)},
                    {"upper", x.upper ? Json(*x.upper) : Json(nullptr)}};
      if (d.paths[x.input] == "beliefs") { // the belief sets the box keeps
        one_r["categories"] = Json::array();
        for (std::size_t c : x.categories)
          one_r["categories"].push_back(d.beliefs[c]);
      }
      restrictions.push_back(std::move(one_r));
    }
    one["box"] = {{"coverage", d.prim.box.coverage},
                  {"density", d.prim.box.density},
                  {"draws", d.prim.box.count},
                  {"restrictions", restrictions}};
    Json dropped = Json::array();
    for (std::size_t i : d.prim.dropped)
      dropped.push_back(d.paths[i]);
    one["dropped"] = dropped;
    one["sentence"] = sentence(d);
  };
  auto text_of = [&style](const Answer<Discovery>& r, bool markdown) {
    const Discovery& d = r.result;
    std::string drawn =
        fmt::format("{} draws of {} uncertain inputs (seed {})", d.samples, d.paths.size(), d.seed);
    if (!d.beliefs.empty()) {
      std::string names;
      for (std::size_t i = 0; i < d.beliefs.size(); ++i)
        names += (i == 0 ? "" : ", ") + d.beliefs[i];
      drawn = fmt::format("{} draws under each of {} belief sets ({}; seed {}), of the {} "
                          "uncertain inputs they all draw and the belief set itself (beliefs, "
                          "categorical: a peel removes one)",
                          d.samples, d.beliefs.size(), names, d.seed, d.paths.size() - 1);
    }
    std::string lines = style.quiet
                            ? std::string()
                            : fmt::format("{}{}; PRIM peels {} of the box a step, down to {} of "
                                          "the draws, restricting at most {} "
                                          "inputs; the chosen box is the densest that keeps {} of "
                                          "the draws where the target "
                                          "holds\n",
                                          markdown ? "- " : "  ", drawn, pct(d.options.alpha),
                                          pct(d.options.min_mass), d.options.max_inputs,
                                          pct(d.options.min_coverage));
    lines += (markdown ? "- " : "  ") + sentence(d) + "\n";
    if (!d.prim.dropped.empty()) {
      std::string names;
      for (std::size_t i : d.prim.dropped)
        names += (names.empty() ? "" : ", ") + d.paths[i];
      lines += fmt::format("{}left out as noise (restricting it raised the density by less than "
                           "two standard errors): {}\n",
                           markdown ? "- " : "  ", names);
    }
    std::string out = fit_items(lines, style) + "\n";
    // the trajectory: every fifth step, and the chosen one
    std::vector<Step> shown;
    for (const Step& s : steps_of(r))
      if (s.k % 5 == 0 || s.k == d.prim.chosen || s.k + 1 == d.prim.trajectory.size())
        shown.push_back(s);
    out += render_table(text_table(step_columns(), shown), style, markdown);
    if (!markdown)
      out += "\n" + chart(d, style.unicode);
    return out;
  };
  return render_cases<Discovery>(reports, format, style, "discover", steps_of, step_columns(),
                                 json_of, text_of);
}

} // namespace relief
