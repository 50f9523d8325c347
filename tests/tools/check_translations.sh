#!/usr/bin/env bash
# Runs check_translations.py (beside this script) with python3; skips (77) when python3 is absent.
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 is not installed"; exit 77; }
exec python3 "$(dirname "$0")/check_translations.py" "$@"
