#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds the app and opens it on the bundled library. The README's first command.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache hits across clones in different folders (CI builds a fresh clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
packaging/install-deps.sh build
cmake --preset default >/dev/null
cmake --build --preset default --target archexplorer
exec build/archexplorer "$@"
