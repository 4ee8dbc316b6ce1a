#!/usr/bin/env bash
# Converts the OpenMoji pictures the app uses (listed in pictograms.properties) to 72 px PNG files.
# This is the app's one picture set: easy read and the standard pages both show these files.
# Needs npm (for `npm pack openmoji`) and ImageMagick's `convert` (or rsvg-convert).
# OpenMoji is CC BY-SA 4.0: the PNG files are adapted works under the same licence (see CREDITS).
set -euo pipefail
cd "$(dirname "$0")/.."
version=17.0.0
out=src/main/resources/org/reportingcentre/desktop/pictograms
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "openmoji@$version" >/dev/null && tar xzf "openmoji-$version.tgz")
rm -f "$out"/*.png
grep -v '^#' "$out/pictograms.properties" | grep '=' | sed 's/^[^=]*=\([0-9A-F]*\)|.*/\1/' | sort -u |
  while read -r code; do
    svg="$work/package/color/svg/$code.svg"
    if command -v rsvg-convert >/dev/null; then
      rsvg-convert -w 72 -h 72 "$svg" -o "$out/$code.png"
    else
      convert -density 300 -background none "$svg" -resize 72x72 -depth 8 "$out/$code.png"
    fi
  done
ls "$out"/*.png | wc -l
