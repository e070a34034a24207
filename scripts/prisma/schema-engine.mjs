#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, for machines that cannot download it.
// The Prisma CLI runs it when PRISMA_SCHEMA_ENGINE_BINARY points here (scripts/prisma/cli.mjs
// does that). It runs the same engine, compiled to WebAssembly (@prisma/schema-engine-wasm, pinned
// to prisma's exact engine version), on top of the @prisma/adapter-pg driver adapter. PostgreSQL only.
//
// Two ways the CLI starts the native engine, both served here:
//   schema-engine --datasource '{"url":...}' cli can-connect-to-database|create-database
//   schema-engine [--datamodels FILE]... --datasource '{"url":...,"shadowDatabaseUrl":...}'
//     then JSON-RPC 2.0 on stdin/stdout, one message a line.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

const { values: opts, positionals } = parseArgs({
  options: {
    datamodels: { type: "string", multiple: true, default: [] },
    datasource: { type: "string", default: "{}" },
    // Passed by the CLI, not used by the Wasm engine.
    "enabled-preview-features": { type: "string" },
    "extension-types": { type: "string" },
  },
  allowPositionals: true,
});
const { url, shadowDatabaseUrl } = JSON.parse(opts.datasource);

// ---------------------------------------------------------------------------------------------
// `cli` commands. Failures are reported as the native engine does: JSON log lines on stderr
// (the CLI skips the first line) with an ERROR from `schema_engine::logger` carrying the code.

async function runCliCommand(command) {
  const log = (level, fields) =>
    process.stderr.write(`${JSON.stringify({ level, fields, target: "schema_engine::logger" })}\n`);
  log("INFO", { message: `Starting schema engine CLI: ${command}` });
  try {
    if (command === "can-connect-to-database") {
      await withClient(url, () => {});
    } else if (command === "create-database") {
      // Connect to the maintenance database with the same credentials and create the target.
      const { database } = new pg.Client({ connectionString: url });
      await withClient(withDatabase(url, "postgres"), (client) =>
        client.query(`CREATE DATABASE ${quoteIdent(database)}`),
      );
    } else {
      throw new Error(`Unsupported command: cli ${command}`);
    }
    return 0;
  } catch (error) {
    log("ERROR", { message: error.message, error_code: error.errorCode });
    return 1;
  }
}

async function withClient(connectionString, fn) {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    return await fn(client);
  } catch (error) {
    throw Object.assign(new Error(error.message), connectionErrorCode(error, client));
  } finally {
    await client.end().catch(() => {});
  }
}

// The user-facing codes the CLI acts on (P1003 makes `migrate dev` / `db push` create the database).
function connectionErrorCode(error, { database, user, host, port }) {
  const at = `${host}:${port}`;
  const server = `the database server at \`${at}\``;
  switch (error.code) {
    case "3D000":
      return { errorCode: "P1003", message: `Database \`${database}\` does not exist on ${server}.` };
    case "42P04":
      return { errorCode: "P1009", message: `Database \`${database}\` already exists on ${server}` };
    case "28P01":
    case "28000":
      return { errorCode: "P1000", message: `Authentication failed for \`${user}\` against ${server}.` };
    case "ECONNREFUSED":
    case "ENOENT":
    case "ENOTFOUND":
    case "ETIMEDOUT":
      return { errorCode: "P1001", message: `Can't reach database server at \`${at}\`` };
    default:
      return {};
  }
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC mode: each request's method is a method of the Wasm `SchemaEngine`.

async function serveJsonRpc() {
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(new EnginePg(url));
  // The Wasm engine connects to the database as it starts. If it cannot, answer every request with
  // that error rather than exit: when the engine exits under a pending request, the CLI exits 0
  // without a word.
  const starting = loadEngine(adapterFactory);
  starting.catch(() => {}); // rejections are handled per request, below
  const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
  let queue = Promise.resolve(); // the engine handles one request at a time
  let printId = 0;

  const handle = async ({ id, method, params }) => {
    try {
      const engine = await starting;
      if (method === "diff") {
        // The native engine hands the diff to the CLI as a `print` request; the CLI writes it to
        // stdout (or to --output) and answers, and that answer is ignored below.
        const { stdout, ...result } = await engine.diff(params);
        if (stdout) send({ id: `print-${++printId}`, method: "print", params: { content: stdout } });
        return send({ id, result: { ...result, stdout: null } });
      }
      if (method === "evaluateDataLoss" || method === "createMigration") {
        // Unlike the native engine, these read the migrations' schema only from a cache that the
        // diagnose commands fill (they alone get the shadow database), keyed by the migrations the
        // database had then. `migrate dev` diagnoses before it applies pending ones: refill it now.
        const { migrationsList, filters } = params;
        await engine.diagnoseMigrationHistory({ migrationsList, filters, optInToShadowDatabase: true });
      }
      const name = method === "getDatabaseVersion" ? "version" : method;
      if (typeof engine[name] !== "function" || name === "free") {
        return send({ id, error: { code: -32601, message: `Method not found: ${method}` } });
      }
      // Call as a method: the Wasm bindings need `this`.
      const result = await engine[name](params);
      send({ id, result: result ?? {} });
    } catch (error) {
      send({ id, error: rpcError(error, adapterFactory.errorRegistry) });
    }
  };

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method === undefined) return; // the CLI's answer to a `print` request
    queue = queue.then(() => handle(message));
  });
  lines.on("close", () => queue.then(() => process.exit(0)));
}

// Same shape as the native engine's errors. The CLI shows `data.error_code` and `data.message`, or
// for a panic the top-level `message` (generic text in the native engine's answers).
function rpcError(error, errorRegistry) {
  const panic = error instanceof WebAssembly.RuntimeError;
  let message = panic ? globalThis.PRISMA_WASM_PANIC_REGISTRY.message || error.message : error.message;
  // A JS exception inside the adapter reaches us as "External error id#N": show the exception.
  const external = /External error id#(\d+)/.exec(message);
  const jsError = external && errorRegistry.consumeError(Number(external[1]))?.error;
  if (jsError) message = `${jsError.message}\n${message}`;
  return {
    code: 4466,
    message,
    data: { is_panic: panic, message, error_code: error.code, backtrace: panic ? error.stack : undefined },
  };
}

// Load the Wasm engine the way Prisma's own loader does.
async function loadEngine(adapterFactory) {
  // The bindings report a Rust panic's message here before throwing a WebAssembly.RuntimeError.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    message: "",
    set_message(message) {
      this.message = `RuntimeError: ${message}`;
    },
  };
  const require = createRequire(import.meta.url);
  const wasmPath = join(dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  const imports = { "./schema_engine_bg.js": glue };
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), imports);
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();

  const datamodels = await Promise.all(
    opts.datamodels.map(async (file) => [file, await readFile(file, "utf8")]),
  );
  const logToStderr = (line) => process.stderr.write(line.endsWith("\n") ? line : `${line}\n`);
  return glue.SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    logToStderr,
    adapterFactory,
  );
}

// ---------------------------------------------------------------------------------------------
// adapter-pg, adjusted for the schema engine.

class EnginePg extends PrismaPg {
  constructor(connectionString) {
    // A `?schema=` parameter selects the Postgres schema, as with the native engine.
    const schema = connectionString ? new URL(connectionString).searchParams.get("schema") : null;
    super({ connectionString }, schema ? { schema } : undefined);
  }

  async connect() {
    const adapter = await super.connect();
    patchAdapterClasses(adapter);
    return adapter;
  }

  // adapter-pg's own version keeps the main database's connection string, whose database name
  // wins over the one it sets, so its "shadow" pool would point at the main database.
  async connectToShadowDb() {
    if (shadowDatabaseUrl) {
      if (shadowDatabaseUrl === url) {
        throw new Error("The shadow database URL is the same as the main database URL.");
      }
      const shadow = await new EnginePg(shadowDatabaseUrl).connect();
      // Start from an empty database, as the native engine does.
      await shadow.executeScript(`DO $$ DECLARE s name; BEGIN
        FOR s IN SELECT nspname FROM pg_namespace
                 WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
          EXECUTE format('DROP SCHEMA %I CASCADE', s);
        END LOOP;
        CREATE SCHEMA public;
      END $$`);
      return shadow;
    }
    // A temporary database next to the main one, dropped when the engine is done with it.
    const main = await this.connect();
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE ${quoteIdent(name)}`);
    const shadow = await new EnginePg(withDatabase(url, name)).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow(); // close the pool first: Postgres refuses to drop a database in use
      await main.executeScript(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
      await main.dispose();
    };
    return shadow;
  }
}

// adapter-pg's connection classes are not exported: patch them through an instance, once.
function patchAdapterClasses(adapter) {
  const adapterProto = Object.getPrototypeOf(adapter);
  const queryableProto = Object.getPrototypeOf(adapterProto); // shared with transactions
  if (adapterProto.patchedForSchemaEngine) return;
  adapterProto.patchedForSchemaEngine = true;

  // adapter-pg splits scripts on `;`, which breaks `$$` bodies and `';'` literals. A simple-protocol
  // query runs a whole multi-statement script.
  adapterProto.executeScript = async function executeScript(script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };

  // The engine's introspection reads catalog columns of Postgres's internal `"char"` type (OID 18),
  // which adapter-pg cannot map to a column type. pg returns them as strings: call them text (25).
  const performIO = queryableProto.performIO;
  queryableProto.performIO = async function performIOWithChar(query) {
    const result = await performIO.call(this, query);
    for (const field of result.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
}

function withDatabase(connectionString, database) {
  const u = new URL(connectionString);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

// Last: the code above must be initialised before the top-level await runs.
if (positionals[0] === "cli") {
  process.exitCode = await runCliCommand(positionals[1]);
} else {
  await serveJsonRpc();
}
