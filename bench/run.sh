#!/usr/bin/env bash
# The benchmark command (`npm run bench -- <name>`): installs what is missing, then runs one
# benchmark inside a network namespace that has only loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser
# The room-scale load tool is Go; its modules come from the module proxy, outside the namespace.
if [ "${1:-}" = scale ]; then bash bench/scale/build.sh >/dev/null; fi

exec bash scripts/loopback-netns.sh bench node_modules/.bin/tsx bench/run.ts "$@"
