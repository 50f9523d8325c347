#!/usr/bin/env bash
# Builds the .deb with cpack into a temporary folder and checks what it installs:
# both programs, the desktop entry, the icon and the AppStream metainfo, and nothing else of
# ours (no test executables, static libraries or headers).
# Usage: tst_package.sh BUILD_DIR CMAKE_COMMAND RIDGELINE_EXE RIDGELINE_CLI_EXE
set -u
build=$1
cmake_cmd=$2
cpack="$(dirname "$cmake_cmd")/cpack"
[ -x "$cpack" ] || cpack=$(command -v cpack)
for tool in "$cpack" dpkg-deb; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is not installed"; exit 77; }
done
[ -x "$3" ] && [ -x "$4" ] || { echo "FAIL: build ridgeline and ridgeline-cli first"; exit 1; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
    echo "FAIL: cpack did not build the package"; cat "$out/cpack.log"; exit 1
fi
deb=$(ls "$out"/*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || { echo "FAIL: no .deb in $out"; cat "$out/cpack.log"; exit 1; }
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# File list without the "drwxr-xr-x root/root size date time" columns and the leading "./".
files=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' | grep -v '/$' | sort)
echo "$files"
status=0
expect() {
    grep -qx "$1" <<<"$files" || { echo "FAIL: $1 is not in the package"; status=1; }
}
expect /usr/bin/ridgeline
expect /usr/bin/ridgeline-cli
expect /usr/share/applications/org.ridgeline.Ridgeline.desktop
expect /usr/share/icons/hicolor/scalable/apps/ridgeline.svg
expect /usr/share/metainfo/org.ridgeline.Ridgeline.metainfo.xml
unexpected=$(grep -E '/tst_|\.a$|/include/|/lib/cmake/|bench' <<<"$files")
if [ -n "$unexpected" ]; then
    echo "FAIL: the package carries files it must not:"; echo "$unexpected"; status=1
fi
others=$(grep -vxE '/usr/bin/ridgeline(-cli)?|/usr/share/applications/org\.ridgeline\.Ridgeline\.desktop|/usr/share/icons/hicolor/scalable/apps/ridgeline\.svg|/usr/share/metainfo/org\.ridgeline\.Ridgeline\.metainfo\.xml|/usr/share/doc/ridgeline/.*' <<<"$files")
if [ -n "$others" ]; then
    echo "FAIL: unexpected files in the package:"; echo "$others"; status=1
fi

# The control data: name, version, architecture, and dependencies found by dpkg-shlibdeps.
control=$(dpkg-deb -f "$deb")
echo "$control"
grep -q '^Package: ridgeline$' <<<"$control" || { echo "FAIL: package name"; status=1; }
for dep in libqt6widgets6 libqt6svg6 libsqlcipher0 libsodium23 qt6-qpa-plugins; do
    grep -q "^Depends:.*$dep" <<<"$control" || { echo "FAIL: Depends lacks $dep"; status=1; }
done
tmp=$(mktemp -d "$out/x.XXXX")
dpkg-deb -x "$deb" "$tmp"
grep -q '^Exec=ridgeline$' "$tmp/usr/share/applications/org.ridgeline.Ridgeline.desktop" \
    || { echo "FAIL: the desktop entry does not start ridgeline"; status=1; }
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$tmp/usr/share/applications/org.ridgeline.Ridgeline.desktop" || status=1
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$tmp/usr/share/metainfo/org.ridgeline.Ridgeline.metainfo.xml" || status=1
fi
[ $status = 0 ] && echo "package: ok"
exit $status
