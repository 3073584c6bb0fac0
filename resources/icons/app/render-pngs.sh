#!/bin/sh
# SPDX-License-Identifier: MIT
# Regenerates the committed hicolor PNG sizes from the scalable icon (needs rsvg-convert, from librsvg2-bin).
set -eu
cd "$(dirname "$0")"
id=io.github.archexplorer.ArchitectureExplorer
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "${size}x${size}"
    rsvg-convert -w "$size" -h "$size" -o "${size}x${size}/$id.png" "$id.svg"
done
