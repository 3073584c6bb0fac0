#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds everything and runs every test. The README's second command.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache hits across clones in different folders (CI builds a fresh clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
packaging/install-deps.sh test
cmake --preset default -DAE_CORPUS_DIR="$(pwd)/../shared/corpus" >/dev/null
cmake --build --preset default
ctest --preset default -j2 "$@"
