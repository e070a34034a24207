import { parseEnv, type ServerEnv } from "./env-schema";

/**
 * The validated environment. Imported by next.config.ts, so a missing or malformed variable fails
 * `next build` and `next start` with a message naming it. SKIP_ENV_VALIDATION=1 is for steps that
 * load the config without running the app (Docker image builds, lint, typegen).
 */
export const env: ServerEnv = process.env.SKIP_ENV_VALIDATION
  ? (process.env as unknown as ServerEnv)
  : parseEnv(process.env);
