#!/usr/bin/env bash
# Runs every aslkit fuzz target (or those named) with libFuzzer and AddressSanitizer.
#
#   Tests/Tools/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]     (default 30 s, every target)
#
# Builds `aslkit-fuzz` with -sanitize=fuzzer,address -DASLKIT_FUZZ into .build-fuzz, then runs
# each target in turn. Seeds are read in place from Tests/Tools/fuzz-regressions/TARGET,
# Samples/ and, when present, ../shared (never copied); libFuzzer writes the inputs it finds into the first corpus folder it is
# given, so that is always a fresh temporary folder, deleted afterwards. Logs and any crashing
# input go to .build-fuzz/runs/TARGET/. Prints one line per target (seconds, executions, new
# inputs kept, outcome) and exits 1 when any target crashed, hung, ran out of memory, got a
# sanitizer report or broke a property; the input can then be replayed with a normal build:
#   swift run aslkit-fuzz TARGET .build-fuzz/runs/TARGET/crash-…
#
# LeakSanitizer is off: Swift keeps flags in the spare bits of enum payload pointers, so it
# reports objects that global constants still hold as leaked. Memory that grows without bound
# still stops a run, through -rss_limit_mb. Swift's own backtracer is off too: under ASan it
# trips over its own stack reads and buries the real report.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json yaml template validate expressions history diagram)
shared=../shared

build_log=$(mktemp)
swift build -c debug --product aslkit-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DASLKIT_FUZZ \
  --scratch-path .build-fuzz >"$build_log" 2>&1 || { grep -E 'error:' "$build_log" | sort -u >&2; tail -5 "$build_log" >&2; exit 1; }
rm -f "$build_log"
binary=.build-fuzz/debug/aslkit-fuzz

# Seed folders per target, those that exist.
seeds() {
  local candidates
  case $1 in
    json) candidates="Samples $shared/corpus $shared/json-test-suite" ;;
    yaml) candidates="Samples/templates $shared/corpus/templates Samples" ;;
    template) candidates="Samples/templates $shared/corpus/templates" ;;
    validate) candidates="Samples $shared/corpus" ;;
    expressions) candidates="Tests/Tools/fuzz-seeds/expressions" ;;
    history) candidates="Samples/coverage $shared/histories" ;;
    diagram) candidates="Samples $shared/corpus/valid" ;;
  esac
  for folder in Tests/Tools/fuzz-regressions/$1 $candidates; do [ -d "$folder" ] && echo "$folder"; done
}

status=0
printf '%-12s %8s %12s %8s  %s\n' target seconds executions new outcome
for target in "${targets[@]}"; do
  runs=.build-fuzz/runs/$target
  mkdir -p "$runs"
  rm -f "$runs"/crash-* "$runs"/leak-* "$runs"/timeout-* "$runs"/oom-* "$runs"/slow-unit-*
  corpus=$(mktemp -d)
  # The log goes to a file: through a pipe, the shell call stayed blocked after the run.
  set +e
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$binary" "$target" "$corpus" $(seeds "$target") -max_total_time="$seconds" \
    -timeout=20 -rss_limit_mb=2048 -max_len=20000 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$runs/" \
    >"$runs/log.txt" 2>&1
  code=$?
  set -e
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$runs/log.txt" | tail -1)
  elapsed=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$runs/log.txt" | tail -1)
  found=$(find "$corpus" -type f | wc -l)
  rm -rf "$corpus"
  if [ $code -eq 0 ]; then
    outcome=ok
  else
    outcome="FAILED (exit $code): $(grep -m1 -E 'ERROR: |Fatal error|fuzz property broken' "$runs/log.txt" || echo see log)"
    status=1
  fi
  printf '%-12s %8s %12s %8s  %s\n' "$target" "${elapsed:--}" "${executions:--}" "$found" "$outcome"
  if [ $code -ne 0 ]; then
    grep -E -A3 'fuzz property broken|ERROR: AddressSanitizer|ERROR: LeakSanitizer|ERROR: libFuzzer' "$runs/log.txt" | head -20 >&2 || true
    ls "$runs"/crash-* "$runs"/leak-* "$runs"/timeout-* "$runs"/oom-* 2>/dev/null >&2 || true
  fi
done
exit $status
