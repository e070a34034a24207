/**
 * The run command (`npm run up`): database, LiveKit, mail sink and the app, migrated and seeded,
 * on local defaults; every default can be overridden by the environment or a `.env` file.
 * Ctrl-C stops everything this started.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { parseEnv } from "../../src/env-schema";
import { startMailSink } from "./mail-sink";
import { seedFirstAdmin } from "./seed";
import {
  buildApp,
  CACHE,
  log,
  migrate,
  resolveDatabase,
  ROOT,
  startApp,
  startLiveKit,
  Supervisor,
} from "./services";

type LocalSecrets = { authSecret: string; liveKitSecret: string };

/** Secrets made once per checkout and kept in .cache, so sessions survive a restart. */
async function localSecrets(): Promise<LocalSecrets> {
  const file = path.join(CACHE, "secrets.json");
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as LocalSecrets;
  const secrets = {
    authSecret: randomBytes(33).toString("base64"),
    liveKitSecret: randomBytes(33).toString("base64url"),
  };
  await mkdir(CACHE, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) {
    throw new Error(`Invalid environment configuration:\n  ${name}: must be a port number, got "${raw}"`);
  }
  return value;
}

async function main() {
  const dev = process.argv.includes("--dev");
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));

  const supervisor = new Supervisor();
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    await supervisor.stopAll();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const port = intFromEnv("PORT", 3000);
    const liveKitPort = intFromEnv("LIVEKIT_PORT", 7880);
    const liveKitUdpPort = intFromEnv("LIVEKIT_UDP_PORT", 7882);
    const smtpPort = intFromEnv("MAIL_SINK_PORT", 2525);
    const appUrl = process.env.AUTH_URL ?? `http://localhost:${port}`;
    const secrets = await localSecrets();
    const ownLiveKit = !process.env.LIVEKIT_URL;
    const ownMail = !process.env.EMAIL_SERVER;

    const candidate: NodeJS.ProcessEnv & { AUTH_SECRET: string; LIVEKIT_API_KEY: string; LIVEKIT_API_SECRET: string } = {
      ...process.env,
      NODE_ENV: dev ? ("development" as const) : ("production" as const),
      AUTH_SECRET: process.env.AUTH_SECRET ?? secrets.authSecret,
      AUTH_URL: appUrl,
      LIVEKIT_URL: process.env.LIVEKIT_URL ?? `ws://127.0.0.1:${liveKitPort}`,
      LIVEKIT_API_KEY: process.env.LIVEKIT_API_KEY ?? "devkey",
      LIVEKIT_API_SECRET: process.env.LIVEKIT_API_SECRET ?? secrets.liveKitSecret,
      EMAIL_SERVER: process.env.EMAIL_SERVER ?? `smtp://127.0.0.1:${smtpPort}`,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    // Fail early, naming the variable, before anything starts (DATABASE_URL is checked once known).
    parseEnv({ ...candidate, DATABASE_URL: candidate.DATABASE_URL ?? "postgresql://placeholder/check" });

    const database = await resolveDatabase({ explicitUrl: process.env.DATABASE_URL, name: "raise_hand", supervisor });
    log(`database: ${database.source}`);
    const env = { ...candidate, DATABASE_URL: database.url };
    parseEnv(env);

    log("applying migrations…");
    await migrate(database.url);

    if (ownLiveKit) {
      log("starting LiveKit…");
      await startLiveKit({
        supervisor,
        name: "up",
        port: liveKitPort,
        udpPort: liveKitUdpPort,
        apiKey: env.LIVEKIT_API_KEY,
        apiSecret: env.LIVEKIT_API_SECRET,
        webhookUrl: `http://127.0.0.1:${port}/api/livekit/webhook`,
      });
    }

    if (ownMail) {
      const sink = await startMailSink({
        port: smtpPort,
        dir: path.join(CACHE, "mail"),
        onMail: (mail) => log(`mail to ${mail.to.join(", ")}: "${mail.subject}"\n    ${mail.links.join("\n    ")}`),
      });
      supervisor.add("mail", sink.close);
    }

    if (!dev) {
      log("building the app (next build)…");
      await buildApp(env);
    }
    log("starting the app…");
    await startApp({ supervisor, mode: dev ? "dev" : "start", port, env });

    const seed = await seedFirstAdmin({
      databaseUrl: database.url,
      adminEmail: process.env.ADMIN_EMAIL ?? "admin@raise-hand.local",
      appUrl,
      authSecret: env.AUTH_SECRET,
    });
    process.stdout.write(
      [
        "",
        `  Raise Hand is running at ${appUrl}`,
        "",
        `  Admin account   ${seed.adminEmail}`,
        `  Sign in now     ${seed.signInUrl}`,
        "                  (one-time link, valid 24 hours; run again for a new one)",
        `  Invite code     ${seed.inviteCode}`,
        `  Sign up with it ${seed.joinUrl}`,
        ownMail
          ? "  Mail            sign-in links for other members are printed here (local mail sink)"
          : `  Mail            sent through ${candidate.EMAIL_SERVER}`,
        "",
        "  Press Ctrl-C to stop.",
        "",
      ].join("\n"),
    );
  } catch (error) {
    process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n\n`);
    await stop(1);
  }
}

void main();
