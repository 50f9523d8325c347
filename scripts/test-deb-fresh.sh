#!/usr/bin/env bash
# The .deb on a truly fresh Debian 12: debootstraps a minimal bookworm into a temporary folder,
# installs the package there with apt-get (its dependencies from the Debian mirror, without
# recommends, so Depends alone must suffice), runs ridgeline-cli --version and starts the window
# offscreen (the sign-in shows, is saved as a PNG, and the program exits 0), then purges it,
# removes the dependencies it pulled in and checks that the system is back to what it was.
#
# Slow (a few minutes, mostly downloads), needs root and network, so it is not part of the
# default test run; tests/installer/tst_install.sh does the install/start/purge on the machine
# itself in CI. docs/installer.md records the last run.
# Usage: sudo scripts/test-deb-fresh.sh [BUILD_DIR]      (default: build; must be built)
#        RIDGELINE_DEB=path/to/ridgeline_x_amd64.deb sudo scripts/test-deb-fresh.sh
#        DEBIAN_MIRROR=http://deb.debian.org/debian (default)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

[ "$(id -u)" = 0 ] || { echo "test-deb-fresh: run as root (debootstrap and chroot need it)"; exit 2; }
if ! command -v debootstrap >/dev/null 2>&1; then
    apt-get install -y -q debootstrap >/dev/null
fi

work=$(mktemp -d /var/tmp/ridgeline-fresh.XXXXXX)
root=$work/root
cleanup() {
    for m in dev/pts dev proc sys; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
    done
    rm -rf "$work"
}
trap cleanup EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
now() { date +%s; }
t_start=$(now)
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

# 1. The package.
if [ -n "${RIDGELINE_DEB:-}" ]; then
    deb=$RIDGELINE_DEB
else
    cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1 \
        || { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
    deb=$(ls "$work"/pkg/ridgeline_*.deb | head -n1)
fi
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
t_pkg=$(now)

# 2. A minimal Debian 12.
echo "debootstrap bookworm (minbase) from $mirror ..."
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 30 "$work/debootstrap.log"; echo "FAIL: debootstrap"; exit 1; }
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp "$deb" "$root/tmp/"
in_root apt-get update -q >"$work/update.log" 2>&1 || { cat "$work/update.log"; echo "FAIL: apt-get update"; exit 1; }
in_root dpkg-query -W -f='${Package}\n' | sort >"$work/before.txt"
echo "fresh system: $(wc -l <"$work/before.txt") packages"
t_boot=$(now)

# 3. Install with its dependencies.
if ! in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" >"$work/install.log" 2>&1; then
    tail -n 40 "$work/install.log"; echo "FAIL: apt-get install"; exit 1
fi
pulled=$(($(in_root dpkg-query -W -f='${Package}\n' | wc -l) - $(wc -l <"$work/before.txt")))
echo "installed ridgeline and $((pulled - 1)) dependencies"
in_root dpkg-query -W -f='${Status} ${Version}\n' ridgeline | grep -q '^install ok installed' \
    || fail "dpkg does not list ridgeline as installed"
files=$(in_root dpkg -L ridgeline | while read -r f; do [ -f "$root$f" ] || [ -L "$root$f" ] && echo "$f"; done)
t_inst=$(now)

# 4. Both programs start.
out=$(in_root /usr/bin/ridgeline-cli --version 2>&1) || fail "ridgeline-cli --version exited $?"
echo "ridgeline-cli --version: $out"
install -d -m 700 "$root/tmp/home"
out=$(in_root HOME=/tmp/home QT_QPA_PLATFORM=offscreen /usr/bin/ridgeline --version 2>&1) \
    || fail "ridgeline --version exited $?"
echo "ridgeline --version: $out"
if in_root HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/home QT_QPA_PLATFORM=offscreen timeout 60 \
    /usr/bin/ridgeline --screenshot /tmp/home/signin.png --screenshot-delay 500 >"$work/gui.log" 2>&1 \
    && [ -s "$root/tmp/home/signin.png" ]; then
    echo "ridgeline: started, showed the sign-in, saved $(stat -c %s "$root/tmp/home/signin.png") byte PNG, exited 0"
    cp "$root/tmp/home/signin.png" "${RIDGELINE_FRESH_SCREENSHOT:-/dev/null}" 2>/dev/null || true
else
    fail "ridgeline did not start and exit cleanly"
fi
if [ -s "$work/gui.log" ]; then echo "its messages:"; sed 's/^/  /' "$work/gui.log"; fi
t_run=$(now)

# 5. Uninstall: the package, then what it pulled in; nothing may remain.
in_root apt-get purge -y -q ridgeline >"$work/purge.log" 2>&1 || fail "apt-get purge"
in_root apt-get autoremove --purge -y -q >>"$work/purge.log" 2>&1 || fail "apt-get autoremove"
in_root dpkg-query -W -f='${Status}' ridgeline 2>/dev/null | grep -q installed && fail "ridgeline still installed"
while read -r f; do
    [ -n "$f" ] && { [ -e "$root$f" ] || [ -L "$root$f" ]; } && fail "$f remains after the purge"
done <<<"$files"
left=$(find "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" "$root/usr/share/icons" \
    "$root/usr/share/doc" \( -iname 'ridgeline*' -o -iname 'org.ridgeline.*' \) 2>/dev/null || true)
[ -z "$left" ] || fail "files of ours remain: $left"
in_root dpkg-query -W -f='${Package}\n' | sort >"$work/after.txt"
if ! diff -u "$work/before.txt" "$work/after.txt" >"$work/diff.txt"; then
    fail "the package set differs from the fresh system's after purge and autoremove:"; cat "$work/diff.txt"
fi
t_end=$(now)

echo "timings: package $((t_pkg - t_start)) s, debootstrap+update $((t_boot - t_pkg)) s," \
    "install $((t_inst - t_boot)) s, start checks $((t_run - t_inst)) s, purge $((t_end - t_run)) s," \
    "total $((t_end - t_start)) s"
[ $status = 0 ] && echo "fresh Debian 12: ok"
exit $status
