#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test label except the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
# The fuzz tests (label "fuzz") need clang and libFuzzer: deps.sh adds clang and libclang-rt-14-dev.
export RIDGELINE_WITH_FUZZERS=${RIDGELINE_WITH_FUZZERS:-1}
./scripts/deps.sh
./scripts/build.sh
BUILD_DIR=${RIDGELINE_BUILD_DIR:-build}
cd "$BUILD_DIR"
ctest --output-on-failure --label-exclude bench --parallel "$(nproc)" --timeout 900
