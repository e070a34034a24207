/**
 * The benchmark runner (`npm run bench -- <name>`, via bench/run.sh, inside a loopback-only network
 * namespace): starts its own database, LiveKit, mail sink and a production build of the app, runs
 * one benchmark, prints its figures and stops everything. Benchmarks print numbers; they assert
 * nothing and CI does not run them.
 *
 *   npm run bench -- approve               Approve → heard
 *   npm run bench -- approve --skip-build  reuse the last `next build` (.next) of this checkout
 *   npm run bench -- scale --steps 100,250 --seconds 20   options after the name go to the benchmark
 *
 * BENCH_DB_NAME names the benchmark database (default raise_hand_bench); it is wiped first.
 */
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";

import { buildApp, CACHE, log, ROOT, startApp, startLocalStack, Supervisor } from "../scripts/stack/services";
import type { Benchmark } from "./lib";

const BENCHMARKS: Record<string, () => Promise<{ default: Benchmark }>> = {
  approve: () => import("./approve"),
  join: () => import("./join"),
  "mouth-to-ear": () => import("./mouth-to-ear"),
  api: () => import("./api"),
  scale: () => import("./scale"),
};

const PORTS = { app: 3300, liveKit: 8180, liveKitUdp: 8182, smtp: 2725 };
const LOGS = path.join(CACHE, "bench-logs");

async function main() {
  const [name, ...flags] = process.argv.slice(2);
  const load = name ? BENCHMARKS[name] : undefined;
  if (!load) {
    process.stderr.write(`usage: npm run bench -- <name> [--skip-build] [options]; benchmarks: ${Object.keys(BENCHMARKS).join(", ")}\n`);
    process.exit(2);
  }
  await rm(LOGS, { recursive: true, force: true });
  await mkdir(LOGS, { recursive: true });
  const supervisor = new Supervisor(LOGS);
  const interrupt = () => void supervisor.stopAll().then(() => process.exit(130));
  process.on("SIGINT", interrupt);
  process.on("SIGTERM", interrupt);

  let failure: unknown;
  try {
    const databaseName = process.env.BENCH_DB_NAME ?? "raise_hand_bench";
    const { env } = await startLocalStack({
      supervisor,
      baseEnv: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
      databaseName,
      explicitDatabaseUrl: process.env.BENCH_DATABASE_URL,
      ports: PORTS,
      mailDir: path.join(CACHE, "bench-mail"),
    });
    if (!flags.includes("--skip-build") || !existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
      log("building the app (next build)");
      await buildApp(env, path.join(LOGS, "build.log"));
    }
    await startApp({ supervisor, mode: "start", port: PORTS.app, env });
    Object.assign(process.env, env);
    const { default: benchmark } = await load();
    // The machine may be shared: say how busy it was, since every figure depends on it.
    const loadAverage = () => loadavg().map((value) => value.toFixed(2)).join(" ");
    log(`── benchmark: ${name} (load average before: ${loadAverage()})`);
    const args = flags.filter((flag) => flag !== "--skip-build");
    await benchmark({ env, baseURL: env.APP_URL!, supervisor, logDir: LOGS, args });
    log(`load average after: ${loadAverage()}`);
  } catch (error) {
    failure = error;
  } finally {
    await supervisor.stopAll();
  }
  if (failure) {
    process.stderr.write(`\n${failure instanceof Error ? (failure.stack ?? failure.message) : String(failure)}\nService logs: ${path.relative(ROOT, LOGS)}/\n`);
    process.exit(1);
  }
  process.exit(0);
}

void main();
