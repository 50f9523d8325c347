#!/bin/sh
# Builds and runs the libFuzzer targets (issue 9; docs/fuzzing.md).
#   tests/fuzz/run-fuzzers.sh [SECONDS [DIR]]   build into DIR (build-fuzz/) and fuzz each target SECONDS (60)
#   tests/fuzz/run-fuzzers.sh 3600              the longer, documented run
#   run-fuzzers.sh --ctest NAME SECONDS DIR SHARED   one target, built with clang in DIR (what the
#                                                    default build's ctest calls; 77 when clang or
#                                                    libFuzzer is missing)
#   run-fuzzers.sh --run FUZZER SECONDS SHARED  one target already built (the clang build's ctest)
# The corpus is seeded from ../shared/interop (never copied into the repository), from
# tests/fuzz/seeds/<target>/ and from generated files. A crash fails the run and its input is
# copied into tests/fuzz/regressions/<target>/: every later run replays it; fix the reader, add a
# test that names the case, and commit the file.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
targets="fuzz_an2kreader fuzz_wsqdecoder fuzz_iso19794 fuzz_pngcheck"

# Every step checks its own status: run_one is called as `run_one ... || status=$?`, where the
# shell ignores set -e inside it, so a failing replay must not fall through to the fuzzing.
run_one() {
    fuzzer=$1; seconds=$2; shared=$3
    name=$(basename "$fuzzer")
    bin=$(dirname "$fuzzer")
    work=$bin/fuzz-work/$name
    mkdir -p "$work/corpus" "$work/artifacts" || return 1
    case $name in
        fuzz_an2kreader) seeds="$shared/an2k" ;;
        fuzz_wsqdecoder) seeds="$shared/wsq" ;;
        *) seeds="" ;;
    esac
    if [ "$name" = fuzz_wsqdecoder ] && [ -x "$bin/wsq_seeds" ]; then
        "$bin/wsq_seeds" "$work/corpus" || return 1
    fi
    if [ "$name" = fuzz_pngcheck ] && [ -x "$bin/png_seeds" ]; then
        "$bin/png_seeds" "$work/corpus" || return 1
    fi
    if [ -d "$here/seeds/$name" ]; then
        cp "$here/seeds/$name"/* "$work/corpus/" || return 1
    fi
    if [ -n "$seeds" ] && [ -d "$seeds" ]; then
        find "$seeds" -maxdepth 1 -type f \( -name '*.an2*' -o -name '*.wsq' \) -exec cp {} "$work/corpus/" \; || return 1
    fi
    if [ -z "$(ls -A "$work/corpus")" ]; then
        echo "SKIP: no seed files for $name (${seeds:-none} is absent)"; return 77
    fi
    # Hidden files (.keep) hold the folder in git; every other file is an input to replay.
    replay=""
    if [ -d "$here/regressions/$name" ]; then
        replay=$(find "$here/regressions/$name" -maxdepth 1 -type f ! -name '.*' | sort)
    fi
    if [ -n "$replay" ]; then
        echo "== $name: replaying $(echo "$replay" | wc -l) regression input(s)"
        # shellcheck disable=SC2086 # file names are ours: no spaces
        "$fuzzer" -rss_limit_mb=2048 -timeout=20 $replay || {
            rc=$?; echo "FAIL: $name fails on an input in tests/fuzz/regressions/$name/"; return $rc; }
    fi
    rm -f "$work/artifacts"/*
    rc=0
    ASAN_OPTIONS=detect_leaks=1 "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=4000000 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" || rc=$?
    if [ "$rc" -ne 0 ]; then
        mkdir -p "$here/regressions/$name"
        for found in "$work/artifacts"/*; do
            [ -f "$found" ] || continue
            cp "$found" "$here/regressions/$name/"
            echo "FAIL: $name: the input is now tests/fuzz/regressions/$name/$(basename "$found")"
        done
        return $rc
    fi
    return 0
}

# 0 when clang++ can build and link a libFuzzer target; else prints why and returns 1.
have_libfuzzer() {
    if ! command -v clang++ > /dev/null; then
        echo "SKIP: clang++ is not installed (Debian: apt-get install clang libclang-rt-14-dev)"; return 1
    fi
    probe=$(mktemp -d)
    printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' > "$probe/p.cpp"
    if ! clang++ -fsanitize=fuzzer "$probe/p.cpp" -o "$probe/p" > /dev/null 2>&1; then
        rm -rf "$probe"
        echo "SKIP: clang++ cannot link libFuzzer, -fsanitize=fuzzer (Debian: apt-get install libclang-rt-14-dev)"
        return 1
    fi
    rm -rf "$probe"
}

configure() {
    cmake -S "$here" -B "$1" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DRIDGELINE_SHARED_DIR="$root/../shared" > /dev/null
}

if [ "${1:-}" = "--run" ]; then
    run_one "$2" "$3" "$4" || exit $?
    exit 0
fi

if [ "${1:-}" = "--ctest" ]; then
    name=$2; seconds=$3; build=$4; shared=$5
    have_libfuzzer || exit 77
    configure "$build" || exit 1
    # Only what this target needs; two jobs at most (the machine runs other tests beside it).
    cmake --build "$build" -j2 --target "$name" || exit 1
    run_one "$build/$name" "$seconds" "$shared" || exit $?
    exit 0
fi

seconds=${1:-60}
build=${2:-"$root/build-fuzz"}
have_libfuzzer || exit 77
configure "$build"
cmake --build "$build" -j2
status=0
for name in $targets; do
    echo "== $name, $seconds s"
    run_one "$build/$name" "$seconds" "$root/../shared/interop" || status=$?
done
exit $status
