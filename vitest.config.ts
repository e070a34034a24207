import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

const alias = {
  "@": fileURLToPath(new URL("./src", import.meta.url)),
  // Server modules import "server-only" to keep them out of client bundles; tests run on the server.
  "server-only": fileURLToPath(new URL("./tests/fixtures/empty-module.ts", import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    setupFiles: ["./tests/fixtures/fail-on-console-error.ts"],
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses;
    // bundling it through Vite resolves it as Next.js does.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts", "scripts/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One real database and one LiveKit: files share them, so run files one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
