import { randomUUID } from "node:crypto";

import { afterAll, describe, expect, it } from "vitest";

import type { StageRole } from "@/generated/prisma/enums";
import { SELF_ACTIONS, ROOM_ACTIONS, TARGETED_ACTIONS, type StageAction, type StageActionInput } from "@/lib/stage/actions";
import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { liveKitRooms } from "@/server/livekit";
import { joinRoom } from "@/server/rooms/join-room";
import { performStageAction } from "@/server/stage/perform-action";

import { BrowserParticipants } from "../fixtures/browser-participants";

/**
 * The authorization matrix: every stage action × every kind of actor → the specified outcome,
 * with nothing changed where refused. Anonymous callers are covered over HTTP in
 * tests/e2e/stage.spec.ts (the route answers 401 before any of this runs).
 */

type ActorKind = "other room" | "listener" | "speaker" | "moderator" | "host" | "admin" | "banned";
const ACTORS: ActorKind[] = ["other room", "listener", "speaker", "moderator", "host", "admin", "banned"];
type Outcome = "ok" | 403 | 404 | 409;

const createdUsers: string[] = [];

async function user(name: string, role: "ADMIN" | "MEMBER" = "MEMBER"): Promise<Member> {
  const created = await db.user.create({ data: { email: `${randomUUID()}@raise-hand.test`, name, role } });
  createdUsers.push(created.id);
  return { id: created.id, email: created.email, name, role };
}

/** A live room with a host, a moderator, a speaker, an invited listener, a listener with a raised
 * hand, a plain listener and a banned member; plus the host of another room and a site admin. */
async function stagedRoom() {
  const [host, moderator, speaker, listener, raised, plain, banned, outsider, admin] = await Promise.all([
    user("Host"),
    user("Moderator"),
    user("Speaker"),
    user("Listener"),
    user("Raised"),
    user("Plain"),
    user("Banned"),
    user("Outsider"),
    user("Admin", "ADMIN"),
  ]);
  const place = (member: Member, stageRole: StageRole, extra: object = {}) => ({ userId: member.id, stageRole, ...extra });
  const room = await db.room.create({
    data: {
      title: "Matrix room",
      createdById: host.id,
      members: {
        create: [
          place(host, "HOST"),
          place(moderator, "MODERATOR"),
          place(speaker, "SPEAKER"),
          place(listener, "LISTENER", { invitedToSpeakAt: new Date() }),
          place(raised, "LISTENER", { handRaisedAt: new Date() }),
          place(plain, "LISTENER"),
          place(banned, "LISTENER"),
        ],
      },
      bans: { create: [{ userId: banned.id, bannedById: host.id }] },
    },
  });
  await db.room.create({
    data: { title: "Another room", createdById: outsider.id, members: { create: [place(outsider, "HOST")] } },
  });
  const actors: Record<ActorKind, Member> = {
    "other room": outsider,
    listener,
    speaker,
    moderator,
    host,
    admin,
    banned,
  };
  const targets: Record<(typeof TARGETED_ACTIONS)[number], Member> = {
    approve_hand: raised,
    decline_hand: raised,
    invite_to_speak: plain,
    move_to_audience: speaker,
    mute: speaker,
    remove: plain,
    ban: plain,
    unban: banned,
    make_moderator: speaker,
    unmake_moderator: moderator,
  };
  return { room, actors, targets, members: { host, moderator, speaker, listener, raised, plain, banned, outsider } };
}

function expected(action: StageAction, actor: ActorKind): Outcome {
  if (actor === "other room" || actor === "admin" || actor === "banned") return 403;
  switch (action) {
    case "raise_hand":
      return actor === "listener" ? "ok" : 409;
    case "lower_hand":
      return "ok";
    case "accept_invite":
    case "decline_invite":
      return actor === "listener" ? "ok" : 409;
    case "step_down":
      return actor === "speaker" || actor === "moderator" ? "ok" : 409;
    case "make_moderator":
    case "unmake_moderator":
    case "unban":
      return actor === "host" ? "ok" : 403;
    default:
      return actor === "host" || actor === "moderator" ? "ok" : 403;
  }
}

/** Everything a stage action could change in Postgres for one room. */
async function snapshot(roomId: string) {
  const [room, members, bans, audit] = await Promise.all([
    db.room.findUniqueOrThrow({ where: { id: roomId }, select: { status: true, handsEnabled: true } }),
    db.roomMember.findMany({
      where: { roomId },
      orderBy: { userId: "asc" },
      select: { userId: true, stageRole: true, handRaisedAt: true, invitedToSpeakAt: true },
    }),
    db.roomBan.findMany({ where: { roomId }, orderBy: { userId: "asc" }, select: { userId: true } }),
    db.auditLog.count({ where: { scope: roomId } }),
  ]);
  return { room, members, bans, audit };
}

async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "ok";
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404 || status === 409) return status;
    throw error;
  }
}

function inputFor(action: StageAction, targets: Record<string, Member>): StageActionInput {
  if ((TARGETED_ACTIONS as readonly string[]).includes(action)) {
    return { action: action as (typeof TARGETED_ACTIONS)[number], targetUserId: targets[action]!.id };
  }
  return { action } as StageActionInput;
}

const ALL_ACTIONS: StageAction[] = [...SELF_ACTIONS, ...TARGETED_ACTIONS, ...ROOM_ACTIONS];

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: createdUsers } } });
  await db.$disconnect();
});

describe("stage authorization matrix (Postgres)", () => {
  for (const action of ALL_ACTIONS) {
    for (const actor of ACTORS) {
      const want = expected(action, actor);
      it(`${action} by ${actor} → ${want}`, async () => {
        const { room, actors, targets } = await stagedRoom();
        const before = await snapshot(room.id);
        const got = await outcome(() => performStageAction(actors[actor], room.id, inputFor(action, targets)));
        expect(got).toBe(want);
        if (want !== "ok") expect(await snapshot(room.id)).toEqual(before);
      });
    }
  }

  it("refuses to act on a member of another room (404) and changes nothing", async () => {
    const { room, actors, members } = await stagedRoom();
    const before = await snapshot(room.id);
    const got = await outcome(() =>
      performStageAction(actors.host, room.id, { action: "remove", targetUserId: members.outsider.id }),
    );
    expect(got).toBe(404);
    expect(await snapshot(room.id)).toEqual(before);
  });

  it("lets only one of two moderators approve the same hand", async () => {
    const { room, members } = await stagedRoom();
    const results = await Promise.all(
      [members.host, members.moderator].map((actor) =>
        outcome(() => performStageAction(actor, room.id, { action: "approve_hand", targetUserId: members.raised.id })),
      ),
    );
    expect(results.sort()).toEqual([409, "ok"]);
    const audit = await db.auditLog.count({ where: { scope: room.id, action: "approve_hand" } });
    expect(audit).toBe(1);
  });

  it("records moderation in the room's audit log", async () => {
    const { room, members } = await stagedRoom();
    await performStageAction(members.host, room.id, { action: "make_moderator", targetUserId: members.speaker.id });
    const entry = await db.auditLog.findFirstOrThrow({ where: { scope: room.id } });
    expect(entry).toMatchObject({ actorId: members.host.id, action: "make_moderator", targetId: members.speaker.id });
  });
});

describe("stage actions reach LiveKit, refusals do not", () => {
  it("keeps LiveKit unchanged on refusals and applies approvals, moves and bans live", async () => {
    const { room, members } = await stagedRoom();
    const participants = await BrowserParticipants.start();
    const connect = async (member: Member) => {
      const joined = await joinRoom(member, room.id);
      await participants.join(joined.serverUrl, joined.token);
    };
    try {
      for (const member of [members.host, members.moderator, members.speaker, members.raised, members.plain]) {
        await connect(member);
      }
      const live = async () => {
        const participants = await liveKitRooms().listParticipants(room.id);
        return Object.fromEntries(
          participants.map((p) => [
            p.identity,
            { canPublish: p.permission?.canPublish ?? null, attributes: { ...p.attributes } },
          ]),
        );
      };
      const before = await live();
      expect(Object.keys(before)).toHaveLength(5);
      // Joining restores the stage state from Postgres: this listener's hand is still up.
      expect(before[members.raised.id]).toEqual({
        canPublish: false,
        attributes: { stageRole: "LISTENER", handRaisedAt: expect.stringMatching(/^\d{4}-/) },
      });

      // Refusals: none of these may reach LiveKit.
      const refused: [Member, StageActionInput][] = [
        [members.plain, { action: "approve_hand", targetUserId: members.raised.id }],
        [members.speaker, { action: "move_to_audience", targetUserId: members.moderator.id }],
        [members.moderator, { action: "mute", targetUserId: members.host.id }],
        [members.moderator, { action: "make_moderator", targetUserId: members.speaker.id }],
        [members.outsider, { action: "remove", targetUserId: members.plain.id }],
        [members.banned, { action: "approve_all_hands" }],
      ];
      for (const [actor, input] of refused) {
        expect(await outcome(() => performStageAction(actor, room.id, input))).not.toBe("ok");
      }
      expect(await live()).toEqual(before);

      // Approve: the listener may publish at once, without rejoining.
      await performStageAction(members.moderator, room.id, { action: "approve_hand", targetUserId: members.raised.id });
      let now = await live();
      expect(now[members.raised.id]!.canPublish).toBe(true);
      expect(now[members.raised.id]!.attributes.stageRole).toBe("SPEAKER");

      // Back to the audience: publishing is revoked.
      await performStageAction(members.host, room.id, { action: "move_to_audience", targetUserId: members.raised.id });
      now = await live();
      expect(now[members.raised.id]).toEqual({ canPublish: false, attributes: { stageRole: "LISTENER" } });

      // A raised hand is visible to everyone through attributes.
      await performStageAction(members.raised, room.id, { action: "raise_hand" });
      expect((await live())[members.raised.id]!.attributes.handRaisedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

      // Ban: disconnected now.
      await performStageAction(members.moderator, room.id, { action: "ban", targetUserId: members.plain.id });
      await expect.poll(async () => Object.keys(await live())).not.toContain(members.plain.id);
    } finally {
      await participants.stop();
      await liveKitRooms().deleteRoom(room.id).catch(() => undefined);
    }
  });
});
