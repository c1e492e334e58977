#!/usr/bin/env bash
# Renders resources/icons/homing.svg into the icon files that are kept in the
# repository: resources/windows/homing.ico (16, 24, 32, 48 and 256 px).
# Needs rsvg-convert (librsvg2-bin) and icotool (icoutils); scripts/install-deps.sh --test
# installs them. Run it again after changing the SVG, and commit the result.
#   scripts/make-icons.sh            write the files
#   scripts/make-icons.sh --png DIR  also keep the PNGs (homing-<size>.png) in DIR
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
svg="$root/resources/icons/homing.svg"
ico="$root/resources/windows/homing.ico"
png_dir=""
if [[ "${1:-}" == "--png" ]]; then
    png_dir="${2:?--png needs a directory}"
fi

for tool in rsvg-convert icotool; do
    if ! command -v "$tool" >/dev/null; then
        echo "make-icons.sh: $tool is missing (scripts/install-deps.sh --test installs it)" >&2
        exit 1
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sizes=(16 24 32 48 256)
pngs=()
for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" --output "$work/homing-$size.png"
    pngs+=("$work/homing-$size.png")
done

# 256 px is stored as PNG inside the .ico (Windows Vista and later), the small sizes as bitmaps.
icotool --create --output "$work/homing.ico" "${pngs[@]:0:4}" --raw="$work/homing-256.png"
mv "$work/homing.ico" "$ico"
echo "wrote ${ico#"$root"/}"

if [[ -n "$png_dir" ]]; then
    mkdir -p "$png_dir"
    cp "${pngs[@]}" "$png_dir/"
    echo "wrote PNGs to $png_dir"
fi
