import { z } from "zod";

/**
 * The environment's schema. Server-only values never reach the browser: nothing here is prefixed
 * NEXT_PUBLIC_. `parseEnv` is pure, for the launcher and tests; the app reads `env` from src/env.ts.
 */
const serverSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url({ message: "must be a postgresql:// URL" }).refine(
    (url) => /^postgres(ql)?:\/\//.test(url),
    "must be a postgresql:// URL",
  ),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 33)"),
  AUTH_URL: z.url().optional(),
  LIVEKIT_URL: z.url().refine((url) => /^wss?:\/\//.test(url), "must be a ws:// or wss:// URL"),
  LIVEKIT_API_URL: z
    .url()
    .refine((url) => /^https?:\/\//.test(url), "must be an http(s):// URL")
    .optional()
    .describe("server-side LiveKit address when it differs from the browser's (Docker)"),
  LIVEKIT_API_KEY: z.string().min(1),
  LIVEKIT_API_SECRET: z.string().min(32, "must be at least 32 characters"),
  EMAIL_SERVER: z.string().min(1).describe("SMTP URL, e.g. smtp://127.0.0.1:2525"),
  EMAIL_FROM: z.string().min(3).default("Raise Hand <no-reply@raise-hand.local>"),
  ROOM_EMPTY_GRACE_SECONDS: z.coerce
    .number({ message: "must be a whole number of seconds" })
    .int("must be a whole number of seconds")
    .min(1, "must be between 1 and 86400 seconds")
    .max(86_400, "must be between 1 and 86400 seconds")
    .default(120)
    .describe("how long a live room with nobody connected stays open before it ends"),
  STORAGE_DIR: z
    .string()
    .trim()
    .min(1, "must be a directory path")
    .default("data/uploads")
    .describe("where uploaded files (avatars) are kept; relative paths are from the app's working directory"),
});

export type ServerEnv = z.infer<typeof serverSchema>;

export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = serverSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join(".");
      const message = source[name] === undefined || source[name] === "" ? "is not set" : issue.message;
      return `  ${name || "(env)"}: ${message}`;
    });
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
