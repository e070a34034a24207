# Raise Hand app image: the Next.js standalone server (`node server.js`, port 3000, non-root) plus
# the Prisma CLI in /app/migrate, so the same image applies migrations:
#   docker run --rm -e DATABASE_URL=... -w /app/migrate <image> npx prisma migrate deploy
# Build:  docker build -t raise-hand .        (or `docker compose build`)
# Secrets are never baked in: the build skips env validation; the app validates at start.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- base: Node + OpenSSL (Prisma's schema engine links libssl and detects its version) --------
FROM ${NODE_IMAGE} AS base
RUN apt-get update \
  && apt-get install -y --no-install-recommends openssl ca-certificates \
  && rm -rf /var/lib/apt/lists/*
ENV NEXT_TELEMETRY_DISABLED=1 \
    CHECKPOINT_DISABLE=1 \
    PRISMA_HIDE_UPDATE_MESSAGE=1

# ---- deps: every package from the lockfile (build tools included) ------------------------------
FROM base AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts are skipped (the project's postinstall needs the sources; it runs explicitly in
# the build stage). Nothing the build uses depends on an install script.
RUN npm ci --ignore-scripts --no-audit --no-fund && rm -rf /root/.npm

# ---- build: Prisma client + `next build` with output: "standalone" -----------------------------
FROM base AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run db:generate \
  && mkdir -p public \
  && SKIP_ENV_VALIDATION=1 NEXT_OUTPUT=standalone npm run build \
  && test -f .next/standalone/server.js

# ---- migrate: the Prisma CLI alone, at the exact versions of package-lock.json -----------------
# A package.json that depends on prisma only, next to the project's lockfile: npm keeps every
# locked version and drops everything else (~230 MB instead of the ~1 GB full tree).
FROM base AS migrate
WORKDIR /app/migrate
COPY package.json /tmp/project-package.json
COPY package-lock.json ./
RUN node -e ' \
      const v = require("/tmp/project-package.json").devDependencies.prisma; \
      if (!v) throw new Error("prisma is not in devDependencies"); \
      require("fs").writeFileSync("package.json", JSON.stringify( \
        { name: "raise-hand-migrate", private: true, dependencies: { prisma: v } }, null, 2) + "\n");' \
  && npm install --omit=dev --no-audit --no-fund \
  && rm -rf /root/.npm /tmp/project-package.json
COPY prisma.config.ts ./
COPY prisma ./prisma
# Fetch the native schema engine now (as root, at build time), not when the non-root user migrates.
RUN npx --no-install prisma --version

# ---- runtime ------------------------------------------------------------------------------------
FROM base AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# Files stay owned by root (read-only for the app); only Next's cache and the uploads are writable.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
COPY --from=migrate /app/migrate ./migrate
RUN mkdir -p .next/cache data/uploads && chown node:node .next/cache data/uploads
USER node
EXPOSE 3000
CMD ["node", "server.js"]
