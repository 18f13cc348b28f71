#!/usr/bin/env bash
# Fresh Debian 12 → the workstation running on the live demo database.
# Installs what is missing, builds a release build, opens `signalboard --demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
exec build/release/src/app/signalboard --demo "$@"
