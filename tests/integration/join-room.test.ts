import { randomUUID } from "node:crypto";

import { TokenVerifier } from "livekit-server-sdk";
import { afterAll, describe, expect, it } from "vitest";

import type { StageRole } from "@/generated/prisma/enums";
import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { liveKitRooms } from "@/server/livekit";
import { joinRoom } from "@/server/rooms/join-room";

const verifier = new TokenVerifier(process.env.LIVEKIT_API_KEY!, process.env.LIVEKIT_API_SECRET!);
const createdUsers: string[] = [];

async function member(name: string): Promise<Member> {
  const user = await db.user.create({ data: { email: `${randomUUID()}@raise-hand.test`, name } });
  createdUsers.push(user.id);
  return { id: user.id, email: user.email, name: user.name, role: "MEMBER" };
}

async function roomHostedBy(host: Member, extra: [Member, StageRole][] = []) {
  return db.room.create({
    data: {
      title: "Integration room",
      createdById: host.id,
      members: {
        create: [{ userId: host.id, stageRole: "HOST" }, ...extra.map(([m, stageRole]) => ({ userId: m.id, stageRole }))],
      },
    },
  });
}

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: createdUsers } } });
  await db.$disconnect();
});

describe("joinRoom", () => {
  it("puts a newcomer in the audience with a subscribe-only token for that room and identity", async () => {
    const host = await member("Host");
    const newcomer = await member("Newcomer");
    const room = await roomHostedBy(host);

    const joined = await joinRoom(newcomer, room.id);

    expect(joined.stageRole).toBe("LISTENER");
    expect(joined.serverUrl).toBe(process.env.LIVEKIT_URL);
    const place = await db.roomMember.findUnique({ where: { roomId_userId: { roomId: room.id, userId: newcomer.id } } });
    expect(place?.stageRole).toBe("LISTENER");

    const claims = await verifier.verify(joined.token);
    expect(claims.sub).toBe(newcomer.id);
    expect(claims.name).toBe("Newcomer");
    expect(claims.attributes).toEqual({ stageRole: "LISTENER" });
    expect(claims.video).toEqual({
      room: room.id,
      roomJoin: true,
      canSubscribe: true,
      canPublish: false,
      canPublishData: false,
      canPublishSources: [],
      canUpdateOwnMetadata: false,
    });
    expect(claims.exp! - claims.nbf!).toBeLessThanOrEqual(5 * 60);
  });

  it.each(["HOST", "SPEAKER", "MODERATOR"] as const)("gives a %s a token that publishes the microphone only", async (role) => {
    const host = await member("Host");
    const other = await member("Other");
    const room = await roomHostedBy(host, [[other, "SPEAKER"]]);
    if (role === "MODERATOR") await db.roomMember.update({ where: { roomId_userId: { roomId: room.id, userId: other.id } }, data: { stageRole: role } });
    const who = role === "HOST" ? host : other;

    const claims = await verifier.verify((await joinRoom(who, room.id)).token);
    expect(claims.video?.canPublish).toBe(true);
    expect(claims.video?.canPublishSources).toEqual(["microphone"]);
    expect(claims.video?.canPublishData).toBe(false);
    expect(claims.video?.canUpdateOwnMetadata).toBe(false);
  });

  it("refuses an unknown room (404) and an ended one (410) and records no place", async () => {
    const host = await member("Host");
    const visitor = await member("Visitor");
    await expect(joinRoom(visitor, "clabcdefghijklmnopqrstuv")).rejects.toMatchObject({ status: 404 });
    const room = await roomHostedBy(host);
    await db.room.update({ where: { id: room.id }, data: { status: "ENDED", endedAt: new Date() } });
    await expect(joinRoom(visitor, room.id)).rejects.toMatchObject({ status: 410, message: "This room has ended." });
    expect(await db.roomMember.count({ where: { userId: visitor.id } })).toBe(0);
  });
});

describe("LiveKit room service", () => {
  it("reaches the real LiveKit server with admin credentials", async () => {
    const name = `integration-${randomUUID()}`;
    await liveKitRooms().createRoom({ name, emptyTimeout: 10 });
    const rooms = await liveKitRooms().listRooms([name]);
    expect(rooms.map((r) => r.name)).toEqual([name]);
    await liveKitRooms().deleteRoom(name);
  });
});
