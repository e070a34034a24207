#!/usr/bin/env node
// `node scripts/prisma/cli.mjs <prisma args>`: the Prisma CLI, with the schema engine served by
// ./schema-engine.mjs (Prisma's WebAssembly engine) instead of the native binary that Prisma would
// download on every command. Set PRISMA_NATIVE_ENGINE=1 to run plain Prisma (needs internet).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { constants } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const prismaPackage = require.resolve("prisma/package.json");
// What node_modules/.bin/prisma links to, run with this Node.
const prismaBin = join(dirname(prismaPackage), require(prismaPackage).bin.prisma);

const env = { ...process.env };
if (env.PRISMA_NATIVE_ENGINE !== "1") {
  Object.assign(env, {
    PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(new URL("./schema-engine.mjs", import.meta.url)),
    CHECKPOINT_DISABLE: "1", // no update check or telemetry
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  });
}

const child = spawn(process.execPath, [prismaBin, ...process.argv.slice(2)], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(signal ? 128 + constants.signals[signal] : (code ?? 1)));
