#!/usr/bin/env bash
# relief completion bash|zsh|fish (issue 10, item 4): each script passes its shell's syntax check;
# bash's completes subcommands, options, formats, perspectives, presets, scenario files and the
# PATHs of the file on the line, driven through complete/COMP_WORDS as bash drives it; fish's
# through `complete -C`.
. "$(dirname "$0")/preamble.sh" "$1"
for shell in zsh fish; do
  command -v $shell >/dev/null || { echo "$shell is needed (the README's test command installs it)"; exit 1; }
done
# the scripts call `relief` for --vary: the binary under test, first on PATH
mkdir "$tmp/bin" && ln -s "$bin" "$tmp/bin/relief"
export PATH="$tmp/bin:$PATH"

for shell in bash zsh fish; do
  relief completion $shell >"$tmp/relief.$shell" || fail "completion $shell: status $?"
  $shell -n "$tmp/relief.$shell" || fail "the $shell script does not pass $shell -n"
done

# bash: what the completion function offers for a command line whose last word is being typed
offers() {
  bash -c '
    source "$1"
    [ "$(complete -p relief)" = "complete -F _relief relief" ] || { echo "not registered"; exit 1; }
    read -ra COMP_WORDS <<<"$2"
    [[ $2 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _relief
    printf "%s\n" "${COMPREPLY[@]}" | sort' _ "$tmp/relief.bash" "$1"
}
expect() { # expect LINE WANTED...: the offers for LINE are exactly WANTED
  local line=$1
  shift
  local got want
  got=$(offers "$line" | tr '\n' ' ')
  want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
  [ "$got" = "$want" ] || fail "'$line' offers '$got', expected '$want'"
}
expect "relief ev" eval
expect "relief co" compare completion
expect "relief eval --persp" --perspective
expect "relief eval --perspective " balanced frontline-states values-first security-first all
expect "relief compare x.yaml -f " table csv json markdown
expect "relief model -f " table csv json markdown yaml
# every command offers the formats it writes, from the command table (report and schema refused
# table, csv and markdown with status 64 when completion offered them)
expect "relief report x.yaml -f " html markdown
expect "relief schema -f " json
expect "relief init -f " yaml
for c in eval compare timing breakeven sensitivity simulate explain validate; do
  expect "relief $c x.yaml -f " table csv json markdown
done
# and every format offered is one the command takes
for c in report schema init model eval; do
  for f in $(offers "relief $c -f "); do
    file=()
    case $c in eval | report) file=("$PWD/scenarios/potash-2025.yaml") ;; esac
    # (in $tmp: a Markdown report on standard output writes its charts where it runs)
    (cd "$tmp" && "$bin" $c "${file[@]}" -f "$f" >/dev/null 2>"$tmp/err" </dev/null)
    [ $? != 64 ] || fail "relief $c -f $f is offered but refused: $(cat "$tmp/err")"
  done
done
expect "relief init --from po" potash-2025
expect "relief init --from " belavia-2025 designed-now migration-halt-2025 normative-isolation potash-2025 \
  pragmatic-engagement realpolitik when-to-engage
expect "relief eval --color " auto always never
expect "relief breakeven scenarios/belavia-2025.yaml --target " net probability timing
# (an ask without a credibility of its own reads the deal's: it has no PATH of its own to offer)
expect "relief breakeven scenarios/belavia-2025.yaml --vary asks.prisoners.a" \
  asks.prisoners.amount
expect "relief breakeven scenarios/belavia-2025.yaml --vary cred" credibility
expect "relief eval scenarios/bel" scenarios/belavia-2025.yaml
expect "relief timing --de" --delay
# every PATH of the file is offered, as `relief explain --paths` lists them
[ "$(offers "relief breakeven scenarios/potash-2025.yaml --vary " | wc -l)" = \
  "$(relief explain --paths scenarios/potash-2025.yaml -f csv | tail -n +2 | grep -vc over_time)" ] ||
  fail "--vary does not offer every PATH"
# no file on the line: nothing to offer, and no error
[ -z "$(offers "relief breakeven --vary ")" ] || fail "--vary without a file offers something"

# fish: the same questions through fish's own completion engine
fish_offers() { fish -c "source $tmp/relief.fish; complete -C '$1'" | cut -f1 | sort | tr '\n' ' '; }
[ "$(fish_offers 'relief eval --perspective ')" = "all balanced frontline-states security-first values-first " ] ||
  fail "fish: --perspective offers '$(fish_offers 'relief eval --perspective ')'"
[ "$(fish_offers 'relief ev')" = "eval " ] || fail "fish: 'relief ev' offers '$(fish_offers 'relief ev')'"
fish_offers 'relief breakeven scenarios/belavia-2025.yaml --vary asks.pri' | grep -q "asks.prisoners.amount" ||
  fail "fish: --vary offers '$(fish_offers 'relief breakeven scenarios/belavia-2025.yaml --vary asks.pri')'"

# the PATH list behind --vary, and the usage errors
[ "$(relief completion --paths scenarios/belavia-2025.yaml | head -n 2 | tr '\n' ' ')" = "credibility model.timings.now.delay_months " ] ||
  fail "completion --paths: $(relief completion --paths scenarios/belavia-2025.yaml | head -n 2)"
relief completion >/dev/null 2>"$tmp/err"
[ $? = 64 ] && [ "$(cat "$tmp/err")" = "relief: error: completion needs a shell: bash, zsh or fish (or --paths FILE)" ] ||
  fail "completion without a shell: $(cat "$tmp/err")"
relief completion tcsh >/dev/null 2>&1
[ $? = 64 ] || fail "completion tcsh is not a usage error"
echo ok
