#!/usr/bin/env bash
# Installs the Debian 12 packages Signalboard needs to build, run and test, when missing.
# Needs root (or sudo).
# libsqlite3-dev: for the importer's SQLite C-API fast path (CMake option
# SIGNALBOARD_SQLITE_C_API), sound here because Debian's Qt SQLite plugin links the same
# libsqlite3. Optional: without it (and on other platforms, e.g. Windows, whose Qt plugin
# carries its own SQLite) the portable QtSql import path is built instead.
set -euo pipefail
# The list is decided from Debian's Depends, never from what a machine happens to have: a
# minimal Debian 12 (mmdebstrap --variant=minbase) plus exactly these packages, installed
# without their Recommends, builds, tests and runs everything (scripts/check-fresh.sh proves
# it). What each one is for:
packages=(
  # toolchain; git lists the tracked files for the stand-alone test
  g++ cmake ninja-build pkg-config git
  # find_package(Qt6 Core Gui Widgets Sql Network Test): qt6-base-dev. Its CMake config for
  # Qt6OpenGL, which Qt6Charts' config requires, is in libqt6opengl6-dev: only a Recommends
  # of qt6-base-dev, so it is named here.
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev
  # find_package(Qt6 Charts) and (Qt6 LinguistTools: CMake config + lupdate/lrelease)
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # run time: the SQL drivers, the SVG icon plugin
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  # pkg_check_modules: libsodium (password hashing), libpq (PostgreSQL connection URLs and
  # LISTEN), sqlite3 (the importer's C-API path); libgl-dev for Qt6Gui's OpenGL headers
  libsodium-dev libpq-dev libsqlite3-dev libgl-dev
  # pkg_check_modules(xlsxwriter): report documents as Excel workbooks (signalboard-render)
  libxlsxwriter-dev
  # tests: the PDF reports read back as a viewer reads them (pdftotext, pdffonts, pdfimages)
  poppler-utils
  # tests: the throwaway PostgreSQL server (initdb, pg_ctl, psql), the sqlite3 and openssl
  # command lines, time zones (tzdata is Required in Debian 12; named for other bases)
  postgresql postgresql-client sqlite3 openssl tzdata
  # tests: workstations through a connection pooler (session pooling), as the admin guide
  # recommends for many workstations
  pgbouncer
  # tests: the Debian package (cpack -G DEB computes its Depends with dpkg-shlibdeps and
  # file; the package test runs desktop-file-validate, appstreamcli and lintian on it)
  dpkg-dev file desktop-file-utils appstream lintian
  # visual checks under Xvfb; CJK glyphs for the zh_CN interface
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
