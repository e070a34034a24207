import { randomBytes, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "../../src/generated/prisma/client";
import type { MemberRole, RoomVisibility, StageRole } from "../../src/generated/prisma/enums";
import type { SunkMail } from "../../scripts/stack/mail-sink";
import { measurePlayedAudio, type ToneMeasurement } from "../fixtures/audio";
import { liveKitClientScript } from "../fixtures/chromium";

export { measurePlayedAudio, waitForSound, type ToneMeasurement } from "../fixtures/audio";

export type TestMember = { id: string; email: string; name: string };

type Fixtures = {
  /** Creates a member (profile completed) with a unique address. */
  createMember: (options?: { name?: string; role?: MemberRole }) => Promise<TestMember>;
  /** Logs a member in by creating an Auth.js database session and setting its cookie. */
  signInAs: (context: BrowserContext, member: TestMember) => Promise<void>;
  /** A live room with the given host on stage and other members in the given stage roles. */
  createLiveRoom: (
    host: TestMember,
    others?: [TestMember, StageRole][],
    options?: { visibility?: RoomVisibility; invitees?: TestMember[] },
  ) => Promise<{ id: string; title: string }>;
  /**
   * Opens a room's page as a member, in a browser context of their own (closed after the test),
   * once the page is connected to LiveKit. `prepare` runs on the context before the page opens.
   */
  enterRoomAs: (
    member: TestMember,
    roomId: string,
    prepare?: (context: BrowserContext) => Promise<unknown>,
  ) => Promise<{ page: Page; context: BrowserContext }>;
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
    await use(async (host, others = [], { visibility = "OPEN", invitees = [] } = {}) => {
      const room = await db.room.create({
        data: {
          title: `Test room ${randomUUID().slice(0, 8)}`,
          visibility,
          createdById: host.id,
          invites: { create: invitees.map((member) => ({ userId: member.id })) },
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
  enterRoomAs: async ({ browser, signInAs }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (member, roomId, prepare) => {
      const context = await browser.newContext();
      contexts.push(context);
      await signInAs(context, member);
      await prepare?.(context);
      const page = await context.newPage();
      await page.goto(`/rooms/${roomId}`);
      await expect(page.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
      return { page, context };
    });
    for (const context of contexts) await context.close();
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

export type PublishAttempt = {
  stageRole: string;
  serverUrl: string;
  /** What the connected client says it may do. */
  canPublish: boolean | null;
  /** The error publishing the microphone ended in, or null if it was allowed. */
  error: string | null;
  published: number;
  /** The error of trying to make itself host through its own attributes, or null if it was allowed. */
  promoteError: string | null;
  /** The page holding the bare client; close it to disconnect. */
  page: Page;
};

/**
 * Connects a bare livekit-client (no app UI in the way) with the member's own token from the app's
 * token route, tries to publish the fake microphone, then tries to make itself host by setting its
 * own stageRole attribute. LiveKit allows one connection per identity:
 * it disconnects another connection of the same member.
 */
export async function tryToPublish(context: BrowserContext, roomId: string): Promise<PublishAttempt> {
  const tokenResponse = await context.request.post(`/api/rooms/${roomId}/token`);
  expect(tokenResponse.status()).toBe(200);
  const { token, serverUrl, stageRole } = (await tokenResponse.json()) as { token: string; serverUrl: string; stageRole: string };
  const page = await context.newPage();
  await page.goto("/");
  await page.addScriptTag({ path: liveKitClientScript });
  const attempt = await page.evaluate(
    async ({ url, jwt }) => {
      const { Room } = (window as unknown as { LivekitClient: typeof import("livekit-client") }).LivekitClient;
      const room = new Room();
      await room.connect(url, jwt);
      const canPublish = room.localParticipant.permissions?.canPublish ?? null;
      let error: string | null = null;
      try {
        await room.localParticipant.setMicrophoneEnabled(true);
      } catch (failure) {
        error = String(failure);
      }
      let promoteError: string | null = null;
      try {
        const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("no answer within 5 s")), 5_000));
        await Promise.race([room.localParticipant.setAttributes({ stageRole: "HOST" }), timeout]);
      } catch (failure) {
        promoteError = String(failure);
      }
      return { canPublish, published: room.localParticipant.audioTrackPublications.size, error, promoteError };
    },
    { url: serverUrl, jwt: token },
  );
  return { stageRole, serverUrl, ...attempt, page };
}

/** Listens on the page for up to a few tries until the tone is heard (audio takes a moment to start). */
export async function measureTone(page: Page): Promise<ToneMeasurement> {
  await expect.poll(() => page.locator("audio").count()).toBeGreaterThan(0);
  let heard = await measurePlayedAudio(page);
  for (let attempt = 0; attempt < 5 && heard.rms < 0.05; attempt += 1) heard = await measurePlayedAudio(page);
  return heard;
}
