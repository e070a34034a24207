import { randomBytes, randomUUID } from "node:crypto";

import type { BrowserContext } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "../src/generated/prisma/client";
import type { Supervisor } from "../scripts/stack/services";

export type BenchContext = {
  /** The app's environment (DATABASE_URL, LIVEKIT_*…), also copied into process.env. */
  env: NodeJS.ProcessEnv;
  baseURL: string;
  supervisor: Supervisor;
  logDir: string;
  /** The command line after the benchmark's name (e.g. `--steps 100,250`), minus --skip-build. */
  args: string[];
};

export type Benchmark = (context: BenchContext) => Promise<void>;

export function database() {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
}

export type BenchMember = { id: string; name: string };

export async function createMember(db: PrismaClient, name: string): Promise<BenchMember> {
  const email = `bench-${randomUUID()}@raise-hand.test`;
  const user = await db.user.create({ data: { email, name, emailVerified: new Date(), onboardedAt: new Date() } });
  return { id: user.id, name };
}

/** Logs a member in by creating an Auth.js database session and setting its cookie. */
export async function signIn(db: PrismaClient, context: BrowserContext, baseURL: string, member: BenchMember) {
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId: member.id, expires: new Date(Date.now() + 86_400_000) } });
  await context.addCookies([{ name: "authjs.session-token", value: sessionToken, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

/** The q-quantile (0..1) of the values, nearest-rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function summary(label: string, values: number[], unit = "ms"): string {
  const fmt = (value: number) => `${Math.round(value)} ${unit}`;
  return `${label.padEnd(44)} n=${values.length}  p50 ${fmt(quantile(values, 0.5))}  p95 ${fmt(quantile(values, 0.95))}  min ${fmt(Math.min(...values))}  max ${fmt(Math.max(...values))}`;
}

/** Runs `step` at most `count` times and for at most `budgetMs`, whichever ends first. */
export async function repeat(count: number, budgetMs: number, step: (index: number) => Promise<void>) {
  const deadline = Date.now() + budgetMs;
  for (let index = 0; index < count && Date.now() < deadline; index += 1) await step(index);
}
