#!/usr/bin/env bash
# Build the Cyprus data set with Chronomap's public commands only, from the sourced input files that
# derive_cyprus_inputs.py writes (see tools/cyprus/README.md).
#
#   tools/cyprus/build_cyprus.sh CHRONOMAP SOURCES OUT
#
# CHRONOMAP  the chronomap executable (e.g. .build/release/chronomap)
# SOURCES    the folder of Natural Earth's 10m layers (.7z or .json), e.g. the world sources folder
# OUT        the data set folder to write (e.g. data/cyprus); replaced only if every command succeeds
#
# The data set is built in a new folder beside OUT and moved into place at the end, so a failed run leaves
# OUT as it was. Nothing here edits a data file: init, import snapshots, import events and validate do.
set -euo pipefail

if [ "$#" -ne 3 ]; then
    echo "usage: $0 CHRONOMAP SOURCES OUT" >&2
    exit 64
fi

absolute() {
    case "$1" in
        /*) printf '%s\n' "$1" ;;
        */*) printf '%s/%s\n' "$(pwd)" "$1" ;;
        *) command -v "$1" || printf '%s/%s\n' "$(pwd)" "$1" ;;
    esac
}

CHRONOMAP=$(absolute "$1")
SOURCES=$(absolute "$2")
OUT=$(absolute "$3")
HERE=$(cd "$(dirname "$0")" && pwd)

[ -x "$CHRONOMAP" ] || { echo "$0: CHRONOMAP: $1 is not an executable" >&2; exit 64; }
[ -d "$SOURCES" ] || { echo "$0: SOURCES: $2 is not a folder" >&2; exit 64; }
[ -d "$(dirname "$OUT")" ] || { echo "$0: OUT: the folder $(dirname "$OUT") does not exist" >&2; exit 64; }

WORK=$(mktemp -d)
NEW="$OUT.new.$$"
OLD="$OUT.old.$$"
cleanup() { rm -rf "$WORK" "$NEW"; }
trap cleanup EXIT

INPUTS="$WORK/inputs"
python3 "$HERE/derive_cyprus_inputs.py" --sources "$SOURCES" --out "$INPUTS"

mapfile -t INIT_ARGS <"$INPUTS/init.args"
mapfile -t SNAPSHOT_ARGS <"$INPUTS/snapshots.args"
mapfile -t EVENT_ARGS <"$INPUTS/events.args"

# The arguments name the input files relative to their folder.
cd "$INPUTS"
"$CHRONOMAP" init "$NEW" "${INIT_ARGS[@]}"
"$CHRONOMAP" import snapshots "${SNAPSHOT_ARGS[@]}" --data "$NEW"
"$CHRONOMAP" import events "${EVENT_ARGS[@]}" --data "$NEW"
cp "$HERE/data-README.md" "$NEW/README.md"
cp "$HERE/data-CHANGELOG.md" "$NEW/CHANGELOG.md"
"$CHRONOMAP" validate --data "$NEW"

if [ -e "$OUT" ]; then
    mv "$OUT" "$OLD"
fi
mv "$NEW" "$OUT"
rm -rf "$OLD"
echo "$OUT"
