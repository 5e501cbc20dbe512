#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds HallDesk and runs the hall on its embedded default:
# the hall server on SQLite with the demo hall (10 areas, 271 windows, 500 staff).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target halldesk-server
exec build/app/server/halldesk-server --demo "$@"
