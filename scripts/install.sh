#!/usr/bin/env bash
# Installs chronomap and every file it reads at run time (what `make install` and `make uninstall` run):
#
#   $PREFIX/bin/chronomap
#   $PREFIX/share/chronomap/styles/               the map styles
#                           catalogs/             the furniture catalogs, one <language>.json each
#                           viewer/               the viewer's pages, scripts and style sheets
#                           compare/              the comparison page's HTML, CSS and script
#                           leaflet/              Leaflet, copied from Debian's libjs-leaflet
#                           data/<data set>/      the bundled data sets
#                           world/                the world base (base.sqlite and its README), when the checkout has it
#                           default-data-set.txt  the name of the data set used without --data
#
# The layout is the one Sources/Support/RunTimeFile.swift gives (installedPath): a file added there is a line
# added here. The fonts are not copied: the styles name Debian's (fonts-dejavu-core).
#
# Usage: scripts/install.sh [--prefix DIR] [--binary FILE] [--uninstall]
#   --prefix   default /usr/local
#   --binary   the executable to install, default .build/release/chronomap (`make build`)
#   DESTDIR    (environment) put before the prefix, for packaging; the installed tool finds its files from its
#              own place, so the tree may be moved as a whole
#   LEAFLET_DIR (environment) where libjs-leaflet is, default /usr/share/javascript/leaflet
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=/usr/local
binary=.build/release/chronomap
mode=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
        --binary) binary=${2:?--binary needs a file}; shift 2 ;;
        --uninstall) mode=uninstall; shift ;;
        *) echo "install.sh: unknown argument: $1" >&2; exit 64 ;;
    esac
done
case "$prefix" in
    /*) ;;
    *) echo "install.sh: --prefix: $prefix is not an absolute path" >&2; exit 64 ;;
esac
root="${DESTDIR:-}${prefix}"
share="$root/share/chronomap"

if [ "$mode" = uninstall ]; then
    rm -f "$root/bin/chronomap"
    rm -rf "$share"
    echo "removed $root/bin/chronomap and $share"
    exit 0
fi

leaflet=${LEAFLET_DIR:-/usr/share/javascript/leaflet}
[ -x "$binary" ] || { echo "install.sh: --binary: $binary is missing; run make build" >&2; exit 1; }
for file in leaflet.js leaflet.css; do
    [ -f "$leaflet/$file" ] || { echo "install.sh: $leaflet/$file is missing; apt-get install libjs-leaflet" >&2; exit 1; }
done

# The new tree is written beside the old one and swapped in at the end, so a failed copy leaves the previous
# installation whole, and a file dropped from the checkout does not linger.
staging="$root/share/.chronomap.new.$$"
trap 'rm -rf "$staging" "$root/bin/.chronomap.new.$$"' EXIT
rm -rf "$staging"
mkdir -p "$staging/data" "$staging/leaflet/images" "$root/bin"

cp -R styles "$staging/styles"
cp -R Sources/Localization/Resources/Catalogs "$staging/catalogs"
cp -R Sources/Viewer/Resources/Viewer "$staging/viewer"
cp -R Sources/Compare/Resources/ComparePage "$staging/compare"
cp Sources/Chronology/Resources/default-data-set.txt "$staging/default-data-set.txt"
sets=0
for set in data/*/; do
    [ -f "$set/region.json" ] || continue
    cp -R "${set%/}" "$staging/data/"
    sets=$((sets + 1))
done
[ "$sets" -gt 0 ] || { echo "install.sh: no data set (data/*/region.json) in $(pwd)" >&2; exit 1; }
[ -d "$staging/data/$(cat "$staging/default-data-set.txt")" ] || {
    echo "install.sh: default-data-set.txt names a data set that is not in data/" >&2; exit 1; }
if [ -f world/base.sqlite ]; then
    mkdir -p "$staging/world"
    cp world/base.sqlite "$staging/world/"
    [ ! -f world/README.md ] || cp world/README.md "$staging/world/"
fi
# Only what the viewer loads (LeafletFiles): not the maps, the minified or the compressed copies.
cp -L "$leaflet/leaflet.js" "$leaflet/leaflet.css" "$staging/leaflet/"
for image in "$leaflet"/images/*.png; do
    [ -e "$image" ] && cp -L "$image" "$staging/leaflet/images/"
done
chmod -R u=rwX,go=rX "$staging"

install -m 0755 "$binary" "$root/bin/.chronomap.new.$$"
rm -rf "$share"
mv "$staging" "$share"
mv "$root/bin/.chronomap.new.$$" "$root/bin/chronomap"
echo "installed $root/bin/chronomap and $share"
