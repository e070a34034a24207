#!/usr/bin/env bash
# Prints the path of a usable livekit-server binary (the SFU), pinned at v1.13.5.
#
# Lookup order:
#   1. $LIVEKIT_SERVER_BIN, if set (an explicit choice: used as is, warned about if not 1.13.5)
#   2. livekit-server on PATH (warned about if not 1.13.5)
#   3. <repo>/.cache/bin/livekit-server, if its --version says 1.13.5
#      (a bare `server` left there by an earlier `go install` is renamed and reused)
#   4. build it from the Go module proxy:
#        GOBIN=<repo>/.cache/bin CGO_ENABLED=0 go install github.com/livekit/livekit-server/cmd/server@v1.13.5
#
# stdout carries only the path (last line); progress and warnings go to stderr.
# LIVEKIT_BIN_DIR overrides <repo>/.cache/bin (used to test a build from nothing).
set -euo pipefail

readonly LIVEKIT_VERSION="1.13.5"
readonly LIVEKIT_MODULE="github.com/livekit/livekit-server/cmd/server"
readonly MIN_GO="1.26"

log() { printf 'livekit/install: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin_dir="${LIVEKIT_BIN_DIR:-$repo_root/.cache/bin}"

# Prints the version a livekit-server binary reports ("livekit-server version 1.13.5"), or nothing.
binary_version() {
  local out
  out="$("$1" --version 2>/dev/null)" || return 0
  printf '%s\n' "$out" | sed -n 's/^livekit-server version v\{0,1\}\([0-9][0-9.]*\)[[:space:]]*$/\1/p' | head -n 1
}

has_pinned_version() {
  [[ -x "$1" && "$(binary_version "$1")" == "$LIVEKIT_VERSION" ]]
}

warn_if_other_version() {
  local version
  version="$(binary_version "$1")"
  if [[ "$version" != "$LIVEKIT_VERSION" ]]; then
    log "warning: $1 reports version '${version:-unknown}', this project is tested with $LIVEKIT_VERSION"
  fi
}

# 1. explicit override
if [[ -n "${LIVEKIT_SERVER_BIN:-}" ]]; then
  [[ -x "$LIVEKIT_SERVER_BIN" ]] || die "LIVEKIT_SERVER_BIN=$LIVEKIT_SERVER_BIN is not an executable file"
  log "using LIVEKIT_SERVER_BIN"
  warn_if_other_version "$LIVEKIT_SERVER_BIN"
  printf '%s\n' "$LIVEKIT_SERVER_BIN"
  exit 0
fi

# 2. installed by the user
if on_path="$(command -v livekit-server 2>/dev/null)"; then
  log "using livekit-server from PATH"
  warn_if_other_version "$on_path"
  printf '%s\n' "$on_path"
  exit 0
fi

# 3. built earlier into the repo cache
target="$bin_dir/livekit-server"
if has_pinned_version "$target"; then
  log "using cached $target"
  printf '%s\n' "$target"
  exit 0
fi
if has_pinned_version "$bin_dir/server"; then
  log "renaming cached $bin_dir/server to livekit-server"
  mv -f "$bin_dir/server" "$target"
  printf '%s\n' "$target"
  exit 0
fi

# 4. build from source (no cgo, no replace directives at this tag)
if ! command -v go >/dev/null 2>&1; then
  die "livekit-server $LIVEKIT_VERSION was not found and Go is not installed. Either:
  - install Go >= $MIN_GO (https://go.dev/doc/install) and run this script again, or
  - put a livekit-server $LIVEKIT_VERSION binary on PATH (or set LIVEKIT_SERVER_BIN to it), or
  - use Docker: docker compose up (image livekit/livekit-server:v$LIVEKIT_VERSION)"
fi

go_version="$(go env GOVERSION 2>/dev/null || true)"   # e.g. go1.26.8
go_version="${go_version#go}"
if [[ -n "$go_version" ]] && [[ "$(printf '%s\n%s\n' "$MIN_GO" "$go_version" | sort -V | head -n 1)" != "$MIN_GO" ]]; then
  if [[ "$(go env GOTOOLCHAIN 2>/dev/null || true)" == local* ]]; then
    die "Go $go_version is too old to build livekit-server $LIVEKIT_VERSION (needs Go >= $MIN_GO) and GOTOOLCHAIN=local forbids fetching a newer toolchain: install Go >= $MIN_GO"
  fi
  log "Go $go_version is older than $MIN_GO: the go command will fetch the go$MIN_GO toolchain itself (GOTOOLCHAIN=auto)"
fi

mkdir -p "$bin_dir"
log "building livekit-server v$LIVEKIT_VERSION with Go ${go_version:-?} into $bin_dir (first build takes a few minutes)"
GOBIN="$bin_dir" CGO_ENABLED=0 go install "$LIVEKIT_MODULE@v$LIVEKIT_VERSION" >&2 \
  || die "go install $LIVEKIT_MODULE@v$LIVEKIT_VERSION failed (see the output above)"
[[ -x "$bin_dir/server" ]] || die "go install succeeded but $bin_dir/server is missing"
mv -f "$bin_dir/server" "$target"

built_version="$(binary_version "$target")"
[[ "$built_version" == "$LIVEKIT_VERSION" ]] \
  || die "built $target reports version '${built_version:-unknown}', expected $LIVEKIT_VERSION"
log "built $target ($built_version)"
printf '%s\n' "$target"
