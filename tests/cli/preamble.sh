# What the CLI test scripts share, sourced first as `. "$(dirname "$0")/preamble.sh" "$1"` from the
# source tree: the binary's absolute path, the source tree, a temporary directory removed on exit,
# and fail MESSAGE (prints FAIL: MESSAGE, exits 1).
set -u
bin=$(realpath "$1")
src=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
