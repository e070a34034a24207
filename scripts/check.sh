#!/usr/bin/env bash
# The test command (`npm run check`): installs what is missing, then runs every test inside a
# network namespace that has only loopback, so no test traffic can leave the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser

exec bash scripts/loopback-netns.sh check node_modules/.bin/tsx scripts/stack/check.ts "$@"
