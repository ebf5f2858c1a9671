#!/usr/bin/env bash
# relief report (issue 10, items 1 and 2): one self-contained HTML page of the presets, opened in
# headless Chromium: no console message, not blank, the charts drawn with size, printable on A4;
# byte-identical for the same inputs; every SVG well-formed (xmllint); the Markdown report links
# its charts, written beside it.
. "$(dirname "$0")/preamble.sh" "$1"
command -v xmllint >/dev/null || { echo "xmllint is needed (the README's test command installs libxml2-utils)"; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed"; exit 1; }

"$bin" report scenarios/*.yaml -n 4000 -o "$tmp/report.html" || fail "report: status $?"
"$bin" report scenarios/*.yaml -n 4000 --threads 2 -o "$tmp/again.html" || fail "report again"
cmp -s "$tmp/report.html" "$tmp/again.html" || fail "the same inputs give a different page"
grep -q "Dated" "$tmp/report.html" && fail "a report without --date carries a date"
"$bin" report scenarios/realpolitik.yaml --date 2026-11-29 | grep -q "Dated 2026-11-29." ||
  fail "--date is not in the header"

# self-contained: nothing loaded from anywhere (the SVG namespace is a name, not a load; the
# contents link within the page)
grep -Eo 'src=|href="[^#]|url\(|@import|<script|<link|<img' "$tmp/report.html" && fail "the page loads something"
# every section and chart is there, each chart with a title and a description (issue 19 item 6:
# every answer of the commands, each in the command's own words)
for heading in "Contents" "The answers at a glance" "Ranking under balanced" \
  "Paired comparison: the same draws for every scenario" "Whose weights favour which package" \
  "Central weights" "Benefits and costs by criterion" "What moves net (tornado)" \
  "When to engage" "best strategy: " "waiting for after-war" "lost: flow" "P(best)" \
  "Break-even: asks.prisoners.amount" "The zone of agreement along asks.prisoners.amount" \
  "Nash point" "asks.prisoners.amount against credibility" "net = 0 between grid points" \
  "Distribution of net" "Drivers of net" "EVPPI" "EVPI " \
  "Under which conditions benefits outweigh" "PRIM&#39;s peeling trajectory" "these draws hold"; do
  grep -qF "$heading" "$tmp/report.html" || fail "no '$heading' in the page"
done
# the contents: one entry per section, each link resolving to a heading of the page
python3 - "$tmp/report.html" <<'PY' || fail "the contents do not match the sections"
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
nav = re.search(r"<nav .*?</nav>", page, re.S).group(0)
links = re.findall(r'href="#([^"]+)"', nav)
ids = re.findall(r'<h2 id="([^"]+)"', page)
assert links == ids, (links, ids)
assert len(set(ids)) == len(ids), "an anchor twice"
cases = [i for i in ids if re.fullmatch(r"s[0-9]+", i)]
assert len(cases) == 8, cases   # the eight presets, one section each
PY
# signed bars: in each criteria chart, a bar that raises net is green and right of the axis, one
# that lowers it red and left of it, whatever the criterion's kind (a cost below 0 raises net)
python3 - "$tmp/report.html" <<'PY' || fail "a criterion's bar does not read as signed"
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
charts = [c for c in re.findall(r"<svg .*?</svg>", page, re.S) if "<title>Benefits and costs" in c]
assert charts, "no criteria chart"
for chart in charts:
    axis = float(re.search(r'<line x1="([0-9.]+)"', chart).group(1))
    bars = re.findall(r'<rect x="([0-9.]+)" y="[0-9.]+" width="([0-9.]+)" height="[0-9.]+" fill="(#[0-9a-f]+)"/>\n<text x="[0-9.]+" y="[0-9.]+"[^>]*>([^<]*)</text>', chart)
    assert len(bars) >= 9, len(bars)
    for x, w, fill, value in bars:
        x, w = float(x), float(w)
        if value.startswith("+"):
            assert fill == "#2e7d32" and x >= axis - 0.1, (value, fill, x, axis)
        elif value.startswith("-"):
            assert fill == "#c62828" and x + w <= axis + 0.1, (value, fill, x, axis)
PY
svgs=$(grep -c '<svg ' "$tmp/report.html")
[ "$svgs" -ge 28 ] || fail "only $svgs charts"
[ "$(grep -c '<title>' "$tmp/report.html")" = $((svgs + 1)) ] || fail "a chart has no <title>"
[ "$(grep -c '<desc>' "$tmp/report.html")" = "$svgs" ] || fail "a chart has no <desc>"
grep -q "fnv1a64:[0-9a-f]\{16\}" "$tmp/report.html" || fail "no model hash in the header"
grep -q "relief $("$bin" --version | cut -d' ' -f2)" "$tmp/report.html" || fail "no version in the header"
# each chart is well-formed XML
python3 - "$tmp/report.html" "$tmp" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
for i, svg in enumerate(re.findall(r"<svg .*?</svg>", page, re.S)):
    open(f"{sys.argv[2]}/chart{i}.svg", "w", encoding="utf-8").write(svg)
PY
xmllint --noout "$tmp"/chart*.svg || fail "a chart is not well-formed"

# Markdown: the same sections; the charts as SVG files beside it, linked
"$bin" report scenarios/potash-2025.yaml scenarios/belavia-2025.yaml -o "$tmp/md/report.md" 2>/dev/null
[ $? = 73 ] || fail "report into a missing directory should exit 73"
mkdir "$tmp/md"
"$bin" report scenarios/potash-2025.yaml scenarios/belavia-2025.yaml -o "$tmp/md/report.md" ||
  fail "markdown report: status $?"
links=$(grep -o '](report-charts/[^)]*\.svg)' "$tmp/md/report.md" | sort -u)
[ "$(echo "$links" | wc -l)" -ge 8 ] || fail "the Markdown report links $(echo "$links" | wc -l) charts"
for link in $links; do
  f="$tmp/md/${link:2:-1}"
  [ -f "$f" ] || fail "$f is linked but not written"
  xmllint --noout "$f" || fail "$f is not well-formed"
done
"$bin" report scenarios/potash-2025.yaml -o "$tmp/md/other.md" --assets "$tmp/charts" || fail "--assets"
[ -f "$tmp/charts/s1-criteria.svg" ] || fail "--assets DIR is not where the charts go"
"$bin" report scenarios/potash-2025.yaml --assets x -o "$tmp/r.html" 2>/dev/null
[ $? = 64 ] || fail "--assets with an HTML report is not a usage error"
"$bin" report scenarios/potash-2025.yaml -o "$tmp/r.csv" 2>/dev/null
[ $? = 64 ] || fail "report -o r.csv is not a usage error"

# A case whose every input is a point value is not simulated (issue 19 item 6): the model with each
# distribution at its mean, two presets that write none of their own.
python3 - data/model.yaml "$tmp/point.yaml" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
num = r"(-?[0-9.]+(?:e-?[0-9]+)?)"
text = re.sub(r"\{normal: \[" + num + r", *" + num + r"\]\}", r"\1", text)
text = re.sub(r"\{triangular: \[" + num + r", *" + num + r", *" + num + r"\]\}",
              lambda m: repr((float(m[1]) + float(m[2]) + float(m[3])) / 3), text)
text = re.sub(r"\{beta: \[" + num + r", *" + num + r"\]\}",
              lambda m: repr(float(m[1]) / (float(m[1]) + float(m[2]))), text)
code = "\n".join(line.split("#")[0] for line in text.splitlines())
assert not re.search(r"\{(normal|triangular|beta|uniform|lognormal):", code), "a distribution left"
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
"$bin" report --model "$tmp/point.yaml" scenarios/potash-2025.yaml scenarios/belavia-2025.yaml \
  -n 100000 -o "$tmp/point.html" || fail "report of point values: status $?"
[ "$(grep -c "Every input of this case is a point value" "$tmp/point.html")" = 2 ] ||
  fail "a case without a distribution is simulated, or not said so"
grep -q "Distribution of net" "$tmp/point.html" && fail "a point-valued case has a histogram"

# In a real browser.
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "skipped the browser checks: chromium is not installed (the README's test command installs it)"
  exit 77
fi
run_browser() {
  timeout 120 "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$tmp/profile" --enable-logging=stderr --v=0 "$@" 2>>"$tmp/browser.log"
}
run_browser --window-size=1000,7000 --screenshot="$tmp/shot.png" "file://$tmp/report.html" >/dev/null ||
  { cat "$tmp/browser.log"; fail "chromium could not render the page"; }
grep -i "CONSOLE" "$tmp/browser.log" && fail "the page logs to the console"
run_browser --print-to-pdf="$tmp/report.pdf" --no-pdf-header-footer "file://$tmp/report.html" >/dev/null ||
  fail "chromium could not print the page"
pages=$(grep -ac '/Type /Page\b' "$tmp/report.pdf")
[ "$pages" -ge 3 ] || fail "the printed report has $pages pages"
grep -aq '/MediaBox \[0 0 59[45]' "$tmp/report.pdf" || fail "the printed report is not A4"
# the screenshot: not blank, and the charts' green and red bars cover real area
python3 - "$tmp/shot.png" <<'PY' || exit 1
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
pos, idat, width = 8, b"", 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and colour in (2, 6), (depth, colour)
        bpp = 3 if colour == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw, stride = zlib.decompress(idat), width * bpp
prev, rows, i = bytearray(stride), [], 0
for _ in range(height):  # undo the PNG filters
    f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b, c = prev[x], prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line)
    prev = line
count = {"ink": 0, "green": 0, "red": 0, "blue": 0}
for line in rows:
    for x in range(0, stride, bpp):
        r, g, b = line[x], line[x + 1], line[x + 2]
        if (r, g, b) != (255, 255, 255): count["ink"] += 1
        if abs(r - 0x2e) < 12 and abs(g - 0x7d) < 12 and abs(b - 0x32) < 12: count["green"] += 1
        if abs(r - 0xc6) < 12 and abs(g - 0x28) < 12 and abs(b - 0x28) < 12: count["red"] += 1
        if abs(r - 0x15) < 12 and abs(g - 0x65) < 12 and abs(b - 0xc0) < 12: count["blue"] += 1
print("screenshot pixels:", count)
total = width * height
if count["ink"] < total // 50: sys.exit("FAIL: the page is blank")
for colour in ("green", "red", "blue"):
    if count[colour] < 1500: sys.exit(f"FAIL: hardly any {colour} chart area ({count[colour]} pixels)")
PY
echo ok
