import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/server/db";
import { followMember, unfollowMember } from "@/server/follows/follow-member";
import { isFollowing, listFollows } from "@/server/follows/list-follows";
import { liveKitRooms } from "@/server/livekit";
import {
  countUnreadNotifications,
  listNotifications,
  markNotificationsRead,
} from "@/server/notifications/list-notifications";
import { createRoom } from "@/server/rooms/create-room";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";
import { requireRoomAccess } from "@/server/rooms/room-access";

import { cleanUp, createMember, createRoomRow } from "./helpers";

afterAll(cleanUp);

describe("following", () => {
  it("follows and unfollows, idempotently, and lists followers and following", async () => {
    const ada = await createMember("Ada");
    const bea = await createMember("Bea");
    const cy = await createMember("Cy");

    await followMember(ada.id, bea.id);
    await followMember(ada.id, bea.id);
    await followMember(cy.id, bea.id);
    await followMember(bea.id, ada.id);

    const beas = await listFollows(bea.id);
    expect(beas.followerCount).toBe(2);
    expect(beas.followers.map((member) => member.name).sort()).toEqual(["Ada", "Cy"]);
    expect(beas.following.map((member) => member.name)).toEqual(["Ada"]);
    expect(await isFollowing(ada.id, bea.id)).toBe(true);

    await unfollowMember(ada.id, bea.id);
    await unfollowMember(ada.id, bea.id);
    expect(await isFollowing(ada.id, bea.id)).toBe(false);
    expect((await listFollows(bea.id)).followerCount).toBe(1);
  });

  it("refuses following yourself (422), an unknown member (404) and a suspended one (404)", async () => {
    const ada = await createMember("Ada");
    const gone = await createMember("Gone");
    await db.user.update({ where: { id: gone.id }, data: { suspendedAt: new Date() } });

    await expect(followMember(ada.id, ada.id)).rejects.toMatchObject({ status: 422 });
    await expect(followMember(ada.id, "clabcdefghijklmnopqrstuv")).rejects.toMatchObject({ status: 404 });
    await expect(followMember(ada.id, gone.id)).rejects.toMatchObject({ status: 404 });
    expect(await db.follow.count({ where: { followerId: ada.id } })).toBe(0);
  });
});

describe("hallway ranking", () => {
  it("ranks rooms whose host or connected speaker you follow first, then by size, then by newest activity", async () => {
    const viewer = await createMember("Viewer");
    const followedHost = await createMember("Followed Host");
    const followedSpeaker = await createMember("Followed Speaker");
    const strangers = await Promise.all(["S1", "S2", "S3", "S4", "S5", "S6"].map((name) => createMember(name)));
    const [s1, s2, s3, s4, s5, s6] = strangers as [typeof viewer, typeof viewer, typeof viewer, typeof viewer, typeof viewer, typeof viewer];
    await followMember(viewer.id, followedHost.id);
    await followMember(viewer.id, followedSpeaker.id);

    // Followed host, nobody connected.
    const byHost = await createRoomRow(followedHost, { title: "By followed host" });
    // A stranger's room where the followed member speaks (connected).
    const bySpeaker = await createRoomRow(s1, { title: "Followed speaker on stage", others: [[followedSpeaker, "SPEAKER"]] });
    // The followed member is only listening here: that does not count.
    const listening = await createRoomRow(s2, { title: "Followed member listening", others: [[followedSpeaker, "LISTENER"], [s3, "LISTENER"]] });
    // The biggest room, by strangers.
    const big = await createRoomRow(s4, { title: "Big", others: [[s5, "SPEAKER"], [s6, "LISTENER"], [s3, "LISTENER"]] });
    // Two empty rooms: the newer activity first.
    const older = await createRoomRow(s5, { title: "Empty older" });
    const newer = await createRoomRow(s6, { title: "Empty newer" });

    const connect = (roomId: string, userIds: string[]) =>
      db.roomMember.updateMany({ where: { roomId, userId: { in: userIds } }, data: { connected: true, joinedAt: new Date() } });
    await connect(bySpeaker.id, [followedSpeaker.id]);
    await connect(listening.id, [s2.id, followedSpeaker.id, s3.id]);
    await connect(big.id, [s4.id, s5.id, s6.id, s3.id]);
    const now = Date.now();
    await db.room.update({ where: { id: older.id }, data: { lastActivityAt: new Date(now + 60_000) } });
    await db.room.update({ where: { id: newer.id }, data: { lastActivityAt: new Date(now + 120_000) } });

    const mine = new Set([byHost, bySpeaker, listening, big, older, newer].map((room) => room.id));
    const ranked = (await listLiveRooms(viewer.id, 500)).filter((room) => mine.has(room.id)).map((room) => room.title);
    expect(ranked).toEqual([
      "Followed speaker on stage",
      "By followed host",
      "Big",
      "Followed member listening",
      "Empty newer",
      "Empty older",
    ]);

    // Someone who follows nobody sees the same rooms by size, then activity.
    const ranked2 = (await listLiveRooms(s1.id, 500)).filter((room) => mine.has(room.id)).map((room) => room.title);
    expect(ranked2).toEqual([
      "Big",
      "Followed member listening",
      "Followed speaker on stage",
      "Empty newer",
      "Empty older",
      "By followed host",
    ]);
  });

  it("keeps a followers-only room out of a non-follower's hallway and refuses it by URL, until they follow", async () => {
    const host = await createMember("Host");
    const outsider = await createMember("Outsider");
    const room = await createRoomRow(host, { visibility: "FOLLOWERS", title: "Followers only" });
    const listed = async () => (await listLiveRooms(outsider.id, 500)).some((r) => r.id === room.id);

    expect(await listed()).toBe(false);
    await expect(requireRoomAccess(outsider.id, room.id)).rejects.toMatchObject({ status: 403 });

    await followMember(outsider.id, host.id);
    expect(await listed()).toBe(true);
    await expect(requireRoomAccess(outsider.id, room.id)).resolves.toMatchObject({ id: room.id });

    await unfollowMember(outsider.id, host.id);
    expect(await listed()).toBe(false);
    await expect(requireRoomAccess(outsider.id, room.id)).rejects.toMatchObject({ status: 403 });
  });
});

describe("notifications: a followed member goes live", () => {
  it("notifies the host's followers who may see the room, and nobody else", async () => {
    const host = await createMember("Hana Host");
    const follower = await createMember("Fay Follower");
    const invitedFollower = await createMember("Ian Invited");
    const suspended = await createMember("Sue Suspended");
    const stranger = await createMember("Stan Stranger");
    for (const member of [follower, invitedFollower, suspended]) await followMember(member.id, host.id);
    await db.user.update({ where: { id: suspended.id }, data: { suspendedAt: new Date() } });

    const open = await createRoom(host, { title: "Open hour", visibility: "OPEN" });
    const closed = await createRoom(host, { title: "Board prep", visibility: "CLOSED", invitees: [invitedFollower.email!] });

    const about = async (memberId: string) =>
      (await listNotifications(memberId)).map((n) => ({ kind: n.kind, actor: n.actor?.name, room: n.room?.title }));
    expect(await about(follower.id)).toEqual([{ kind: "ROOM_LIVE", actor: "Hana Host", room: "Open hour" }]);
    expect((await about(invitedFollower.id)).map((n) => n.room).sort()).toEqual(["Board prep", "Open hour"]);
    expect(await about(suspended.id)).toEqual([]);
    expect(await about(stranger.id)).toEqual([]);
    expect(await about(host.id)).toEqual([]);

    expect(await countUnreadNotifications(invitedFollower.id)).toBe(2);
    const [newest] = await listNotifications(invitedFollower.id);
    await markNotificationsRead(invitedFollower.id, newest!.createdAt);
    expect(await countUnreadNotifications(invitedFollower.id)).toBe(0);

    await liveKitRooms().deleteRoom(open.id);
    await liveKitRooms().deleteRoom(closed.id);
  });
});
