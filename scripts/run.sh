#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo workspace on first run and opens the
# workstation on it. With no display it runs under xvfb-run, signs in as the demo supervisor and
# saves a screenshot of the main window.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
BUILD_DIR=${RIDGELINE_BUILD_DIR:-build}
DATA_DIR=${XDG_DATA_HOME:-$HOME/.local/share}/Ridgeline
WORKSPACE=${RIDGELINE_WORKSPACE:-$DATA_DIR/demo.ridgeline}
USERS_FILE="$(dirname "$WORKSPACE")/demo-users.txt"
mkdir -p "$(dirname "$WORKSPACE")"
if [ ! -f "$WORKSPACE" ]; then
    echo "Creating the demo workspace at $WORKSPACE"
    (umask 077; "$BUILD_DIR/app/cli/ridgeline-cli" demo --db "$WORKSPACE" | tee "$USERS_FILE")
else
    echo "Demo workspace: $WORKSPACE (users and passphrases: $USERS_FILE)"
fi

# demo-users.txt holds the table `ridgeline-cli demo` printed:
#   USER        ROLE          NAME                        PASSPHRASE
#   mcollins    supervisor    Margaret Collins            heron-...
# demo_user ROLE prints "NAME<TAB>PASSPHRASE" of the first user with that role.
demo_user() {
    [ -f "$USERS_FILE" ] || return 1
    awk -v role="$1" '
        /^USER[[:space:]]+ROLE[[:space:]]/ { col = index($0, "PASSPHRASE"); next }
        col && $2 == role { pass = substr($0, col); sub(/[[:space:]]+$/, "", pass); print $1 "\t" pass; exit }
    ' "$USERS_FILE"
}
LOGIN=""
for role in supervisor case-officer admin; do
    LOGIN=$(demo_user "$role" || true)
    [ -n "$LOGIN" ] && break
done

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    if [ -n "$LOGIN" ]; then
        echo "Sign in as ${LOGIN%%$'\t'*} (passphrase in $USERS_FILE)"
        exec "$BUILD_DIR/app/gui/ridgeline" --workspace "$WORKSPACE" --user "${LOGIN%%$'\t'*}"
    fi
    exec "$BUILD_DIR/app/gui/ridgeline" --workspace "$WORKSPACE"
fi

SHOT=${RIDGELINE_SCREENSHOT:-$PWD/screenshots/ridgeline-$(date +%Y%m%d-%H%M%S).png}
mkdir -p "$(dirname "$SHOT")"
echo "No display: running under xvfb-run; a screenshot will be saved to $SHOT"
ARGS=(--workspace "$WORKSPACE" --screenshot "$SHOT" --screenshot-delay "${RIDGELINE_SCREENSHOT_DELAY:-4000}")
if [ -n "$LOGIN" ]; then
    # The passphrase goes through the environment, never the command line.
    ARGS+=(--login-user "${LOGIN%%$'\t'*}")
    export RIDGELINE_PASSPHRASE="${LOGIN#*$'\t'}"
else
    echo "No demo users file at $USERS_FILE: the screenshot shows the sign-in dialog."
fi
xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD_DIR/app/gui/ridgeline" "${ARGS[@]}"
unset RIDGELINE_PASSPHRASE
echo "Screenshot saved: $SHOT"
