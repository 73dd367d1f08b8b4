#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (AddressSanitizer and its LeakSanitizer included) and runs
# each on a copy of its seed corpus. Exits non-zero on a crash, a leak, a hang or running out of
# memory, naming the target and the reproducer file.
#
#   FUZZ_SECONDS   time for each target (default 60); `make test` runs FUZZ_SECONDS=5
#   FUZZ_TARGETS   the targets to run, separated by spaces (default: every target in fuzz/Package.swift)
#   FUZZ_TIMEOUT   seconds one input may take before it counts as a hang (default 10)
#   FUZZ_RSS_MB    memory limit in MB (default 2048)
#   FUZZ_WORK      where corpora, logs and reproducers go (default fuzz/.build/runs)
#
# Needs only the Swift toolchain (its clang runtime has libFuzzer, AddressSanitizer and
# LeakSanitizer) and the Debian packages the main package builds with.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10}
FUZZ_RSS_MB=${FUZZ_RSS_MB:-2048}
FUZZ_WORK=${FUZZ_WORK:-fuzz/.build/runs}
all_targets=$(sed -n '/^let fuzzTargets = \[/,/^\]/p' fuzz/Package.swift | grep -o '"[A-Za-z0-9_]*"' | tr -d '"')
FUZZ_TARGETS=${FUZZ_TARGETS:-$all_targets}

for target in $FUZZ_TARGETS; do
    if ! grep -qx "$target" <<<"$all_targets"; then
        echo "fuzz: unknown target $target; the targets are: $(echo $all_targets)" >&2
        exit 64
    fi
done

# Debug builds: every Swift module instrumented for coverage and checked by AddressSanitizer.
# lld, from the toolchain, links the sanitizer runtimes without gold's warnings.
echo "fuzz: building $(echo $FUZZ_TARGETS)"
build_flags=(--package-path fuzz --scratch-path fuzz/.build -c debug
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld)
build_log=$(mktemp)
if ! "$SWIFT" build "${build_flags[@]}" >"$build_log" 2>&1; then
    cat "$build_log" >&2
    rm -f "$build_log"
    echo "fuzz: the build failed" >&2
    exit 1
fi
rm -f "$build_log"
bin=$("$SWIFT" build "${build_flags[@]}" --show-bin-path)

# Swift's own backtracer would run inside the crashing process, under AddressSanitizer; libFuzzer
# prints the stack itself.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

failed=()
for target in $FUZZ_TARGETS; do
    work="$FUZZ_WORK/$target"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    # A copy: what the run finds stays out of the committed corpus.
    if [ -d "fuzz/corpus/$target" ]; then cp -R "fuzz/corpus/$target/." "$work/corpus/"; fi
    options=(-max_total_time="$FUZZ_SECONDS" -timeout="$FUZZ_TIMEOUT" -rss_limit_mb="$FUZZ_RSS_MB"
        -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$work/artifacts/")
    if [ -f "fuzz/dictionaries/$target.dict" ]; then options+=(-dict="fuzz/dictionaries/$target.dict"); fi
    status=0
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} "$bin/$target" "${options[@]}" "$work/corpus" \
        >"$work/log" 2>&1 || status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || true)
    if [ "$status" -eq 0 ]; then
        echo "fuzz: $target: ${runs:-?} runs in ${FUZZ_SECONDS}s, no finding"
        continue
    fi
    reproducer=$(find "$work/artifacts" -type f | head -n 1)
    kind=$(grep -o -m 1 -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer): [a-zA-Z -]+' "$work/log" || true)
    kind=${kind:-"exit status $status"}
    echo "fuzz: $target: FAILED: $kind" >&2
    echo "fuzz: $target: reproducer: ${reproducer:-none written}; log: $work/log" >&2
    if [ -n "$reproducer" ]; then echo "fuzz: $target: re-run it with: $bin/$target $reproducer" >&2; fi
    grep -m 1 -B 2 -A 25 -E '==ERROR|Fatal error|ERROR: libFuzzer' "$work/log" >&2 || tail -n 30 "$work/log" >&2
    failed+=("$target")
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: findings in: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: $(echo $FUZZ_TARGETS | wc -w) target(s), no finding"
