import { TokenVerifier } from "livekit-server-sdk";
import { afterAll, describe, expect, it } from "vitest";

import type { StageRole } from "@/generated/prisma/enums";
import { avatarUrlOf } from "@/lib/members/participant-metadata";
import { db } from "@/server/db";
import { joinRoom } from "@/server/rooms/join-room";

import { cleanUp, createMember, createRoomRow } from "./helpers";

const verifier = new TokenVerifier(process.env.LIVEKIT_API_KEY!, process.env.LIVEKIT_API_SECRET!);

afterAll(cleanUp);

const listenerGrant = (room: string) => ({
  room,
  roomJoin: true,
  canSubscribe: true,
  canPublish: false,
  canPublishData: false,
  canPublishSources: [],
  canUpdateOwnMetadata: false,
});

const stageGrant = (room: string) => ({
  room,
  roomJoin: true,
  canSubscribe: true,
  canPublish: true,
  canPublishData: false,
  canPublishSources: ["microphone"],
  canUpdateOwnMetadata: false,
});

describe("joinRoom", () => {
  it("puts the member's picture in the token's metadata, where the room's people lists read it", async () => {
    const host = await createMember("Host");
    const pictured = await createMember("Pictured");
    await db.user.update({ where: { id: pictured.id }, data: { avatarKey: `avatars/${pictured.id}-0123456789abcdef.webp` } });
    const room = await createRoomRow(host);
    const claims = await verifier.verify((await joinRoom(pictured, room.id)).token);
    expect(claims.metadata).toBe(JSON.stringify({ avatarUrl: `/api/avatars/${pictured.id}-0123456789abcdef.webp` }));
    expect(avatarUrlOf(claims.metadata)).toBe(`/api/avatars/${pictured.id}-0123456789abcdef.webp`);
    expect(avatarUrlOf(JSON.stringify({ avatarUrl: "https://evil.example/x.webp" }))).toBeNull();
    expect(avatarUrlOf("not json")).toBeNull();
  });

  it("lets the same newcomer ask for tokens many times at once: each gets one, as a listener", async () => {
    const host = await createMember("Host");
    const newcomer = await createMember("Newcomer");
    const room = await createRoomRow(host);

    const joins = await Promise.all(Array.from({ length: 8 }, () => joinRoom(newcomer, room.id)));
    expect(joins.map((joined) => joined.stageRole)).toEqual(Array(8).fill("LISTENER"));
    expect(await db.roomMember.count({ where: { roomId: room.id, userId: newcomer.id } })).toBe(1);
  });

  it("puts a newcomer in the audience with a subscribe-only token for that room and identity", async () => {
    const host = await createMember("Host");
    const newcomer = await createMember("Newcomer");
    const room = await createRoomRow(host);

    const joined = await joinRoom(newcomer, room.id);

    expect(joined.stageRole).toBe("LISTENER");
    expect(joined.serverUrl).toBe(process.env.LIVEKIT_URL);
    const place = await db.roomMember.findUnique({ where: { roomId_userId: { roomId: room.id, userId: newcomer.id } } });
    expect(place?.stageRole).toBe("LISTENER");

    const claims = await verifier.verify(joined.token);
    expect(claims.sub).toBe(newcomer.id);
    expect(claims.name).toBe("Newcomer");
    expect(claims.attributes).toEqual({ stageRole: "LISTENER" });
    expect(claims.video).toEqual(listenerGrant(room.id));
    expect(claims.metadata).toBe(JSON.stringify({ avatarUrl: null }));
    expect(claims.exp! - claims.nbf!).toBeLessThanOrEqual(5 * 60);
  });

  it.each(["HOST", "MODERATOR", "SPEAKER", "LISTENER"] as const)(
    "gives a %s exactly the grants of that role, and the role as a server-set attribute",
    async (role) => {
      const host = await createMember("Host");
      const other = await createMember("Other");
      const room = await createRoomRow(host, { others: role === "HOST" ? [] : [[other, role as StageRole]] });
      const who = role === "HOST" ? host : other;

      const joined = await joinRoom(who, room.id);
      const claims = await verifier.verify(joined.token);
      expect(joined.stageRole).toBe(role);
      expect(claims.sub).toBe(who.id);
      expect(claims.attributes).toEqual({ stageRole: role });
      expect(claims.video).toEqual(role === "LISTENER" ? listenerGrant(room.id) : stageGrant(room.id));
      // Nothing beyond the room: no admin, recording or other rooms (metadata: the picture, above).
      expect(
        Object.keys(claims).filter((key) => !["sub", "name", "metadata", "attributes", "video", "exp", "nbf", "iss", "jti"].includes(key)),
      ).toEqual([]);
    },
  );

  it("refuses an unknown room (404) and an ended one (410) and records no place", async () => {
    const host = await createMember("Host");
    const visitor = await createMember("Visitor");
    await expect(joinRoom(visitor, "clabcdefghijklmnopqrstuv")).rejects.toMatchObject({ status: 404 });
    const room = await createRoomRow(host);
    await db.room.update({ where: { id: room.id }, data: { status: "ENDED", endedAt: new Date() } });
    await expect(joinRoom(visitor, room.id)).rejects.toMatchObject({ status: 410, message: "This room has ended." });
    expect(await db.roomMember.count({ where: { userId: visitor.id } })).toBe(0);
  });
});

describe("who may join", () => {
  it("lets a follower of the host into a followers room, and refuses anyone else with 403", async () => {
    const host = await createMember("Host");
    const follower = await createMember("Follower");
    const stranger = await createMember("Stranger");
    await db.follow.create({ data: { followerId: follower.id, followingId: host.id } });
    // Following someone else, or being followed by the host, is not enough.
    await db.follow.create({ data: { followerId: stranger.id, followingId: follower.id } });
    await db.follow.create({ data: { followerId: host.id, followingId: stranger.id } });
    const room = await createRoomRow(host, { visibility: "FOLLOWERS" });

    await expect(joinRoom(follower, room.id)).resolves.toMatchObject({ stageRole: "LISTENER" });
    await expect(joinRoom(stranger, room.id)).rejects.toMatchObject({ status: 403, message: "This room is not open to you." });
    await expect(joinRoom(host, room.id)).resolves.toMatchObject({ stageRole: "HOST" });
    expect(await db.roomMember.count({ where: { roomId: room.id, userId: stranger.id } })).toBe(0);
  });

  it("lets invited members into a closed room, and refuses everyone else with 403", async () => {
    const host = await createMember("Host");
    const invited = await createMember("Invited");
    const follower = await createMember("Follower");
    await db.follow.create({ data: { followerId: follower.id, followingId: host.id } });
    const room = await createRoomRow(host, { visibility: "CLOSED" });
    await db.roomInvite.create({ data: { roomId: room.id, userId: invited.id } });

    await expect(joinRoom(invited, room.id)).resolves.toMatchObject({ stageRole: "LISTENER" });
    await expect(joinRoom(follower, room.id)).rejects.toMatchObject({ status: 403 });
    await expect(joinRoom(host, room.id)).resolves.toMatchObject({ stageRole: "HOST" });
  });

  it("refuses a banned member with 403, even from an open room, and before telling them it ended", async () => {
    const host = await createMember("Host");
    const banned = await createMember("Banned");
    const room = await createRoomRow(host);
    await db.roomBan.create({ data: { roomId: room.id, userId: banned.id, bannedById: host.id } });
    await expect(joinRoom(banned, room.id)).rejects.toMatchObject({ status: 403 });
    await db.room.update({ where: { id: room.id }, data: { status: "ENDED" } });
    await expect(joinRoom(banned, room.id)).rejects.toMatchObject({ status: 403 });
  });
});
