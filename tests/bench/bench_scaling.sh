#!/usr/bin/env bash
# How relief scales with the size of a batch (issue 9, items 16 and 17), each figure against a
# baseline measured in the same run:
#  - validate of one file of N documents, each with one error, for N = 10,000 .. 80,000: CPU time
#    per document against the 10,000 run (linear work keeps the ratio near 1; quadratic work would
#    double it with each doubling of N);
#  - eval and compare --perspective all -f csv over 1,000, 10,000 and 100,000 small files
#    (--files-from): peak memory (eval's must not grow; compare's grows by what its ranking
#    holds, in bytes per scenario x perspective) and time per file against the 1,000 run.
# Needs python3 and /usr/bin/time (apt-get install python3 time). Writes its files under a
# temporary directory (about 400 MB for 100,000 files).
# Usage: tests/bench/bench_scaling.sh [build/relief]
set -eu
bin=$(realpath "${1:-build/relief}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() { # run LABEL ARGS...: "SECONDS PEAK-KB" (user + system time)
  /usr/bin/time -f '%U %S %M' -o "$tmp/time" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$tmp/time" | awk '{ printf "%.3f %d\n", $1 + $2, $3 }'
}

echo "validate: one file of N documents, each with one error"
python3 - "$tmp" <<'EOF'
import sys
for n in (10000, 20000, 40000, 80000):
    with open(f"{sys.argv[1]}/errors{n}.yaml", "w") as f:
        for i in range(n):
            f.write(f"---\nrelief: 1\nname: s{i}\ncredibility: 7\n")
EOF
printf '%8s %9s %10s %22s\n' documents seconds "peak KB" "time per doc vs 10,000"
base=
for n in 10000 20000 40000 80000; do
  read -r t m < <(run "$bin" validate "$tmp/errors$n.yaml")
  [ -n "$base" ] || base=$(python3 -c "print($t / $n)")
  printf '%8d %9s %10s %22s\n' "$n" "$t" "$m" "$(python3 -c "print(f'{($t / $n) / $base:.2f}')")"
done

echo
echo "eval and compare --perspective all -f csv over N files (--files-from)"
python3 - "$tmp/files" <<'EOF'
import os, sys
root = sys.argv[1]
for i in range(100000):
    d = f"{root}/{i // 10000}"
    os.makedirs(d, exist_ok=True)
    with open(f"{d}/s{i}.yaml", "w") as f:
        f.write(f"relief: 1\nname: Scenario {i}\ncredibility: 0.{i % 9 + 1}\noffer:\n"
                f"  - measure: border-crossings\n    scope: 1\nasks:\n  - item: prisoners\n"
                f"    amount: {i % 500}\n")
EOF
find "$tmp/files" -name '*.yaml' | sort >"$tmp/all"
printf '%8s %8s %9s %10s %22s %18s\n' command files seconds "peak KB" "time per file vs 1,000" \
  "KB over 1,000 run"
for command in eval compare; do
  t0= m0=
  for n in 1000 10000 100000; do
    head -n "$n" "$tmp/all" >"$tmp/list"
    read -r t m < <(run "$bin" "$command" --files-from "$tmp/list" --perspective all -f csv)
    [ -n "$t0" ] || { t0=$t; m0=$m; }
    printf '%8s %8d %9s %10s %22s %18s\n' "$command" "$n" "$t" "$m" \
      "$(python3 -c "print(f'{($t / $n) / ($t0 / 1000):.2f}')")" "$((m - m0))"
  done
done
