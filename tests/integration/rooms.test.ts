import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/server/db";
import { liveKitRooms, openLiveKitRoom } from "@/server/livekit";
import { createRoom } from "@/server/rooms/create-room";
import { endEmptyRooms } from "@/server/rooms/end-empty-rooms";
import { endRoom } from "@/server/rooms/end-room";
import { joinRoom } from "@/server/rooms/join-room";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";

import { cleanUp, createMember, createRoomRow } from "./helpers";

afterAll(cleanUp);

const GRACE_SECONDS = 120; // ROOM_EMPTY_GRACE_SECONDS' default; the test environment does not set it

const listedIds = async (memberId: string) => (await listLiveRooms(memberId, 500)).map((room) => room.id);

describe("createRoom", () => {
  it("opens a live room with its creator as host, empty until they connect, and a LiveKit room that closes itself", async () => {
    const host = await createMember("Hana Host");
    const before = Date.now();
    const { id } = await createRoom(host, {
      title: "Pricing in public",
      topic: "startups",
      description: "How we changed our pricing.",
      visibility: "OPEN",
    });

    const room = await db.room.findUniqueOrThrow({ where: { id }, include: { members: true } });
    expect(room).toMatchObject({ title: "Pricing in public", topicSlug: "startups", visibility: "OPEN", status: "LIVE", createdById: host.id });
    expect(room.members).toEqual([expect.objectContaining({ userId: host.id, stageRole: "HOST", connected: false })]);
    expect(room.emptySince!.getTime()).toBeGreaterThanOrEqual(before - 1);

    const [liveKitRoom] = await liveKitRooms().listRooms([id]);
    expect(liveKitRoom).toMatchObject({ name: id, emptyTimeout: GRACE_SECONDS, departureTimeout: GRACE_SECONDS });
    await liveKitRooms().deleteRoom(id);
  });

  it("invites the given members to a closed room, and ignores invitees for other rooms", async () => {
    const host = await createMember("Host");
    const ada = await createMember("Ada");
    const grace = await createMember("Grace");
    const closed = await createRoom(host, {
      title: "Board prep",
      visibility: "CLOSED",
      invitees: [ada.email!.toUpperCase(), grace.email!, host.email!],
    });
    const invites = await db.roomInvite.findMany({ where: { roomId: closed.id }, select: { userId: true } });
    expect(invites.map((i) => i.userId).sort()).toEqual([ada.id, grace.id].sort());

    const open = await createRoom(host, { title: "Open chat", visibility: "OPEN", invitees: [ada.email!] });
    expect(await db.roomInvite.count({ where: { roomId: open.id } })).toBe(0);
  });

  it("refuses invitees who are not members (422) and creates nothing", async () => {
    const host = await createMember("Host");
    const ada = await createMember("Ada");
    await expect(
      createRoom(host, { title: "Board prep", visibility: "CLOSED", invitees: [ada.email!, "nobody@raise-hand.test"] }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining("nobody@raise-hand.test") });
    expect(await db.room.count({ where: { createdById: host.id } })).toBe(0);
  });
});

describe("listLiveRooms (the hallway)", () => {
  it("lists only the live rooms a member may see", async () => {
    const host = await createMember("Host");
    const follower = await createMember("Follower");
    const invited = await createMember("Invited");
    const stranger = await createMember("Stranger");
    await db.follow.create({ data: { followerId: follower.id, followingId: host.id } });
    const open = await createRoomRow(host, { visibility: "OPEN" });
    const followers = await createRoomRow(host, { visibility: "FOLLOWERS" });
    const closed = await createRoomRow(host, { visibility: "CLOSED" });
    await db.roomInvite.create({ data: { roomId: closed.id, userId: invited.id } });
    const banned = await createRoomRow(host, { visibility: "OPEN" });
    await db.roomBan.create({ data: { roomId: banned.id, userId: stranger.id } });
    const ended = await createRoomRow(host, { visibility: "OPEN" });
    await db.room.update({ where: { id: ended.id }, data: { status: "ENDED", endedAt: new Date() } });

    const mine = [open, followers, closed, banned, ended].map((room) => room.id);
    const seenBy = async (memberId: string) => (await listedIds(memberId)).filter((id) => mine.includes(id)).sort();
    expect(await seenBy(host.id)).toEqual([open.id, followers.id, closed.id, banned.id].sort());
    expect(await seenBy(follower.id)).toEqual([open.id, followers.id, banned.id].sort());
    expect(await seenBy(invited.id)).toEqual([open.id, closed.id, banned.id].sort());
    expect(await seenBy(stranger.id)).toEqual([open.id]);
  });

  it("lists the room with the newest activity first, with its host, topic and first speakers", async () => {
    const host = await createMember("Hana Host");
    const older = await createRoomRow(host, { title: "Older" });
    const newer = await createRoomRow(host, { title: "Newer" });
    const now = Date.now();
    await db.room.update({ where: { id: older.id }, data: { lastActivityAt: new Date(now + 60_000), topicSlug: "product" } });
    await db.room.update({ where: { id: newer.id }, data: { lastActivityAt: new Date(now + 120_000) } });

    const rooms = (await listLiveRooms(host.id, 500)).filter((room) => [older.id, newer.id].includes(room.id));
    expect(rooms.map((room) => room.title)).toEqual(["Newer", "Older"]);
    expect(rooms[1]).toEqual({
      id: older.id,
      title: "Older",
      topic: { slug: "product", name: "Product" },
      visibility: "OPEN",
      hostName: "Hana Host",
      speakers: [],
      speakerCount: 0,
      listenerCount: 0,
    });
  });

  it("shows at most three connected speakers, host first", async () => {
    const host = await createMember("Zed Host");
    const speakers = await Promise.all(["Amy", "Bob", "Cat"].map((name) => createMember(name)));
    const listener = await createMember("Lou");
    const room = await createRoomRow(host, {
      others: [[speakers[0]!, "SPEAKER"], [speakers[1]!, "MODERATOR"], [speakers[2]!, "SPEAKER"], [listener, "LISTENER"]],
    });
    await db.roomMember.updateMany({ where: { roomId: room.id }, data: { connected: true, joinedAt: new Date() } });
    const listed = (await listLiveRooms(host.id, 500)).find((r) => r.id === room.id)!;
    expect(listed.speakers.map((s) => s.name)).toEqual(["Zed Host", "Bob", expect.stringMatching(/^(Amy|Cat)$/)]);
    expect(listed).toMatchObject({ speakerCount: 4, listenerCount: 1 });
  });

  it("does not list rooms that have been empty for longer than the grace period, and has them ended", async () => {
    const host = await createMember("Host");
    const stale = await createRoomRow(host);
    const quiet = await createRoomRow(host);
    await db.room.update({ where: { id: stale.id }, data: { emptySince: new Date(Date.now() - (GRACE_SECONDS + 1) * 1000) } });
    // Empty, but well within the grace period for as long as this test polls.
    await db.room.update({ where: { id: quiet.id }, data: { emptySince: new Date(Date.now() - (GRACE_SECONDS - 60) * 1000) } });
    const ids = await listedIds(host.id);
    expect(ids).not.toContain(stale.id);
    expect(ids).toContain(quiet.id);
    // Reads trigger the sweep in the background, at most every few seconds per process.
    const statusAfterARead = async () => {
      await listedIds(host.id);
      return (await db.room.findUniqueOrThrow({ where: { id: stale.id } })).status;
    };
    await expect.poll(statusAfterARead, { timeout: 15_000, interval: 1_000 }).toBe("ENDED");
    expect(await db.room.findUniqueOrThrow({ where: { id: quiet.id } })).toMatchObject({ status: "LIVE" });
  });
});

describe("endEmptyRooms", () => {
  it("ends a room empty for longer than the grace period, closes its LiveKit room, and keeps the others", async () => {
    const host = await createMember("Host");
    const now = new Date();
    const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
    const expired = await createRoomRow(host);
    const recent = await createRoomRow(host);
    const occupied = await createRoomRow(host);
    await db.room.update({ where: { id: expired.id }, data: { emptySince: ago(GRACE_SECONDS + 1) } });
    await db.room.update({ where: { id: recent.id }, data: { emptySince: ago(GRACE_SECONDS - 5) } });
    await openLiveKitRoom(expired.id);

    const ended = await endEmptyRooms({ now });

    expect(ended).toContain(expired.id);
    expect(ended).not.toContain(recent.id);
    expect(ended).not.toContain(occupied.id);
    expect(await db.room.findUniqueOrThrow({ where: { id: expired.id } })).toMatchObject({ status: "ENDED", endedAt: now });
    expect(await db.room.findUniqueOrThrow({ where: { id: recent.id } })).toMatchObject({ status: "LIVE", endedAt: null });
    expect(await liveKitRooms().listRooms([expired.id])).toEqual([]);

    // Later, the recent one has waited long enough too.
    expect(await endEmptyRooms({ now: new Date(now.getTime() + 10_000), roomId: recent.id })).toEqual([recent.id]);
  });
});

describe("endRoom", () => {
  it("lets a moderator end the room, in the room's moderation log", async () => {
    const host = await createMember("Host");
    const moderator = await createMember("Moderator");
    const { id } = await createRoom(host, { title: "Moderated", visibility: "OPEN" });
    await db.roomMember.create({ data: { roomId: id, userId: moderator.id, stageRole: "MODERATOR" } });

    await endRoom(moderator, id);
    expect(await db.room.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ENDED" });
    expect(await liveKitRooms().listRooms([id])).toEqual([]);
    expect(await db.auditLog.findMany({ where: { scope: id }, select: { actorId: true, action: true } })).toEqual([
      { actorId: moderator.id, action: "end_room" },
    ]);
  });

  it("lets only the host or a moderator end the room; it is then ENDED, LiveKit's room is gone and nobody can join", async () => {
    const host = await createMember("Host");
    const listener = await createMember("Listener");
    const moderator = await createMember("Moderator");
    const speaker = await createMember("Speaker");
    const { id } = await createRoom(host, { title: "Wrap-up", visibility: "OPEN" });
    await joinRoom(listener, id);
    await db.roomMember.create({ data: { roomId: id, userId: moderator.id, stageRole: "MODERATOR" } });
    await db.roomMember.create({ data: { roomId: id, userId: speaker.id, stageRole: "SPEAKER" } });

    const refusal = { status: 403, message: "Only the host or a moderator can end this room." };
    await expect(endRoom(listener, id)).rejects.toMatchObject(refusal);
    await expect(endRoom(speaker, id)).rejects.toMatchObject(refusal);
    await expect(endRoom(host, "clabcdefghijklmnopqrstuv")).rejects.toMatchObject({ status: 404 });
    expect(await liveKitRooms().listRooms([id])).toHaveLength(1);

    await endRoom(host, id);
    expect(await db.room.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ENDED", endedAt: expect.any(Date) });
    expect(await liveKitRooms().listRooms([id])).toEqual([]);
    await expect(joinRoom(listener, id)).rejects.toMatchObject({ status: 410 });
    expect(await listedIds(listener.id)).not.toContain(id);

    // Ending again is harmless (a retry after a failure).
    await expect(endRoom(host, id)).resolves.toBeUndefined();
  });
});
