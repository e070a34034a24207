import { randomBytes, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "../../src/generated/prisma/client";
import type { MemberRole, StageRole } from "../../src/generated/prisma/enums";
import type { SunkMail } from "../../scripts/stack/mail-sink";

export type TestMember = { id: string; email: string; name: string };

type Fixtures = {
  /** Creates a member (profile completed) with a unique address. */
  createMember: (options?: { name?: string; role?: MemberRole }) => Promise<TestMember>;
  /** Logs a member in by creating an Auth.js database session and setting its cookie. */
  signInAs: (context: BrowserContext, member: TestMember) => Promise<void>;
  /** A live room with the given host on stage and other members in the given stage roles. */
  createLiveRoom: (host: TestMember, others?: [TestMember, StageRole][]) => Promise<{ id: string; title: string }>;
};

export const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: requireEnv("DATABASE_URL") }) });

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests with \`npm run check -- --only e2e\``);
  return value;
}

export const test = base.extend<Fixtures>({
  createMember: async ({}, use) => {
    await use(async ({ name = "Test Member", role = "MEMBER" } = {}) => {
      const email = `member-${randomUUID()}@raise-hand.test`;
      const user = await db.user.create({ data: { email, name, role, emailVerified: new Date(), onboardedAt: new Date() } });
      return { id: user.id, email, name };
    });
  },
  signInAs: async ({ baseURL }, use) => {
    await use(async (context, member) => {
      const sessionToken = randomBytes(32).toString("hex");
      await db.session.create({
        data: { sessionToken, userId: member.id, expires: new Date(Date.now() + 24 * 60 * 60 * 1000) },
      });
      await context.addCookies([
        { name: "authjs.session-token", value: sessionToken, url: baseURL!, httpOnly: true, sameSite: "Lax" },
      ]);
    });
  },
  createLiveRoom: async ({}, use) => {
    await use(async (host, others = []) => {
      const room = await db.room.create({
        data: {
          title: `Test room ${randomUUID().slice(0, 8)}`,
          createdById: host.id,
          members: {
            create: [
              { userId: host.id, stageRole: "HOST" },
              ...others.map(([member, stageRole]) => ({ userId: member.id, stageRole })),
            ],
          },
        },
      });
      return { id: room.id, title: room.title };
    });
  },
});

export { expect };

/** Waits for a message to `to` in the local mail sink and returns it. */
export async function waitForMail(to: string, timeoutMs = 15_000): Promise<SunkMail> {
  const dir = requireEnv("MAIL_SINK_DIR");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = await readdir(dir).catch(() => [] as string[]);
    for (const file of files.sort().reverse()) {
      const mail = JSON.parse(await readFile(path.join(dir, file), "utf8")) as SunkMail;
      if (mail.to.includes(to)) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no mail to ${to} arrived within ${timeoutMs} ms`);
}

export type ToneMeasurement = { rms: number; peakHz: number; elements: number };

/**
 * Listens to what the page plays: every <audio> element's stream through an AnalyserNode for
 * `durationMs`, returning the loudest RMS seen and the dominant frequency at that moment.
 */
export async function measurePlayedAudio(page: Page, durationMs = 1_500): Promise<ToneMeasurement> {
  return page.evaluate(async (duration) => {
    const elements = [...document.querySelectorAll("audio")].filter(
      (element): element is HTMLAudioElement & { srcObject: MediaStream } => element.srcObject instanceof MediaStream,
    );
    if (elements.length === 0) return { rms: 0, peakHz: 0, elements: 0 };
    const context = new AudioContext();
    await context.resume();
    const analyser = context.createAnalyser();
    analyser.fftSize = 8192;
    for (const element of elements) context.createMediaStreamSource(element.srcObject).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const spectrum = new Float32Array(analyser.frequencyBinCount);
    let best = { rms: 0, peakHz: 0 };
    const end = performance.now() + duration;
    while (performance.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      analyser.getFloatTimeDomainData(samples);
      const rms = Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);
      if (rms > best.rms) {
        analyser.getFloatFrequencyData(spectrum);
        let peak = 0;
        for (let i = 1; i < spectrum.length; i += 1) if (spectrum[i]! > spectrum[peak]!) peak = i;
        best = { rms, peakHz: (peak * context.sampleRate) / analyser.fftSize };
      }
    }
    await context.close();
    return { ...best, elements: elements.length };
  }, durationMs);
}
