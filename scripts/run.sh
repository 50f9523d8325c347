#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo workspace on first run and opens the
# workstation on it. With no display it runs under xvfb-run and saves a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
BUILD_DIR=${RIDGELINE_BUILD_DIR:-build}
DATA_DIR=${XDG_DATA_HOME:-$HOME/.local/share}/Ridgeline
WORKSPACE=${RIDGELINE_WORKSPACE:-$DATA_DIR/demo.ridgeline}
mkdir -p "$(dirname "$WORKSPACE")"
if [ ! -f "$WORKSPACE" ]; then
    echo "Creating the demo workspace at $WORKSPACE"
    "$BUILD_DIR/app/cli/ridgeline-cli" demo --db "$WORKSPACE" | tee "$(dirname "$WORKSPACE")/demo-users.txt"
else
    echo "Demo workspace: $WORKSPACE (users and passphrases: $(dirname "$WORKSPACE")/demo-users.txt)"
fi
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$BUILD_DIR/app/gui/ridgeline" --workspace "$WORKSPACE"
fi
SHOT=${RIDGELINE_SCREENSHOT:-$PWD/screenshots/ridgeline-$(date +%Y%m%d-%H%M%S).png}
mkdir -p "$(dirname "$SHOT")"
echo "No display: running under xvfb-run; a screenshot will be saved to $SHOT"
xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$BUILD_DIR/app/gui/ridgeline" --workspace "$WORKSPACE" --screenshot "$SHOT" --screenshot-delay 4000
echo "Screenshot saved: $SHOT"
