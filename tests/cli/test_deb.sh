#!/usr/bin/env bash
# The Debian package (issue 10, item 5): cpack -G DEB in the build directory gives
# relief_VERSION_ARCH.deb with the binary, both man pages, the completions and the presets; its
# Depends name the package of every library the binary links; lintian finds no error; unpacked
# into a scratch root it runs, and its version is the binary's.
set -u
bin=$(realpath "$1")
build=$(dirname "$bin")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps lintian readelf; do
  command -v $tool >/dev/null || { echo "$tool is needed (the README's test command installs it)"; exit 1; }
done
if grep -q __asan_init "$bin"; then
  echo "skipped: a sanitizer build is not packaged"
  exit 77
fi

version=$("$bin" --version | sed -n 's/^relief //p')
[ -n "$version" ] || fail "relief --version: $("$bin" --version)"
(cd "$build" && cpack -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; fail "cpack"; }
deb="$tmp/out/relief_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no $deb: $(ls "$tmp/out")"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version)"

dpkg-deb -c "$deb" | awk '{ print $6 }' >"$tmp/contents"
for path in ./usr/bin/relief ./usr/share/man/man1/relief.1.gz ./usr/share/man/man5/relief-scenario.5.gz \
  ./usr/share/bash-completion/completions/relief ./usr/share/fish/vendor_completions.d/relief.fish \
  ./usr/share/doc/relief/copyright ./usr/share/doc/relief/changelog.gz; do
  grep -qx "$path" "$tmp/contents" || fail "$path is not in the package"
done
grep -qx "./usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/relief/relief-git.so" "$tmp/contents" ||
  fail "relief-git.so is not in the package: $(grep relief-git "$tmp/contents")"
for preset in scenarios/*.yaml; do
  grep -qx "./usr/share/doc/relief/examples/$(basename "$preset")" "$tmp/contents" ||
    fail "preset $preset is not in the package"
done

# every library the binary and the module need comes from a package the .deb depends on
depends=$(dpkg-deb -f "$deb" Depends)
for elf in "$bin" "$build/relief-git.so"; do
for lib in $(readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
  path=$(ldd "$elf" | awk -v lib="$lib" '$1 == lib { print $3 }')
  package=$( (dpkg -S "$path" || dpkg -S "$(realpath "$path")") 2>/dev/null | head -n 1 | cut -d: -f1)
  [ -n "$package" ] || fail "no package owns $lib ($path)"
  case ", $depends" in
    *", $package "* | *", $package,"* | *", $package") ;;
    *) fail "$lib comes from $package, which Depends ($depends) does not name" ;;
  esac
done
done

lintian --fail-on error --tag-display-limit 0 "$deb" >"$tmp/lintian" 2>&1 ||
  { cat "$tmp/lintian"; fail "lintian reports errors"; }
grep '^E:' "$tmp/lintian" && fail "lintian reports errors"
echo "lintian: $(grep -c '^W:' "$tmp/lintian") warnings, no errors"

# unpacked into a scratch root, it runs
dpkg-deb -x "$deb" "$tmp/root"
[ "$("$tmp/root/usr/bin/relief" --version)" = "relief $version" ] || fail "the packaged binary's version"
"$tmp/root/usr/bin/relief" eval "$tmp/root/usr/share/doc/relief/examples/realpolitik.yaml" -f csv >/dev/null ||
  fail "the packaged binary cannot evaluate a packaged example"
if command -v git >/dev/null; then
  mkdir "$tmp/repo" && cp scenarios/realpolitik.yaml "$tmp/repo/"
  (cd "$tmp/repo" && git init -q && git -c user.email=t@example.org -c user.name=t commit -q --allow-empty -m empty &&
    git add -A && git -c user.email=t@example.org -c user.name=t commit -qm one &&
    "$tmp/root/usr/bin/relief" diff HEAD~1 HEAD -f json >"$tmp/diff.json") ||
    fail "the packaged binary cannot diff two revisions"
  [ "$(tr -d ' \n' <"$tmp/diff.json" | grep -o '"added":\[[^]]*\]')" = '"added":["realpolitik.yaml"]' ] ||
    fail "the packaged diff: $(head -c 400 "$tmp/diff.json")"
fi
zcat "$tmp/root/usr/share/man/man1/relief.1.gz" | cmp -s - man/relief.1 || fail "the packaged relief(1) differs"
bash -n "$tmp/root/usr/share/bash-completion/completions/relief" || fail "the packaged bash completion"
echo ok
