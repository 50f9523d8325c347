#!/usr/bin/env bash
# Installs the Debian 12 packages Ridgeline needs to build, run and test, when any is missing.
# Used by run.sh and test.sh; safe to run again.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev
    qt6-qpa-plugins qt6-image-formats-plugins
    libopencv-dev libsqlcipher-dev libsodium-dev libpoppler-qt6-dev libzip-dev libssl-dev libdeflate-dev zlib1g-dev
    xvfb xauth poppler-utils dpkg-dev file fonts-dejavu-core appstream desktop-file-utils
)
# The libFuzzer targets (tests/fuzz, cmake -DRIDGELINE_BUILD_FUZZERS=ON) need clang.
if [ "${RIDGELINE_WITH_FUZZERS:-0}" = 1 ]; then
    PACKAGES+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
