import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";

import { AccessToken } from "livekit-server-sdk";

import type { SunkMail } from "../../scripts/stack/mail-sink";

import type { RoomVisibility, StageRole } from "@/generated/prisma/enums";
import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";

/** Members made by a test file; `cleanUp` deletes them (their rooms go with them). */
const createdUsers: string[] = [];

export async function createMember(name = "Member"): Promise<Member> {
  const user = await db.user.create({ data: { email: `${randomUUID()}@raise-hand.test`, name } });
  createdUsers.push(user.id);
  return { id: user.id, email: user.email, name: user.name, role: "MEMBER" };
}

export async function cleanUp() {
  await db.user.deleteMany({ where: { id: { in: createdUsers } } });
  await db.$disconnect();
}

/** A live room written straight to Postgres (no LiveKit room), host on stage, others in the roles given. */
export function createRoomRow(
  host: Member,
  options: { visibility?: RoomVisibility; others?: [Member, StageRole][]; title?: string } = {},
) {
  return db.room.create({
    data: {
      title: options.title ?? `Room ${randomUUID().slice(0, 8)}`,
      visibility: options.visibility ?? "OPEN",
      createdById: host.id,
      members: {
        create: [
          { userId: host.id, stageRole: "HOST" },
          ...(options.others ?? []).map(([member, stageRole]) => ({ userId: member.id, stageRole })),
        ],
      },
    },
  });
}

/** Signs a webhook body the way LiveKit does (a JWT whose sha256 claim is the body's hash). */
export function signWebhook(body: string, secret = process.env.LIVEKIT_API_SECRET!): Promise<string> {
  const token = new AccessToken(process.env.LIVEKIT_API_KEY!, secret);
  token.sha256 = createHash("sha256").update(body).digest("base64");
  return token.toJwt();
}

let clock = Math.floor(Date.now() / 1000);

/** A participant event as LiveKit would send it; `session` is the connection's join time in ms. */
export function participantEvent(
  event: "participant_joined" | "participant_left",
  roomId: string,
  userId: string,
  session: number,
) {
  clock += 1;
  return JSON.stringify({
    event,
    id: `EV_${randomUUID()}`,
    createdAt: String(clock),
    room: { name: roomId },
    participant: { identity: userId, joinedAt: String(Math.floor(session / 1000)), joinedAtMs: String(session) },
  });
}

export function roomFinishedEvent(roomId: string, at = Math.floor(Date.now() / 1000)) {
  return JSON.stringify({ event: "room_finished", id: `EV_${randomUUID()}`, createdAt: String(at), room: { name: roomId } });
}

/**
 * Receives LiveKit's real webhook deliveries during a test: LiveKit posts to the app's address
 * (APP_URL), where no app runs during the integration stage, so the test listens there itself.
 */
export async function captureLiveKitWebhooks() {
  const deliveries: { body: string; authorization: string | undefined }[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      deliveries.push({ body, authorization: request.headers.authorization });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  const port = Number(new URL(process.env.APP_URL!).port);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    /** Waits for the delivery of `event` for room `roomName`. */
    async next(event: string, roomName: string, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = deliveries.find((d) => {
          const parsed = JSON.parse(d.body) as { event?: string; room?: { name?: string } };
          return parsed.event === event && parsed.room?.name === roomName;
        });
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`LiveKit sent no ${event} for ${roomName} within ${timeoutMs} ms`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first mail the test run's SMTP sink caught for an address (waits up to 5 s for it). */
export async function mailTo(address: string): Promise<SunkMail> {
  const dir = process.env.MAIL_SINK_DIR!;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    for (const file of await readdir(dir).catch(() => [] as string[])) {
      const mail = JSON.parse(await readFile(path.join(dir, file), "utf8")) as SunkMail;
      if (mail.to.includes(address)) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${address}`);
}
