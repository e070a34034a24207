// The Prisma CLI with scripts/prisma/schema-engine.mjs (Prisma's WebAssembly schema engine) in
// place of the native engine, against a real PostgreSQL: a fresh database gets the committed
// migrations, and the result matches prisma/schema.prisma.
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, "scripts/prisma/cli.mjs");
const migrationsDir = join(root, "prisma/migrations");
const adminUrl =
  process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres@localhost/postgres?host=/var/run/postgresql";
const dbName = `raise_hand_prisma_engine_${randomBytes(4).toString("hex")}`;
const dbUrl = withDatabase(adminUrl, dbName);
const TIMEOUT = 60_000;

function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs `node scripts/prisma/cli.mjs ...args` on the test database; rejects on a non-zero exit. */
async function prisma(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: dbUrl };
  delete env.SHADOW_DATABASE_URL;
  delete env.PRISMA_NATIVE_ENGINE; // always the stand-in
  return promisify(execFile)(process.execPath, [cli, ...args], { cwd: root, env, timeout: TIMEOUT });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const toSchema = ["--to-schema", "prisma/schema.prisma"];

describe("Prisma CLI with the WebAssembly schema engine", () => {
  beforeAll(async () => {
    await query(adminUrl, `CREATE DATABASE "${dbName}"`);
  }, TIMEOUT);

  afterAll(async () => {
    await query(adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  }, TIMEOUT);

  it("sees the empty database as behind the schema (so the diff check below can fail)", async () => {
    const diff = prisma("migrate", "diff", "--from-config-datasource", ...toSchema, "--exit-code");
    await expect(diff).rejects.toMatchObject({
      code: 2,
      stdout: expect.stringContaining("[+] Added tables"),
    });
  }, TIMEOUT);

  it("applies the migrations with migrate deploy and records them like the native engine", async () => {
    const migrations = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(migrations.length).toBeGreaterThan(0);

    const { stdout } = await prisma("migrate", "deploy");
    expect(stdout).toContain("All migrations have been successfully applied.");

    const rows = await query<{ migration_name: string; checksum: string; finished: boolean }>(
      dbUrl,
      `SELECT migration_name, checksum, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    const expected = await Promise.all(
      migrations.map(async (name) => ({
        migration_name: name,
        checksum: createHash("sha256")
          .update(await readFile(join(migrationsDir, name, "migration.sql")))
          .digest("hex"),
        finished: true,
      })),
    );
    expect(rows).toEqual(expected);

    const tables = await query<{ table_name: string }>(
      dbUrl,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["User", "Room", "RoomMember"]));
  }, TIMEOUT);

  it("reports the database up to date with migrate status", async () => {
    const { stdout } = await prisma("migrate", "status");
    expect(stdout).toContain("Database schema is up to date!");
  }, TIMEOUT);

  it("finds no difference between the migrated database and prisma/schema.prisma", async () => {
    // --exit-code: exit 2 (a rejection here) if there is any difference.
    const args = ["migrate", "diff", "--from-config-datasource", ...toSchema, "--script", "--exit-code"];
    const { stdout } = await prisma(...args);
    expect(stdout.trim()).toBe("-- This is an empty migration.");
  }, TIMEOUT);
});
