#!/usr/bin/env bash
# `make load`: chronomap serve under load from a second process (wrk) on 127.0.0.1.
#
# 64 connections for 2 minutes ask for a mix of cached and uncached tiles of several dates (scripts/load/).
# Passes when the server never crashes, answers nothing 5xx but the 503s of its bound, stays under its
# memory bound (--cache-mb plus LOAD_MEMORY_CONSTANT_MB), still answers after the run, and exits 0 on SIGTERM.
# Prints the latencies (p50, p99) and the figures the README reports. Not part of `make test` or CI.
#
# LOAD_DURATION (2m), LOAD_CONNECTIONS (64), LOAD_CACHE_MB (64), LOAD_MAX_QUEUE (16, so that 64 connections
# can overrun it and the 503s are seen), LOAD_COLD_SHARE (0.3),
# LOAD_MEMORY_CONSTANT_MB (the bound's constant, see the README).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${LOAD_DURATION:-2m}
connections=${LOAD_CONNECTIONS:-64}
cache_mb=${LOAD_CACHE_MB:-64}
max_queue=${LOAD_MAX_QUEUE:-16}
constant_mb=${LOAD_MEMORY_CONSTANT_MB:-256}
chronomap=.build/release/chronomap

work=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -KILL "$server_pid"; fi
    rm -rf "$work"
}
trap cleanup EXIT

"$chronomap" serve --port 0 --cache-mb "$cache_mb" --max-queue "$max_queue" >"$work/out" 2>"$work/log" &
server_pid=$!
for _ in $(seq 600); do
    grep -q "serving on" "$work/out" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/log"; echo "load: the server did not start" >&2; exit 1; }
    sleep 0.1
done
base=$(grep -o 'http://[^ ]*' "$work/out" | head -1)
base=${base%/}
echo "load: server $server_pid on $base, --cache-mb $cache_mb --max-queue $max_queue; $connections connections for $duration"

python3 scripts/load/paths.py "$base" "$work/hot" "$work/cold"
echo "load: $(wc -l <"$work/hot") hot tiles, $(wc -l <"$work/cold") cold tiles, cold share ${LOAD_COLD_SHARE:-0.3}"

# Resident memory every half second while wrk runs.
(while kill -0 "$server_pid" 2>/dev/null; do
    awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status" 2>/dev/null || true
    sleep 0.5
done) >"$work/rss" &
sampler=$!

LOAD_HOT="$work/hot" LOAD_COLD="$work/cold" \
    wrk --threads 2 --connections "$connections" --duration "$duration" --timeout 30s \
    --script scripts/load/tiles.lua "$base" | tee "$work/wrk"

failures=()
kill -0 "$server_pid" 2>/dev/null || failures+=("the server died under load")
peak_kib=$(awk '/^VmHWM:/ { print $2 }' "/proc/$server_pid/status" 2>/dev/null || echo 0)
after=$(curl --silent --max-time 30 --output /dev/null --write-out '%{http_code}' "$base/dates.json" || true)
[ "$after" = 200 ] || failures+=("after the run, /dates.json answered $after")
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=
kill "$sampler" 2>/dev/null || true
[ "$status" = 0 ] || failures+=("on SIGTERM the server exited with status $status")

statuses=$(grep '^STATUSES' "$work/wrk" | cut -d' ' -f2-)
for pair in $statuses; do
    code=${pair%%=*}
    if [ "$code" -ge 500 ] && [ "$code" != 503 ]; then failures+=("$pair answers with status $code"); fi
done
grep -q "timeout 0$" "$work/wrk" || failures+=("requests timed out: $(grep '^REQUESTS' "$work/wrk")")
if grep -qi "fatal\|crash" "$work/log"; then failures+=("the server's log reports a crash"); fi

bound_kib=$(((cache_mb + constant_mb) * 1024))
[ "$peak_kib" -le "$bound_kib" ] || failures+=("peak resident memory $((peak_kib / 1024)) MiB above the bound $((bound_kib / 1024)) MiB")
mean_kib=$(awk '{ s += $1; n++ } END { if (n) printf "%d", s / n; else print 0 }' "$work/rss")

echo
echo "load: statuses $statuses"
grep '^LATENCY\|^REQUESTS' "$work/wrk" | sed 's/^/load: /'
echo "load: resident memory peak $((peak_kib / 1024)) MiB (bound $((bound_kib / 1024)) MiB = --cache-mb $cache_mb + $constant_mb), mean $((mean_kib / 1024)) MiB"
echo "load: SIGTERM exit status $status"
if [ ${#failures[@]} -gt 0 ]; then
    printf 'load: FAILED: %s\n' "${failures[@]}" >&2
    exit 1
fi
echo "load: passed"
