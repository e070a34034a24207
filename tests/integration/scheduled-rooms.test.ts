import { TokenVerifier } from "livekit-server-sdk";
import { afterAll, describe, expect, it } from "vitest";

import type { RoomVisibility } from "@/generated/prisma/enums";
import { scheduleRoomSchema } from "@/lib/rooms/schemas";
import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { liveKitRooms } from "@/server/livekit";
import { cancelScheduledRoom } from "@/server/rooms/cancel-scheduled-room";
import { endEmptyRooms } from "@/server/rooms/end-empty-rooms";
import { joinRoom } from "@/server/rooms/join-room";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";
import { listUpcomingRooms } from "@/server/rooms/list-upcoming-rooms";
import { requireRoomAccess } from "@/server/rooms/room-access";
import { scheduledRoomCalendar } from "@/server/rooms/room-calendar";
import { setRsvp } from "@/server/rooms/rsvp";
import { scheduleRoom } from "@/server/rooms/schedule-room";
import { getScheduledRoomDetails } from "@/server/rooms/scheduled-room-details";
import { sendStartReminders, startScheduledRoom } from "@/server/rooms/start-scheduled-room";
import { search } from "@/server/search/search";

import { cleanUp, createMember, mailTo } from "./helpers";

afterAll(cleanUp);

const HOUR = 60 * 60 * 1000;
const verifier = new TokenVerifier(process.env.LIVEKIT_API_KEY!, process.env.LIVEKIT_API_SECRET!);

function input(fields: Record<string, unknown>) {
  return scheduleRoomSchema.parse({ title: "Pricing in public", visibility: "OPEN", scheduledFor: new Date(Date.now() + 2 * HOUR).toISOString(), ...fields });
}

async function schedule(host: Member, fields: Record<string, unknown> = {}) {
  return scheduleRoom(host, input(fields));
}

const upcomingIds = async (memberId: string) => (await listUpcomingRooms(memberId, 500)).map((room) => room.id);

describe("scheduleRoom", () => {
  it("announces a room for later: SCHEDULED at the given instant, with its co-hosts, nobody on stage and no LiveKit room", async () => {
    const host = await createMember("Hana Host");
    const coHost = await createMember("Cory Cohost");
    const at = new Date(Date.now() + 3 * HOUR);
    const { id } = await scheduleRoom(
      host,
      input({ scheduledFor: at.toISOString(), coHosts: [coHost.id, coHost.id], topic: "startups", description: "Q&A" }),
    );

    const room = await db.room.findUniqueOrThrow({ where: { id }, include: { coHosts: true, members: true } });
    expect(room).toMatchObject({ status: "SCHEDULED", scheduledFor: at, topicSlug: "startups", emptySince: null });
    expect(room.coHosts.map((row) => row.userId)).toEqual([coHost.id]);
    expect(room.members).toEqual([]);
    expect(await liveKitRooms().listRooms([id])).toEqual([]);
  });

  it("reads the instant with its offset: a time typed in Tokyo is the same instant in UTC", () => {
    expect(input({ scheduledFor: "2026-12-01T19:00:00+09:00" }).scheduledFor).toEqual(new Date("2026-12-01T10:00:00Z"));
  });

  it.each([
    ["a time in the past", () => ({ scheduledFor: new Date(Date.now() - 60_000).toISOString() }), "Choose a start time in the future."],
    ["more than 90 days ahead", () => ({ scheduledFor: new Date(Date.now() + 91 * 24 * HOUR).toISOString() }), "Schedule the room at most 90 days ahead."],
    ["an unknown topic", () => ({ topic: "no-such-topic" }), "Choose topics from the list."],
  ])("refuses %s (422) and creates nothing", async (_name, fields, message) => {
    const host = await createMember("Host");
    await expect(schedule(host, fields())).rejects.toMatchObject({ status: 422, message });
    expect(await db.room.count({ where: { createdById: host.id } })).toBe(0);
  });

  it("refuses the host as their own co-host, a suspended member and an id that is nobody (422)", async () => {
    const host = await createMember("Host");
    const suspended = await createMember("Suspended");
    await db.user.update({ where: { id: suspended.id }, data: { suspendedAt: new Date() } });
    await expect(schedule(host, { coHosts: [host.id] })).rejects.toMatchObject({ status: 422, message: expect.stringContaining("You host the room") });
    await expect(schedule(host, { coHosts: [suspended.id] })).rejects.toMatchObject({ status: 422 });
    await expect(schedule(host, { coHosts: ["clnobodynobodynobody0000"] })).rejects.toMatchObject({ status: 422 });
    expect(await db.room.count({ where: { createdById: host.id } })).toBe(0);
  });

  it("refuses more than five co-hosts and a malformed time in the schema", () => {
    const ids = Array.from({ length: 6 }, (_, index) => `clcohost${index}aaaaaaaaaaaaaaa`);
    expect(scheduleRoomSchema.safeParse({ title: "Room", visibility: "OPEN", scheduledFor: new Date().toISOString(), coHosts: ids }).error?.issues[0]?.message).toBe(
      "Name at most 5 co-hosts.",
    );
    expect(scheduleRoomSchema.safeParse({ title: "Room", visibility: "OPEN", scheduledFor: "tomorrow" }).error?.issues[0]?.message).toBe(
      "Choose a date and time.",
    );
  });

  it("is left alone by the empty-room sweep, and cannot be joined before it starts (409)", async () => {
    const host = await createMember("Host");
    const { id } = await schedule(host);
    await db.room.update({ where: { id }, data: { createdAt: new Date(Date.now() - 24 * HOUR), lastActivityAt: new Date(Date.now() - 24 * HOUR) } });
    expect(await endEmptyRooms({ now: new Date(Date.now() + 48 * HOUR) })).not.toContain(id);
    expect((await db.room.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");
    await expect(joinRoom(host, id)).rejects.toMatchObject({ status: 409 });
    expect(await listLiveRooms(host.id, 500)).not.toContainEqual(expect.objectContaining({ id }));
  });
});

describe("RSVP", () => {
  it("is idempotent both ways and counted", async () => {
    const host = await createMember("Host");
    const ada = await createMember("Ada");
    const bob = await createMember("Bob");
    const { id } = await schedule(host);

    expect(await setRsvp(ada, id, true)).toEqual({ rsvped: true, count: 1 });
    expect(await setRsvp(ada, id, true)).toEqual({ rsvped: true, count: 1 });
    await Promise.all([setRsvp(bob, id, true), setRsvp(bob, id, true)]);
    expect(await db.roomRsvp.count({ where: { roomId: id } })).toBe(2);
    expect(await setRsvp(ada, id, false)).toEqual({ rsvped: false, count: 1 });
    expect(await setRsvp(ada, id, false)).toEqual({ rsvped: false, count: 1 });

    const listed = await listUpcomingRooms(bob.id, 500);
    expect(listed.find((room) => room.id === id)).toMatchObject({ rsvped: true, rsvpCount: 1, hosting: false });
    expect((await listUpcomingRooms(ada.id, 500)).find((room) => room.id === id)).toMatchObject({ rsvped: false });
  });

  it("is refused to the host and co-hosts (422), on a room that is no longer scheduled (409) and where the room is not open to the member (403)", async () => {
    const host = await createMember("Host");
    const coHost = await createMember("Co-host");
    const stranger = await createMember("Stranger");
    const { id } = await schedule(host, { coHosts: [coHost.id] });
    await expect(setRsvp(host, id, true)).rejects.toMatchObject({ status: 422 });
    await expect(setRsvp(coHost, id, true)).rejects.toMatchObject({ status: 422 });

    const followersOnly = await schedule(host, { visibility: "FOLLOWERS" });
    await expect(setRsvp(stranger, followersOnly.id, true)).rejects.toMatchObject({ status: 403 });

    await cancelScheduledRoom(host, id);
    await expect(setRsvp(stranger, id, true)).rejects.toMatchObject({ status: 409 });
  });
});

describe("startScheduledRoom", () => {
  it("starts once when the host and a co-host start at the same moment, and notifies once", async () => {
    const host = await createMember("Hana Host");
    const coHost = await createMember("Cory Cohost");
    const rsvper = await createMember("Rita Rsvp");
    const follower = await createMember("Finn Follower");
    const followingRsvper = await createMember("Fay Both");
    for (const member of [follower, followingRsvper]) await db.follow.create({ data: { followerId: member.id, followingId: host.id } });
    const { id } = await schedule(host, { coHosts: [coHost.id] });
    await setRsvp(rsvper, id, true);
    await setRsvp(followingRsvper, id, true);

    const results = await Promise.all([startScheduledRoom(host, id), startScheduledRoom(coHost, id), startScheduledRoom(host, id)]);
    expect(results.map((result) => result.started).sort()).toEqual([false, false, true]);
    const winner = results.find((result) => result.started)!;
    // Whoever started it, the other one of host and co-host is told (they are expected on stage).
    const [starter, other] = results[1]!.started ? [coHost, host] : [host, coHost];
    expect(winner.reminders.map((reminder) => reminder.email).sort()).toEqual([rsvper.email, followingRsvper.email, other.email].sort());

    const room = await db.room.findUniqueOrThrow({ where: { id }, include: { members: true } });
    expect(room.status).toBe("LIVE");
    expect(room.emptySince).not.toBeNull();
    expect(Object.fromEntries(room.members.map((place) => [place.userId, place.stageRole]))).toEqual({ [host.id]: "HOST", [coHost.id]: "MODERATOR" });

    const notifications = await db.notification.findMany({ where: { roomId: id }, select: { userId: true, kind: true, actorId: true } });
    expect(notifications).toHaveLength(4);
    expect(notifications).toEqual(
      expect.arrayContaining([
        { userId: other.id, kind: "HOSTED_ROOM_STARTED", actorId: starter.id },
        { userId: rsvper.id, kind: "RSVP_ROOM_STARTED", actorId: host.id },
        { userId: followingRsvper.id, kind: "RSVP_ROOM_STARTED", actorId: host.id },
        { userId: follower.id, kind: "ROOM_LIVE", actorId: host.id },
      ]),
    );
    expect(await db.auditLog.count({ where: { scope: id, action: "start_room" } })).toBe(1);
    expect(await liveKitRooms().listRooms([id])).toHaveLength(1);
    await liveKitRooms().deleteRoom(id);
  });

  it("lets the co-host join as a moderator, with a token that says so", async () => {
    const host = await createMember("Host");
    const coHost = await createMember("Co-host");
    const { id } = await schedule(host, { coHosts: [coHost.id], visibility: "CLOSED" });
    await startScheduledRoom(host, id);

    const joined = await joinRoom(coHost, id);
    expect(joined.stageRole).toBe("MODERATOR");
    const claims = await verifier.verify(joined.token);
    expect(claims.attributes).toMatchObject({ stageRole: "MODERATOR" });
    expect(claims.video?.canPublish).toBe(true);
    await liveKitRooms().deleteRoom(id);
  });

  it("is for the host and co-hosts only (403), and a cancelled room cannot start (410)", async () => {
    const host = await createMember("Host");
    const member = await createMember("Member");
    const { id } = await schedule(host);
    await expect(startScheduledRoom(member, id)).rejects.toMatchObject({ status: 403 });
    expect((await db.room.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");
    await expect(cancelScheduledRoom(member, id)).rejects.toMatchObject({ status: 403 });
    await cancelScheduledRoom(host, id);
    await expect(startScheduledRoom(host, id)).rejects.toMatchObject({ status: 410 });
    expect(await upcomingIds(host.id)).not.toContain(id);
  });

  it("does not notify an RSVP'd member who may no longer see the room", async () => {
    const host = await createMember("Host");
    const former = await createMember("Former follower");
    await db.follow.create({ data: { followerId: former.id, followingId: host.id } });
    const { id } = await schedule(host, { visibility: "FOLLOWERS" });
    await setRsvp(former, id, true);
    await db.follow.delete({ where: { followerId_followingId: { followerId: former.id, followingId: host.id } } });

    const started = await startScheduledRoom(host, id);
    expect(started.reminders).toEqual([]);
    expect(await db.notification.count({ where: { roomId: id } })).toBe(0);
    await liveKitRooms().deleteRoom(id);
  });

  it("mails each reminder with the room's link; a failed mail is counted, not thrown", async () => {
    const host = await createMember("Hana Host");
    const rsvper = await createMember("Rita Rsvp");
    const coHost = await createMember("Cory Cohost");
    const { id } = await schedule(host, { title: "Reminder room", coHosts: [coHost.id] });
    await setRsvp(rsvper, id, true);
    const started = await startScheduledRoom(host, id);

    const outcome = await sendStartReminders(
      { ...started, reminders: [...started.reminders, { email: "", name: "Nobody", cohosting: false }] },
      "http://raise-hand.test",
    );
    expect(outcome).toEqual({ sent: 2, failed: 1 });
    const mail = await mailTo(rsvper.email!);
    expect(mail.subject).toBe("Starting now: Reminder room");
    expect(mail.links).toContain(`http://raise-hand.test/rooms/${id}`);
    expect(mail.text).toContain("a room you asked to hear about");
    const coHostMail = await mailTo(coHost.email!);
    expect(coHostMail.text).toContain("a room you are hosting, has started");
    expect(coHostMail.links).toContain(`http://raise-hand.test/rooms/${id}`);
    expect((await db.room.findUniqueOrThrow({ where: { id } })).status).toBe("LIVE");
    await liveKitRooms().deleteRoom(id);
  });
});

describe("who sees a scheduled room", () => {
  it("applies the room filter to the upcoming list, search and the URL; co-hosts always see it, banned members never", async () => {
    const host = await createMember("Host");
    const follower = await createMember("Follower");
    const stranger = await createMember("Stranger");
    const coHost = await createMember("Co-host");
    const banned = await createMember("Banned");
    await db.follow.create({ data: { followerId: follower.id, followingId: host.id } });
    await db.follow.create({ data: { followerId: banned.id, followingId: host.id } });
    const word = `zebra${Date.now()}`;
    const rooms: Record<RoomVisibility, string> = {
      OPEN: (await schedule(host, { title: `Open ${word}` })).id,
      FOLLOWERS: (await schedule(host, { title: `Followers ${word}`, visibility: "FOLLOWERS", coHosts: [coHost.id] })).id,
      CLOSED: (await schedule(host, { title: `Closed ${word}`, visibility: "CLOSED", coHosts: [coHost.id] })).id,
    };
    await db.roomBan.create({ data: { roomId: rooms.FOLLOWERS, userId: banned.id } });

    const sees = async (member: Member) => {
      const listed = await upcomingIds(member.id);
      const found = (await search(member.id, word)).upcoming.map((room) => room.id);
      const byUrl = await Promise.all(
        Object.values(rooms).map((id) => requireRoomAccess(member.id, id).then(() => id, (error: { status: number }) => error.status)),
      );
      return { listed: Object.values(rooms).filter((id) => listed.includes(id)), found, byUrl };
    };
    const { OPEN, FOLLOWERS, CLOSED } = rooms;
    expect(await sees(host)).toEqual({ listed: [OPEN, FOLLOWERS, CLOSED], found: [OPEN, FOLLOWERS, CLOSED], byUrl: [OPEN, FOLLOWERS, CLOSED] });
    expect(await sees(coHost)).toEqual({ listed: [OPEN, FOLLOWERS, CLOSED], found: [OPEN, FOLLOWERS, CLOSED], byUrl: [OPEN, FOLLOWERS, CLOSED] });
    expect(await sees(follower)).toEqual({ listed: [OPEN, FOLLOWERS], found: [OPEN, FOLLOWERS], byUrl: [OPEN, FOLLOWERS, 403] });
    expect(await sees(stranger)).toEqual({ listed: [OPEN], found: [OPEN], byUrl: [OPEN, 403, 403] });
    expect(await sees(banned)).toEqual({ listed: [OPEN], found: [OPEN], byUrl: [OPEN, 403, 403] });
  });

  it("lists the soonest first and leaves out rooms long overdue; the .ics is for members who may see it", async () => {
    const host = await createMember("Host");
    const stranger = await createMember("Stranger");
    const later = await schedule(host, { scheduledFor: new Date(Date.now() + 5 * HOUR).toISOString() });
    const sooner = await schedule(host, { scheduledFor: new Date(Date.now() + 1 * HOUR).toISOString() });
    const overdue = await schedule(host);
    await db.room.update({ where: { id: overdue.id }, data: { scheduledFor: new Date(Date.now() - 13 * HOUR) } });
    const ids = (await upcomingIds(host.id)).filter((id) => [later.id, sooner.id, overdue.id].includes(id));
    expect(ids).toEqual([sooner.id, later.id]);
    expect(await getScheduledRoomDetails(host.id, overdue.id)).toMatchObject({ overdue: true, isHost: true, isCoHost: false, rsvpCount: 0 });
    expect(await getScheduledRoomDetails(stranger.id, later.id)).toMatchObject({ overdue: false, isHost: false });

    const file = await scheduledRoomCalendar(host, sooner.id, "http://raise-hand.test");
    expect(file).toContain(`UID:${sooner.id}@raise-hand.test\r\n`);
    expect(file).toContain(`URL:http://raise-hand.test/rooms/${sooner.id}\r\n`);
    const followersOnly = await schedule(host, { visibility: "FOLLOWERS" });
    await expect(scheduledRoomCalendar(stranger, followersOnly.id, "http://raise-hand.test")).rejects.toMatchObject({ status: 403 });
  });
});
