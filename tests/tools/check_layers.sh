#!/usr/bin/env bash
# Runs ../shared/tools/check-layers.sh on the checkout; skips (77) with a message when absent.
script="$1"; root="$2"
if [ ! -f "$script" ]; then
    echo "SKIP: $script is absent (../shared is not beside the checkout)"
    exit 77
fi
exec bash "$script" "$root"
