#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian packages Architecture Explorer needs, and only those missing.
# Usage: packaging/install-deps.sh [build|test|fuzz]   (test = build + test tools; fuzz = build + clang-14)
# Idempotent and quiet when everything is already installed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lists=("$here/deps-build.txt")
case "${1:-build}" in
    test) lists+=("$here/deps-test.txt") ;;
    fuzz) lists+=("$here/deps-fuzz.txt") ;;
esac

wanted=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "${lists[@]}" | grep -v '^$' | sort -u)
missing=()
for p in $wanted; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed."
