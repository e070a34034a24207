import type { NextConfig } from "next";

// Validates the environment when the app builds or starts, so bad configuration fails early with a
// message naming the variable (SKIP_ENV_VALIDATION=1 defers that, e.g. for Docker image builds).
import "./src/env";

const nextConfig: NextConfig = {
  // The Docker image runs the self-contained server; `next start` serves everything else.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // forbidden(): a page a member may not see answers 403 with src/app/forbidden.tsx.
  experimental: { authInterrupts: true },
};

export default nextConfig;
