#!/usr/bin/env bash
# Builds the room-scale load tool (this folder) into .cache/bench-bin/ when it is missing or older
# than its sources, and prints the binary's path. Runs before the loopback-only namespace is
# entered (bench/run.sh): the first build downloads the modules in go.sum from the Go module proxy.
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="$src/../../.cache/bench-bin/raise-hand-scale"

if [[ -x "$bin" && -z "$(find "$src" -type f -newer "$bin" -print -quit)" ]]; then
  printf '%s\n' "$bin"
  exit 0
fi
go_bin="$(command -v go || true)"
go_bin="${go_bin:-/usr/local/go/bin/go}"
if [[ ! -x "$go_bin" ]]; then
  echo "bench/scale/build.sh: the room-scale benchmark needs Go >= 1.26 (https://go.dev/doc/install)" >&2
  exit 1
fi
mkdir -p "$(dirname "$bin")"
echo "bench/scale/build.sh: building the load tool with $("$go_bin" env GOVERSION)" >&2
(cd "$src" && CGO_ENABLED=0 "$go_bin" build -trimpath -o "$bin" .) >&2
printf '%s\n' "$bin"
