#!/usr/bin/env bash
# The benchmark command (`npm run bench -- <name>`): installs what is missing, then runs one
# benchmark inside a network namespace that has only loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser

exec bash scripts/loopback-netns.sh bench node_modules/.bin/tsx bench/run.ts "$@"
