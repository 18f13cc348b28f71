#!/usr/bin/env bash
# check_deb.sh BUILD_DIR VERSION
#
# Builds the Debian package of a built tree the way a packager does (cpack -G DEB, into a
# scratch directory) and checks what a user installs: both programs (and that they run once
# stripped), the desktop entry, the AppStream metainfo, the hicolor icons, the man pages, the
# copyright file, the computed dependencies and the control fields. desktop-file-validate,
# appstreamcli and lintian run when installed (scripts/install-deps.sh installs them);
# a missing one is skipped with a message, never passed in silence.
set -euo pipefail

build=${1:?usage: check_deb.sh BUILD_DIR VERSION}
version=${2:?usage: check_deb.sh BUILD_DIR VERSION}
app_id=org.signalboard.Signalboard
work=$(mktemp -d "${TMPDIR:-/tmp}/sb-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
skip() { echo "SKIP: $* is not installed (scripts/install-deps.sh installs it)"; }

if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAIL: cpack -G DEB"
  exit 1
fi
debs=("$work"/out/signalboard_*.deb)
[ -f "${debs[0]}" ] || { cat "$work/cpack.log"; echo "FAIL: cpack wrote no .deb"; exit 1; }
deb=${debs[0]}
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# The file list: "-rwxr-xr-x root/root 123 2026-12-06 02:00 ./usr/bin/signalboard".
dpkg-deb -c "$deb" >"$work/contents"
has() { # has MODE-PREFIX PATH
  grep -Eq "^$1[^ ]* root/root +[0-9]+ [0-9-]+ [0-9:]+ \./usr/$2\$" "$work/contents" ||
    fail "the package has no ${3:-file} /usr/$2 (owned by root, mode $1)"
}
has -rwxr-xr-x bin/signalboard program
has -rwxr-xr-x bin/signalboard-cli program
has -rw-r--r-- "share/applications/$app_id.desktop"
has -rw-r--r-- "share/metainfo/$app_id.metainfo.xml"
has -rw-r--r-- share/icons/hicolor/scalable/apps/signalboard.svg
for size in 16 32 48 64 128 256; do
  has -rw-r--r-- "share/icons/hicolor/${size}x${size}/apps/signalboard.png"
done
has -rw-r--r-- share/man/man1/signalboard.1.gz
has -rw-r--r-- share/man/man1/signalboard-cli.1.gz
has -rw-r--r-- share/doc/signalboard/copyright
has -rw-r--r-- share/doc/signalboard/changelog.gz
has -rw-r--r-- lib/systemd/system/signalboard-report-run-due.service
has -rw-r--r-- lib/systemd/system/signalboard-report-run-due.timer
has -rw-r--r-- lib/sysusers.d/signalboard.conf
if grep -Eq '\./usr/share/man/.*\.[0-9]$' "$work/contents"; then
  fail "an uncompressed man page: $(grep -E '\./usr/share/man/.*\.[0-9]$' "$work/contents")"
fi

# The control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = signalboard ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
field Maintainer | grep -Eq '^[^<>]+ <[^ <>@]+@[^ <>@]+\.[a-z]+>$' ||
  fail "Maintainer '$(field Maintainer)' is not 'Name <email>'"
[ -n "$(field Section)" ] || fail "no Section"
field Homepage | grep -q '^https://' || fail "Homepage '$(field Homepage)' is not an https URL"
# Description: the summary line, then an extended description of at least one line.
[ "$(field Description | sed -n '2,$p' | grep -c '[a-z]')" -ge 1 ] || fail "no extended description"
# Depends: computed by dpkg-shlibdeps (the Qt and C libraries the programs link), plus the
# plugins no linker sees.
depends=$(field Depends)
for dep in libc6 libqt6core6 libqt6widgets6 libqt6sql6 libsodium23 libqt6sql6-sqlite libqt6sql6-psql; do
  echo "$depends" | tr ',' '\n' | grep -Eq "^ *$dep( |$)" ||
    fail "Depends lacks $dep (is dpkg-shlibdeps from dpkg-dev installed?): $depends"
done

# What was installed works: the stripped programs start and say their version.
dpkg-deb -x "$deb" "$work/root"
out=$("$work/root/usr/bin/signalboard-cli" --version 2>&1) || fail "signalboard-cli --version: $out"
[ "$out" = "signalboard-cli $version" ] || fail "signalboard-cli --version printed '$out'"
out=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/signalboard" --version 2>&1) ||
  fail "signalboard --version: $out"
echo "$out" | grep -q "$version" || fail "signalboard --version printed '$out'"
for page in signalboard signalboard-cli; do
  if ! gzip -dc "$work/root/usr/share/man/man1/$page.1.gz" >"$work/$page.1" ||
    ! grep -q "^\.SH NAME" "$work/$page.1"; then
    fail "man page $page.1.gz is not a man page"
  fi
done
for size in 16 32 48 64 128 256; do
  png=$work/root/usr/share/icons/hicolor/${size}x${size}/apps/signalboard.png
  info=$(file -b "$png" 2>&1) || true
  case "$info" in
    "PNG image data, $size x $size,"*) ;;
    *) fail "the ${size}x${size} icon is not a $size x $size PNG: $info" ;;
  esac
done
grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" \
  "$work/root/usr/share/doc/signalboard/copyright" || fail "copyright is not machine-readable"
metainfo=$work/root/usr/share/metainfo/$app_id.metainfo.xml
grep -q "<release version=\"$version\" date=\"[0-9-]*\"" "$metainfo" ||
  fail "the metainfo has no <release> for $version"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
  fail "the metainfo does not name the desktop entry"
grep -q "<screenshot" "$metainfo" || fail "the metainfo has no screenshots"

# The timer's service runs as the system user the postinst creates with systemd-sysusers.
# (whole outputs into files first: grep -q would end a pipe early, and pipefail would see it)
dpkg-deb -e "$deb" "$work/control"
[ -x "$work/control/postinst" ] || fail "no executable postinst"
grep -q "systemd-sysusers signalboard.conf" "$work/control/postinst" ||
  fail "the postinst does not create the service's user"
grep -q "^User=signalboard$" "$work/root/usr/lib/systemd/system/signalboard-report-run-due.service" ||
  fail "the service does not run as the user signalboard"
if command -v systemd-sysusers >/dev/null; then
  mkdir "$work/sysroot"
  systemd-sysusers --dry-run --root="$work/sysroot" "$work/root/usr/lib/sysusers.d/signalboard.conf" \
    >"$work/sysusers" 2>&1 || { cat "$work/sysusers"; fail "systemd-sysusers refuses signalboard.conf"; }
  grep -q "Creating user 'signalboard'" "$work/sysusers" ||
    { cat "$work/sysusers"; fail "signalboard.conf creates no user signalboard"; }
else
  skip systemd-sysusers
fi

# The validators.
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" ||
    fail "desktop-file-validate"
else
  skip desktop-file-validate
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
else
  skip appstreamcli
fi
if command -v lintian >/dev/null; then
  rc=0
  lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian" 2>&1 || rc=$?
  # (as root lintian first says it should not run as root)
  grep -v "running with root privileges" "$work/lintian" || true
  [ "$rc" -eq 0 ] || fail "lintian reports errors (above)"
else
  skip lintian
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "package checks passed"
