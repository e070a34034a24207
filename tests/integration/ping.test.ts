import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/server/db";
import { followMember } from "@/server/follows/follow-member";
import { listNotifications } from "@/server/notifications/list-notifications";
import { pingMember } from "@/server/notifications/ping-member";
import { performStageAction } from "@/server/stage/perform-action";

import { cleanUp, createMember, createRoomRow } from "./helpers";

afterAll(cleanUp);

const notes = async (memberId: string) =>
  (await listNotifications(memberId)).map((n) => ({ kind: n.kind, actor: n.actor?.name, room: n.room?.title }));

describe("pinging a member into a room", () => {
  it("lets a member on stage ping someone the room is open to, once until they read it", async () => {
    const host = await createMember("Hana Host");
    const speaker = await createMember("Sam Speaker");
    const listener = await createMember("Lou Listener");
    const friend = await createMember("Fran Friend");
    const room = await createRoomRow(host, { title: "Ping room", others: [[speaker, "SPEAKER"], [listener, "LISTENER"]] });

    await pingMember(speaker, room.id, friend.id);
    await pingMember(host, room.id, friend.id);
    expect(await notes(friend.id)).toEqual([{ kind: "ROOM_PING", actor: "Sam Speaker", room: "Ping room" }]);

    await expect(pingMember(listener, room.id, friend.id)).rejects.toMatchObject({ status: 403 });
    await expect(pingMember(host, room.id, host.id)).rejects.toMatchObject({ status: 422 });
    await expect(pingMember(host, room.id, "clabcdefghijklmnopqrstuv")).rejects.toMatchObject({ status: 404 });
    await db.room.update({ where: { id: room.id }, data: { status: "ENDED", endedAt: new Date() } });
    await expect(pingMember(host, room.id, listener.id)).rejects.toMatchObject({ status: 410 });
  });

  it("refuses pinging someone a followers-only room is not open to", async () => {
    const host = await createMember("Host");
    const follower = await createMember("Follower");
    const stranger = await createMember("Stranger");
    await followMember(follower.id, host.id);
    const room = await createRoomRow(host, { visibility: "FOLLOWERS" });

    await expect(pingMember(host, room.id, stranger.id)).rejects.toMatchObject({ status: 403, message: "This room is not open to them." });
    expect(await notes(stranger.id)).toEqual([]);
    await pingMember(host, room.id, follower.id);
    expect(await notes(follower.id)).toHaveLength(1);
  });
});

describe("an invitation to speak", () => {
  it("is a notification for the listener invited", async () => {
    const host = await createMember("Hana Host");
    const listener = await createMember("Lou Listener");
    const room = await createRoomRow(host, { title: "Q&A", others: [[listener, "LISTENER"]] });
    await performStageAction(host, room.id, { action: "invite_to_speak", targetUserId: listener.id });
    expect(await notes(listener.id)).toEqual([{ kind: "SPEAK_INVITE", actor: "Hana Host", room: "Q&A" }]);
  });
});
