#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds HallDesk and runs every test: the normal build against
# SQLite and a private PostgreSQL server, then the core, server and terminal tests (all but
# the widgets) again under AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

jobs=$(nproc)
pg_dir=$(mktemp -d /tmp/halldesk-pg.XXXXXX)
export HALLDESK_PG_DIR=$pg_dir
# A port of its own, so a PostgreSQL already running on this machine does not get in the way.
export HALLDESK_PG_PORT=${HALLDESK_PG_PORT:-$((50000 + RANDOM % 10000))}
cleanup() { scripts/pg-test-server.sh stop "$pg_dir"; rm -rf "$pg_dir"; }
trap cleanup EXIT
HALLDESK_TEST_PG_URL=$(scripts/pg-test-server.sh start "$pg_dir")
export HALLDESK_TEST_PG_URL

# Runs the tests of one build. On a failure the lines that say why (a failed check, a fatal
# message, a sanitizer report with its first frames) are printed again at the end, where a CI
# log that keeps only its head and tail still shows them.
run_tests() {
    local dir=$1
    shift
    if ctest --test-dir "$dir" --output-on-failure -j"$jobs" --timeout 900 "$@"; then
        return 0
    fi
    echo "== why the tests of $dir failed"
    awk -f scripts/failed-test-summary.awk "$dir/Testing/Temporary/LastTest.log" | tail -n 150 || true
    return 1
}

# Optimized as shipped, but without debug information: it took a third of the compile time,
# and CI must stay within 40 minutes on two cores.
echo "== build (RelWithDebInfo without -g, PostgreSQL tests on) [$(date +%T)]"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG" \
    -DHALLDESK_POSTGRES_TESTS=ON >/dev/null
cmake --build build -j"$jobs"
echo "== tests [$(date +%T)]"
run_tests build

if [ "${HALLDESK_SKIP_SANITIZERS:-0}" != 1 ]; then
    echo "== build (ASan + UBSan) [$(date +%T)]"
    # -g1: line tables are all the sanitizer reports need. The widgets and their tests run in
    # the build above only: compiling them twice took a quarter of this build, and the memory
    # and clock paths that must not lose data are in the core, which runs here whole.
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 \
        -DHALLDESK_SANITIZERS=ON -DHALLDESK_BUILD_WIDGETS=OFF \
        -DHALLDESK_BUILD_BENCH=OFF -DHALLDESK_POSTGRES_TESTS=OFF >/dev/null
    cmake --build build-asan -j"$jobs"
    echo "== tests under sanitizers [$(date +%T)]"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_tests build-asan
fi
echo "== done [$(date +%T)]"
