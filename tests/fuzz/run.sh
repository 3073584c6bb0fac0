#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets with clang-14 (ASan + UBSan) and runs each for SECONDS (default 60) with a seed
# corpus from tests/data and a dictionary. Crashes land in build-fuzz/crashes/TARGET/; turn each into a regression
# test (tests/data/<area>/regressions/).   Usage: tests/fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
packaging/install-deps.sh fuzz
secs=${1:-60}; shift || true
export LSAN_OPTIONS=suppressions=$PWD/tests/fuzz/lsan.supp  # a third-party leak, bounded: see the file
targets=("$@"); [ ${#targets[@]} -eq 0 ] && targets=(fuzz_arch fuzz_markdown fuzz_metrics fuzz_mermaid fuzz_dot fuzz_d2 fuzz_structurizr)
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAE_BUILD_FUZZERS=ON -DAE_BUILD_TESTS=OFF -DAE_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz --target "${targets[@]}"
seed() { # target -> seed folders
    case $1 in
        fuzz_arch) echo tests/fuzz/corpus/arch tests/data/diagram/parser tests/data/checks content/guide ;;
        fuzz_markdown) echo tests/fuzz/corpus/markdown tests/data/markdown content ;;
        fuzz_metrics) echo tests/fuzz/corpus/metrics ;;
        fuzz_mermaid) echo tests/fuzz/corpus/mermaid tests/data/import/mermaid ../shared/corpus/mermaid ;;
        fuzz_dot) echo tests/fuzz/corpus/dot tests/data/import/dot ../shared/corpus/dot ;;
        fuzz_d2) echo tests/fuzz/corpus/d2 tests/data/import/d2 tests/data/import/d2-real ;;
        fuzz_structurizr) echo tests/fuzz/corpus/structurizr tests/data/import/structurizr tests/data/import/structurizr-real ;;
    esac
}
for t in "${targets[@]}"; do
    work=build-fuzz/corpus/$t; crashes=build-fuzz/crashes/$t; mkdir -p "$work" "$crashes"
    for d in $(seed "$t"); do [ -d "$d" ] && find "$d" -type f -size -64k -exec cp -n {} "$work/" \; ; done
    dict=tests/fuzz/dict/${t#fuzz_}.dict; dictarg=(); [ -f "$dict" ] && dictarg=(-dict="$dict")
    echo "== $t ($secs s)"
    build-fuzz/tests/fuzz/$t "$work" "${dictarg[@]}" -max_total_time="$secs" -max_len=65536 -timeout=10 \
        -artifact_prefix="$crashes/" -print_final_stats=1 2>&1 | grep -E 'stat::number_of_executed_units|cov:|ERROR|SUMMARY' | tail -4 || true
done
