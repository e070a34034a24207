#!/usr/bin/env bash
# The test command (`npm run check`): installs what is missing, then runs every test inside a
# network namespace that has only loopback, so no test traffic can leave the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser

runner=(node_modules/.bin/tsx scripts/stack/check.ts "$@")
if [ "$(id -u)" = 0 ] && unshare --net true 2>/dev/null; then
  exec unshare --net -- bash -c 'ip link set lo up && exec "$@"' check "${runner[@]}"
fi
echo "[check] cannot create a network namespace (needs root): running on the host's loopback instead" >&2
exec "${runner[@]}"
