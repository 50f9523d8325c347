#!/bin/sh
# Builds and runs the libFuzzer targets (issue 9).
#   tests/fuzz/run-fuzzers.sh [SECONDS [DIR]]  build into DIR (build-fuzz/) and fuzz each target SECONDS (60)
#   tests/fuzz/run-fuzzers.sh 3600             the longer, documented run
#   run-fuzzers.sh --run FUZZER SECONDS SHARED one target (what ctest calls)
# The corpus is seeded from ../shared/interop (never copied into the repository). A crash leaves
# crash-<hash> in build-fuzz/artifacts/<target>/: copy it into tests/fuzz/regressions/<target>/ so
# every later run replays it, fix the reader, and add a test that names the case.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

run_one() {
    fuzzer=$1; seconds=$2; shared=$3
    name=$(basename "$fuzzer")
    work=$(dirname "$fuzzer")/fuzz-work/$name
    mkdir -p "$work/corpus" "$work/artifacts"
    case $name in
        fuzz_an2kreader) seeds="$shared/an2k" ;;
        fuzz_wsqdecoder) seeds="$shared/wsq" ;;
        *) seeds="" ;;
    esac
    if [ "$name" = fuzz_wsqdecoder ] && [ -x "$(dirname "$fuzzer")/wsq_seeds" ]; then
        "$(dirname "$fuzzer")/wsq_seeds" "$work/corpus"
    fi
    if [ "$name" = fuzz_pngcheck ] && [ -x "$(dirname "$fuzzer")/png_seeds" ]; then
        "$(dirname "$fuzzer")/png_seeds" "$work/corpus"
    fi
    if [ -n "$seeds" ] && [ -d "$seeds" ]; then
        find "$seeds" -maxdepth 1 -type f \( -name '*.an2*' -o -name '*.wsq' \) -exec cp -n {} "$work/corpus/" \;
    elif [ -z "$(ls -A "$work/corpus")" ]; then
        echo "SKIP: no seed files in $seeds"; exit 77
    fi
    if [ -d "$here/regressions/$name" ] && [ -n "$(ls "$here/regressions/$name")" ]; then
        "$fuzzer" -rss_limit_mb=2048 -timeout=20 "$here/regressions/$name"/*
    fi
    ASAN_OPTIONS=detect_leaks=1 "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=4000000 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus"
}

if [ "${1:-}" = "--run" ]; then
    run_one "$2" "$3" "$4"
    exit $?
fi

seconds=${1:-60}
build=${2:-"$root/build-fuzz"}
command -v clang++ > /dev/null || { echo "SKIP: clang++ is not installed (apt-get install clang libclang-rt-14-dev)"; exit 77; }
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build "$build" -j2
status=0
for name in fuzz_an2kreader fuzz_wsqdecoder fuzz_pngcheck; do
    echo "== $name, $seconds s"
    ( run_one "$build/$name" "$seconds" "$root/../shared/interop" ) || status=$?
done
exit $status
