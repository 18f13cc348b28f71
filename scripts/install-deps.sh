#!/usr/bin/env bash
# Installs the Debian 12 packages Signalboard needs to build, run and test, when missing.
# Needs root (or sudo).
# libsqlite3-dev: for the importer's SQLite C-API fast path (CMake option
# SIGNALBOARD_SQLITE_C_API), sound here because Debian's Qt SQLite plugin links the same
# libsqlite3. Optional: without it (and on other platforms, e.g. Windows, whose Qt plugin
# carries its own SQLite) the portable QtSql import path is built instead.
set -euo pipefail
packages=(
  g++ cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  libgl-dev libsodium-dev libsqlite3-dev
  postgresql postgresql-client sqlite3 openssl
  xvfb xauth fonts-noto-cjk
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
