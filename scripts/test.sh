#!/usr/bin/env bash
# Fresh Debian 12 → the whole test suite, PostgreSQL tests included (the suite starts and
# stops its own throwaway server). Exits non-zero on any failure. .ci/run calls this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"
ctest --preset ci
