#!/usr/bin/env bash
# The run command (`npm run up`): installs what is missing, then starts the whole product.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
exec node_modules/.bin/tsx scripts/stack/up.ts "$@"
