#!/usr/bin/env bash
# Installs the .deb on this machine the way a user would, starts both programs from /usr/bin, and
# removes it again: builds the package with cpack into a temporary folder, `apt-get install` (which
# pulls its dependencies from the machine's apt sources), checks dpkg sees it installed, runs
# `ridgeline-cli --version` and starts the window offscreen (the sign-in shows and is saved as a PNG,
# then the program exits 0), purges it and checks that every file it installed is gone.
#
# It changes the system, so it runs only as root (or with passwordless sudo) on a Debian machine
# with apt where no ridgeline package is installed: CI's fresh Debian 12 runner is one. Elsewhere it
# exits 77 (ctest reports a skip) saying why. scripts/test-deb-fresh.sh does the same in a fresh
# debootstrap chroot.
# Usage: tst_install.sh BUILD_DIR CMAKE_COMMAND RIDGELINE_EXE RIDGELINE_CLI_EXE
set -u
build=$1
cmake_cmd=$2
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; status=1; }

[ -r /etc/debian_version ] || skip "not a Debian system"
for tool in apt-get dpkg dpkg-query; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed"
done
if [ "$(id -u)" = 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
else
    skip "installing a package needs root or passwordless sudo"
fi
if dpkg-query -W -f='${Status}' ridgeline 2>/dev/null | grep -q "installed"; then
    skip "a ridgeline package is already installed here; not touching it"
fi
cpack="$(dirname "$cmake_cmd")/cpack"
[ -x "$cpack" ] || cpack=$(command -v cpack)
[ -n "$cpack" ] || skip "cpack is not installed"
[ -x "$3" ] && [ -x "$4" ] || { echo "FAIL: build ridgeline and ridgeline-cli first"; exit 1; }

status=0
out=$(mktemp -d)
chmod 755 "$out" # apt's sandbox user reads the .deb from here
installed=0
cleanup() {
    if [ $installed = 1 ]; then
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q ridgeline >/dev/null 2>&1
    fi
    rm -rf "$out"
}
trap cleanup EXIT
started=$(date +%s)

if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
    echo "FAIL: cpack did not build the package"; cat "$out/cpack.log"; exit 1
fi
deb=$(ls "$out"/ridgeline_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || { echo "FAIL: no .deb in $out"; cat "$out/cpack.log"; exit 1; }
echo "package: $(basename "$deb")"
t_pkg=$(date +%s)

# Install with its dependencies (already present on a build machine; fetched otherwise).
installed=1
if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" \
    >"$out/install.log" 2>&1; then
    echo "FAIL: apt-get install did not install the package"; tail -n 40 "$out/install.log"; exit 1
fi
dpkg-query -W -f='${Status} ${Version}\n' ridgeline | grep -q "^install ok installed" \
    || fail "dpkg does not list ridgeline as installed"
files=$(dpkg -L ridgeline | while read -r f; do [ -f "$f" ] || [ -L "$f" ] && echo "$f"; done)
echo "installed files:"; echo "$files" | sed 's/^/  /'
t_inst=$(date +%s)

# The command line program answers from /usr/bin.
cli_version=$(/usr/bin/ridgeline-cli --version 2>&1) || fail "ridgeline-cli --version exited $?: $cli_version"
echo "ridgeline-cli --version: $cli_version"
grep -q "^ridgeline-cli [0-9]" <<<"$cli_version" || fail "ridgeline-cli --version printed \"$cli_version\""

# The window starts: with no display it uses the offscreen platform, shows the sign-in, saves it
# as a PNG and quits. A fresh HOME so that nothing of the user's settings is read or written.
home=$(mktemp -d "$out/home.XXXX")
gui_version=$(env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=offscreen /usr/bin/ridgeline --version 2>&1) \
    || fail "ridgeline --version exited $?: $gui_version"
echo "ridgeline --version: $gui_version"
if env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=offscreen \
    timeout 30 /usr/bin/ridgeline --screenshot "$home/signin.png" --screenshot-delay 200 >"$out/gui.log" 2>&1; then
    if [ -s "$home/signin.png" ] && head -c 8 "$home/signin.png" | grep -q PNG; then
        echo "ridgeline: started, showed the sign-in ($(stat -c %s "$home/signin.png") byte PNG) and exited 0"
    else
        fail "ridgeline exited 0 but saved no PNG of its window"; cat "$out/gui.log"
    fi
else
    fail "ridgeline did not start and exit cleanly (exit $?)"; cat "$out/gui.log"
fi

t_run=$(date +%s)

# Uninstall, then nothing of it may remain.
if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q ridgeline >"$out/purge.log" 2>&1; then
    fail "apt-get purge failed"; tail -n 20 "$out/purge.log"
fi
installed=0
if dpkg-query -W -f='${Status}' ridgeline 2>/dev/null | grep -q "installed"; then
    fail "ridgeline is still installed after the purge"
fi
while read -r f; do
    [ -n "$f" ] && { [ -e "$f" ] || [ -L "$f" ]; } && fail "$f remains after the purge"
done <<<"$files"
left=$(find /usr/bin /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/doc \
    \( -iname 'ridgeline*' -o -iname 'org.ridgeline.*' \) 2>/dev/null)
[ -z "$left" ] || fail "files of ours remain after the purge: $left"

t_end=$(date +%s)
echo "took $((t_end - started)) s: package $((t_pkg - started)) s, install $((t_inst - t_pkg)) s," \
    "start checks $((t_run - t_inst)) s, purge $((t_end - t_run)) s"
[ $status = 0 ] && echo "install: ok"
exit $status
