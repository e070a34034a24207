/**
 * The test command's runner (`npm run check`, via scripts/check.sh, inside a loopback-only network
 * namespace): typecheck, lint, unit tests, then integration tests against a real PostgreSQL test
 * database and a real LiveKit, then a production build and Playwright in Chromium against it.
 * It starts and stops its own services and drops its test database at the end.
 *
 *   npm run check                        everything
 *   npm run check -- --only unit,e2e     some stages: static, unit, integration, e2e
 *   npm run check -- --only e2e -- tests/e2e/audio.spec.ts   extra arguments go to the runner
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";

import pg from "pg";

import { buildApp, CACHE, log, ROOT, startApp, startLocalStack, Supervisor } from "./services";

const STAGES = ["static", "unit", "integration", "e2e"] as const;
type Stage = (typeof STAGES)[number];

// TEST_DB_NAME lets two checkouts on one machine test side by side (each name must end in _test).
const TEST_DB = process.env.TEST_DB_NAME ?? "raise_hand_test";
const PORTS = { app: 3100, liveKit: 7980, liveKitUdp: 7982, smtp: 2625 };
const LOGS = path.join(CACHE, "test-logs");
const REPORTS = path.join(CACHE, "test-reports");

type Counts = { passed: number; failed: number; skipped: number };
const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
const timings: [string, number][] = [];

function parseArgs() {
  const argv = process.argv.slice(2);
  const separator = argv.indexOf("--");
  const own = separator === -1 ? argv : argv.slice(0, separator);
  const extra = separator === -1 ? [] : argv.slice(separator + 1);
  const onlyIndex = own.indexOf("--only");
  const only = onlyIndex === -1 ? [...STAGES] : (own[onlyIndex + 1] ?? "").split(",");
  for (const stage of only) {
    if (!STAGES.includes(stage as Stage)) throw new Error(`unknown stage "${stage}"; stages: ${STAGES.join(", ")}`);
  }
  return { stages: new Set(only as Stage[]), extra };
}

function exec(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed (exit ${code})`))));
    child.once("error", reject);
  });
}

async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now();
  log(`── ${name}`);
  try {
    return await step();
  } finally {
    timings.push([name, (Date.now() - started) / 1000]);
  }
}

const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

async function addVitestCounts(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(await readFile(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: { status: string }[] }[];
  };
  // A file that fails before its tests run (an import error) has no failed test: count it as one.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
  ).length;
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests + brokenFiles;
  counts.skipped += report.numPendingTests + report.numTodoTests;
}

async function addPlaywrightCounts(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(await readFile(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  counts.passed += report.stats.expected + report.stats.flaky;
  counts.failed += report.stats.unexpected;
  counts.skipped += report.stats.skipped;
}

async function vitest(project: "unit" | "integration", extra: string[], env: NodeJS.ProcessEnv) {
  const report = path.join(REPORTS, `vitest-${project}.json`);
  try {
    await exec(
      `vitest (${project})`,
      bin("vitest"),
      ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...extra],
      env,
    );
  } finally {
    await addVitestCounts(report);
  }
}

async function dropDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!name.endsWith("_test")) throw new Error(`refusing to drop "${name}": not a test database`);
  target.pathname = "/postgres";
  const client = new pg.Client({ connectionString: target.href });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

async function main() {
  const { stages, extra } = parseArgs();
  const started = Date.now();
  await rm(LOGS, { recursive: true, force: true });
  await rm(REPORTS, { recursive: true, force: true });
  await mkdir(LOGS, { recursive: true });
  await mkdir(REPORTS, { recursive: true });

  const supervisor = new Supervisor(LOGS);
  const interrupt = () => void supervisor.stopAll().then(() => process.exit(130));
  process.on("SIGINT", interrupt);
  process.on("SIGTERM", interrupt);

  const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
  let databaseUrl: string | undefined;
  let failure: unknown;

  try {
    if (stages.has("static")) {
      await timed("typecheck", async () => {
        await exec("next typegen", bin("next"), ["typegen"], { ...baseEnv, SKIP_ENV_VALIDATION: "1" });
        await exec("tsc", bin("tsc"), ["--noEmit"], baseEnv);
      });
      await timed("lint", () => exec("eslint", bin("eslint"), ["--max-warnings=0", "."], { ...baseEnv, SKIP_ENV_VALIDATION: "1" }));
    }
    if (stages.has("unit")) {
      await timed("unit tests", () => vitest("unit", stages.size === 1 ? extra : [], baseEnv));
    }

    if (stages.has("integration") || stages.has("e2e")) {
      const stack = await timed("services", () =>
        startLocalStack({
          supervisor,
          baseEnv,
          databaseName: TEST_DB,
          explicitDatabaseUrl: process.env.TEST_DATABASE_URL,
          ports: PORTS,
          mailDir: path.join(CACHE, "test-mail"),
          checkDatabase: (url) => {
            if (!new URL(url).pathname.endsWith("_test")) {
              throw new Error(`refusing to test against ${url}: the database name must end in _test`);
            }
            databaseUrl = url;
          },
        }),
      );
      // Uploads (avatars) of this run go to a scratch directory, wiped first, not to data/uploads.
      const env = { ...stack.env, STORAGE_DIR: path.join(CACHE, "test-uploads") };
      await rm(env.STORAGE_DIR, { recursive: true, force: true });

      if (stages.has("integration")) {
        await timed("integration tests", () => vitest("integration", stages.size === 1 ? extra : [], env));
      }
      if (stages.has("e2e")) {
        await timed("build", () => buildApp(env, path.join(LOGS, "build.log")));
        await timed("app start", () => startApp({ supervisor, mode: "start", port: PORTS.app, env }));
        const report = path.join(REPORTS, "playwright.json");
        await timed("end-to-end tests", async () => {
          try {
            await exec("playwright", bin("playwright"), ["test", "--reporter=list,json", ...(stages.size === 1 ? extra : [])], {
              ...env,
              PLAYWRIGHT_JSON_OUTPUT_NAME: report,
            });
          } finally {
            await addPlaywrightCounts(report);
          }
        });
      }
    }
  } catch (error) {
    failure = error;
  } finally {
    await supervisor.stopAll();
    if (databaseUrl && !process.argv.includes("--keep-db")) await dropDatabase(databaseUrl).catch(() => undefined);
  }

  timings.push(["total", (Date.now() - started) / 1000]);
  process.stdout.write(`\n${timings.map(([name, seconds]) => `  ${name.padEnd(20)} ${seconds.toFixed(1)} s`).join("\n")}\n`);
  if (failure) {
    process.stderr.write(`\n${failure instanceof Error ? failure.message : String(failure)}\n`);
    process.stderr.write(`Service logs: ${path.relative(ROOT, LOGS)}/\n`);
  }
  process.stdout.write(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  process.exit(failure || counts.failed > 0 ? 1 : 0);
}

void main();
