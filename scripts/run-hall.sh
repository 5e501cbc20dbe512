#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds HallDesk and runs the hall on its embedded default:
# the hall server on SQLite with the demo hall (10 areas, 271 windows, 500 staff) and the
# counter of window 1, signed in. The counter starts the demo server and stops it on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target halldesk-server halldesk-counter
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-hall: no display here, so only the hall server runs (the counter needs a screen;" >&2
    echo "run-hall: 'xvfb-run -a bash scripts/run-hall.sh' runs it in a virtual one)." >&2
    exec build/app/server/halldesk-server --demo "$@"
fi
exec build/app/counter/halldesk-counter --demo "$@"
