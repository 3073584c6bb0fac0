#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds everything and runs every test. The README's second command.
#   0. the source format check (.clang-format);
#   1. the "core" half (parsers, import, metrics, search, advisor, content: everything that reads untrusted input)
#      built with ASan + UBSan and run (AE_SKIP_ASAN=1 skips it; the whole suite under ASan: see the README);
#   2. the full build and every test, whose closing lines are the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache hits across clones in different folders (CI builds a fresh clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
packaging/install-deps.sh test
# Every C++ file follows .clang-format (fails fast, before any build, naming the files).
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
corpus="$(pwd)/../shared/corpus"
if [ "${AE_SKIP_ASAN:-0}" != 1 ]; then
    cmake --preset asan -DAE_CORPUS_DIR="$corpus" >/dev/null
    cmake --build --preset asan --target ae_core_tests
    ctest --preset asan -L core -j2 --output-on-failure
fi
cmake --preset default -DAE_CORPUS_DIR="$corpus" >/dev/null
cmake --build --preset default
ctest --preset default -j2 "$@"
