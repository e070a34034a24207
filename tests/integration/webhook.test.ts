import { afterAll, describe, expect, it } from "vitest";

import { POST as webhook } from "@/app/api/livekit/webhook/route";
import { db } from "@/server/db";
import { liveKitRooms, openLiveKitRoom } from "@/server/livekit";
import { createRoom } from "@/server/rooms/create-room";
import { endRoom } from "@/server/rooms/end-room";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";

import {
  captureLiveKitWebhooks,
  cleanUp,
  createMember,
  createRoomRow,
  participantEvent,
  roomFinishedEvent,
  signWebhook,
} from "./helpers";

afterAll(cleanUp);

/** Delivers a webhook to the app's route handler, as LiveKit's HTTP POST would. */
async function deliver(body: string, authorization?: string | null) {
  const headers: Record<string, string> = { "content-type": "application/webhook+json" };
  if (authorization !== null) headers.authorization = authorization ?? (await signWebhook(body));
  const response = await webhook(new Request("http://localhost/api/livekit/webhook", { method: "POST", body, headers }));
  return { status: response.status, json: (await response.json()) as { ok?: boolean; duplicate?: boolean; error?: unknown } };
}

const eventId = (body: string) => (JSON.parse(body) as { id: string }).id;

async function presence(roomId: string) {
  const room = await db.room.findUniqueOrThrow({
    where: { id: roomId },
    select: { status: true, lastActivityAt: true, emptySince: true, endedAt: true },
  });
  const members = await db.roomMember.findMany({
    where: { roomId },
    orderBy: { userId: "asc" },
    select: { userId: true, connected: true, joinedAt: true, leftAt: true, updatedAt: true },
  });
  return { room, members };
}

async function connected(roomId: string, userId: string) {
  const place = await db.roomMember.findUniqueOrThrow({ where: { roomId_userId: { roomId, userId } } });
  return place.connected;
}

describe("LiveKit webhook: signatures", () => {
  it("rejects an unsigned, a forged and an altered delivery with 401, and records and changes nothing", async () => {
    const host = await createMember("Host");
    const room = await createRoomRow(host);
    const before = await presence(room.id);
    const body = participantEvent("participant_joined", room.id, host.id, Date.now());

    const unsigned = await deliver(body, null);
    const forged = await deliver(body, await signWebhook(body, "not-the-secret-not-the-secret-not-the-secret"));
    const altered = await deliver(body.replace(host.id, `${host.id}x`), await signWebhook(body));
    const garbage = await deliver(body, "Bearer nonsense");

    for (const response of [unsigned, forged, altered, garbage]) {
      expect(response.status).toBe(401);
      expect(response.json).toEqual({ error: { code: "unauthorized", message: "The webhook signature is not valid." } });
    }
    expect(await db.liveKitEvent.count({ where: { id: eventId(body) } })).toBe(0);
    expect(await presence(room.id)).toEqual(before);
  });
});

describe("LiveKit webhook: presence", () => {
  it("records joins and leaves: connected members, the room's last activity, and since when it is empty", async () => {
    const host = await createMember("Host");
    const listener = await createMember("Listener");
    const room = await createRoomRow(host, { others: [[listener, "LISTENER"]] });
    const session = Date.now();

    const joined = participantEvent("participant_joined", room.id, host.id, session);
    expect(await deliver(joined)).toEqual({ status: 200, json: { ok: true, duplicate: false } });
    let state = await presence(room.id);
    expect(state.room.emptySince).toBeNull();
    expect(state.room.lastActivityAt.getTime()).toBe(Number(JSON.parse(joined).createdAt) * 1000);
    expect(state.members.find((m) => m.userId === host.id)).toMatchObject({ connected: true, joinedAt: new Date(session), leftAt: null });
    expect(await connected(room.id, listener.id)).toBe(false);

    const left = participantEvent("participant_left", room.id, host.id, session);
    expect((await deliver(left)).json).toEqual({ ok: true, duplicate: false });
    state = await presence(room.id);
    const leftAt = new Date(Number(JSON.parse(left).createdAt) * 1000);
    expect(state.room.emptySince).toEqual(leftAt);
    expect(state.room.lastActivityAt).toEqual(leftAt);
    expect(state.members.find((m) => m.userId === host.id)).toMatchObject({ connected: false, leftAt });
  });

  it("changes nothing when a delivery is replayed", async () => {
    const host = await createMember("Host");
    const room = await createRoomRow(host);
    const session = Date.now();
    const joined = participantEvent("participant_joined", room.id, host.id, session);
    const left = participantEvent("participant_left", room.id, host.id, session);
    await deliver(joined);
    await deliver(left);
    const before = await presence(room.id);

    // Without the event-id check, replaying the leave would write the member's row again.
    expect(await deliver(left)).toEqual({ status: 200, json: { ok: true, duplicate: true } });
    expect(await deliver(joined)).toEqual({ status: 200, json: { ok: true, duplicate: true } });

    expect(await presence(room.id)).toEqual(before);
    expect(await db.liveKitEvent.count({ where: { id: { in: [eventId(joined), eventId(left)] } } })).toBe(2);
  });

  it("keeps a member connected when the leave of an older connection arrives after they reconnected", async () => {
    const host = await createMember("Host");
    const room = await createRoomRow(host);
    const first = Date.now();
    const second = first + 1_500;
    await deliver(participantEvent("participant_joined", room.id, host.id, first));
    await deliver(participantEvent("participant_joined", room.id, host.id, second));
    await deliver(participantEvent("participant_left", room.id, host.id, first));
    expect(await connected(room.id, host.id)).toBe(true);
    expect((await presence(room.id)).room.emptySince).toBeNull();
  });

  it("keeps a member gone when their leave arrives before the join of the same connection", async () => {
    const host = await createMember("Host");
    const room = await createRoomRow(host);
    const session = Date.now();
    await deliver(participantEvent("participant_left", room.id, host.id, session));
    await deliver(participantEvent("participant_joined", room.id, host.id, session));
    expect(await connected(room.id, host.id)).toBe(false);
  });

  it("feeds the hallway's counts: speakers on stage and listeners, connected only", async () => {
    const host = await createMember("Host");
    const [a, b, c] = await Promise.all([createMember("A"), createMember("B"), createMember("C")]);
    const room = await createRoomRow(host, { others: [[a, "LISTENER"], [b, "LISTENER"], [c, "LISTENER"]] });
    const session = Date.now();
    // Concurrent deliveries for one room are applied one at a time.
    await Promise.all([host, a, b].map((m) => deliver(participantEvent("participant_joined", room.id, m.id, session))));

    const counts = async () => {
      const listed = (await listLiveRooms(host.id, 500)).find((r) => r.id === room.id);
      return listed && { speakers: listed.speakerCount, listeners: listed.listenerCount, shown: listed.speakers.map((s) => s.name) };
    };
    expect(await counts()).toEqual({ speakers: 1, listeners: 2, shown: ["Host"] });

    await Promise.all([host, a, b].map((m) => deliver(participantEvent("participant_left", room.id, m.id, session))));
    expect(await counts()).toEqual({ speakers: 0, listeners: 0, shown: [] });
    expect((await presence(room.id)).room.emptySince).not.toBeNull();
  });
});

describe("LiveKit webhook: rooms ending", () => {
  it("ends a room on room_finished once it has been empty for the grace period", async () => {
    const host = await createMember("Host");
    const room = await createRoomRow(host);
    const longAgo = Date.now() - 10 * 60_000;
    await deliver(participantEvent("participant_joined", room.id, host.id, longAgo));
    // The leave webhook was lost; LiveKit's room_finished still tells us nobody is there.
    await db.room.update({ where: { id: room.id }, data: { lastActivityAt: new Date(longAgo) } });
    await deliver(roomFinishedEvent(room.id, Math.floor(Date.now() / 1000)));
    let state = await presence(room.id);
    expect(state.members[0]?.connected).toBe(false);
    // Empty since now: not yet the grace period.
    expect(state.room.status).toBe("LIVE");

    const other = await createRoomRow(host);
    await db.room.update({ where: { id: other.id }, data: { emptySince: new Date(Date.now() - 121_000) } });
    await deliver(roomFinishedEvent(other.id));
    state = await presence(other.id);
    expect(state.room.status).toBe("ENDED");
    expect(state.room.endedAt).not.toBeNull();
  });

  it("closes the LiveKit room again when someone connects to an ended room", async () => {
    const host = await createMember("Host");
    const room = await createRoomRow(host);
    await openLiveKitRoom(room.id);
    await db.room.update({ where: { id: room.id }, data: { status: "ENDED", endedAt: new Date() } });
    await deliver(participantEvent("participant_joined", room.id, host.id, Date.now()));
    expect(await liveKitRooms().listRooms([room.id])).toEqual([]);
  });

  it("handles LiveKit's own signed deliveries once: room_started when a room opens, room_finished when it ends", async () => {
    const capture = await captureLiveKitWebhooks();
    try {
      const host = await createMember("Host");
      const room = await createRoom(host, { title: "Real webhooks", visibility: "OPEN" });

      const started = await capture.next("room_started", room.id);
      expect(started.authorization).toBeTruthy();
      expect(await deliver(started.body, started.authorization)).toEqual({ status: 200, json: { ok: true, duplicate: false } });
      expect(await deliver(started.body, started.authorization)).toEqual({ status: 200, json: { ok: true, duplicate: true } });
      expect((await deliver(started.body.replace("room_started", "room_finished"), started.authorization)).status).toBe(401);

      await endRoom(host, room.id);
      const finished = await capture.next("room_finished", room.id);
      expect(await deliver(finished.body, finished.authorization)).toEqual({ status: 200, json: { ok: true, duplicate: false } });
      expect(await db.liveKitEvent.findMany({ where: { roomName: room.id }, select: { event: true }, orderBy: { receivedAt: "asc" } })).toEqual([
        { event: "room_started" },
        { event: "room_finished" },
      ]);
    } finally {
      await capture.close();
    }
  });
});
