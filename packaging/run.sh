#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds the app and opens it on the bundled library. The README's first command.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh build
cmake --preset default >/dev/null
cmake --build --preset default --target archexplorer
exec build/archexplorer "$@"
