#!/usr/bin/env bash
# Installs what the run and test commands need and is missing: npm dependencies (and the Prisma
# client), the pinned LiveKit server and, with `--browser`, Debian's Chromium. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[36m[setup]\033[0m %s\n' "$*" >&2; }

node_ok=$(node -e 'const [a,b]=process.versions.node.split(".").map(Number);console.log(a>20||(a===20&&b>=19)?1:0)' 2>/dev/null || echo 0)
if [ "$node_ok" != 1 ]; then
  echo "Raise Hand needs Node.js 20.19 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "Missing system packages: $*. Install them (e.g. sudo apt-get install -y $*) and re-run." >&2
    exit 1
  fi
  say "installing $* (apt)"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ "${1:-}" = "--browser" ]; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v unshare >/dev/null || missing+=(util-linux)
  command -v ip >/dev/null || missing+=(iproute2)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
fi

# npm dependencies: reinstall when the lockfile changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
if [ ! -f src/generated/prisma/client.ts ] || [ prisma/schema.prisma -nt src/generated/prisma/client.ts ]; then
  say "generating the Prisma client"
  node scripts/prisma/cli.mjs generate >/dev/null
fi

bash scripts/livekit/install.sh >/dev/null
