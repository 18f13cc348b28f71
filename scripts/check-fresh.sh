#!/usr/bin/env bash
# Proves the README's test command from zero: builds a minimal Debian 12 root with
# mmdebstrap (variant minbase: only the Essential and Required packages and apt), copies a
# clean clone of this repository's HEAD into it with nothing beside it, and runs
# scripts/test.sh there as a new user would. Not part of CI: it downloads a system and builds
# everything from scratch (about an hour on 2 cores).
#
#   scripts/check-fresh.sh [WORKDIR]     needs root; WORKDIR defaults to a new /var/tmp folder
#
# Prints the wall time of each step and ctest's summary; exits with scripts/test.sh's code.
# The root is removed at the end unless KEEP_ROOT=1.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
[ "$(id -u)" = 0 ] || { echo "check-fresh: run as root (mmdebstrap, chroot, mounts)" >&2; exit 2; }
work=${1:-$(mktemp -d /var/tmp/sb-fresh.XXXXXX)}
root=$work/root
log=$work/test.log
mkdir -p "$work"

if ! command -v mmdebstrap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap
fi

# The same Debian sources this machine uses (a mirror or proxy it is set up with).
sources=/etc/apt/sources.list.d/debian.sources
[ -f "$sources" ] || sources=/etc/apt/sources.list

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
  if [ "${KEEP_ROOT:-0}" != 1 ]; then rm -rf "$root"; fi
}
trap cleanup EXIT

t0=$(date +%s)
echo "check-fresh: bootstrapping a minimal Debian 12 root in $root"
rm -rf "$root"
mmdebstrap --quiet --variant=minbase --aptopt='Acquire::Check-Valid-Until "false"' \
  bookworm "$root" "$sources"
t1=$(date +%s)
echo "check-fresh: root ready in $((t1 - t0)) s; $(chroot "$root" dpkg-query -W | wc -l) packages"

# A clean clone of HEAD, alone in its parent folder (nothing beside it, no build tree).
mkdir -p "$root/home/user"
git clone --quiet --no-hardlinks "$repo" "$root/home/user/signalboard"
git -C "$root/home/user/signalboard" checkout --quiet "$(git -C "$repo" rev-parse HEAD)"
echo "check-fresh: cloned $(git -C "$repo" rev-parse --short HEAD); beside it: $(ls -A "$root/home/user" | tr '\n' ' ')"

cp /etc/resolv.conf "$root/etc/resolv.conf"
for m in proc sys dev dev/pts; do
  mkdir -p "$root/$m"
  case $m in
    proc) mount -t proc proc "$root/proc" ;;
    sys) mount -t sysfs sys "$root/sys" ;;
    dev) mount --bind /dev "$root/dev" ;;
    dev/pts) mount --bind /dev/pts "$root/dev/pts" ;;
  esac
  mounted+=("$root/$m")
done
mkdir -p "$root/dev/shm"
if ! mountpoint -q "$root/dev/shm"; then
  mount -t tmpfs shm "$root/dev/shm"
  mounted+=("$root/dev/shm")
fi

echo "check-fresh: running scripts/test.sh inside the root (log: $log)"
set +e
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 bash -c 'cd /home/user/signalboard && scripts/test.sh' >"$log" 2>&1
rc=$?
set -e
t2=$(date +%s)
grep -E '^[0-9]+% tests passed|tests failed out of|Total Test time|\*\*\*Failed|Failed  ' "$log" | tail -n 40
echo "check-fresh: scripts/test.sh exited $rc after $((t2 - t1)) s; total wall time $((t2 - t0)) s"
exit "$rc"
