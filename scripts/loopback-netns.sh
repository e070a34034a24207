#!/usr/bin/env bash
# Runs a command inside a new network namespace that has only loopback (needs root), so nothing it
# starts can reach another address; without root, runs it on the host's loopback and says so.
#   scripts/loopback-netns.sh <label> <command> [args...]
set -euo pipefail
label=$1
shift
if [ "$(id -u)" = 0 ] && unshare --net true 2>/dev/null; then
  exec unshare --net -- bash -c 'ip link set lo up && exec "$@"' "$label" "$@"
fi
echo "[$label] cannot create a network namespace (needs root): running on the host's loopback instead" >&2
exec "$@"
