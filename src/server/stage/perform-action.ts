import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { StageRole } from "@/generated/prisma/enums";
import type { StageActionInput } from "@/lib/stage/actions";
import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import {
  applyStage,
  muteMicrophone,
  removeFromRoom,
  setRoomState,
  setStageAttributes,
  type StageAttributes,
} from "@/server/livekit";
import { refusal, type Place } from "@/server/stage/policy";

const placeSelect = { userId: true, stageRole: true, handRaisedAt: true, invitedToSpeakAt: true } as const;

/** What LiveKit must be told once Postgres has the new state. */
type LiveEffect =
  | { kind: "stage"; identity: string; stageRole: StageRole }
  | { kind: "attributes"; identity: string; attributes: StageAttributes }
  | { kind: "mute"; identity: string }
  | { kind: "remove"; identity: string }
  | { kind: "room"; handsEnabled: boolean };

export type StageActionResult = { ok: true; action: StageActionInput["action"] };

/** Actions that are part of the audit log (raising and lowering one's own hand are not moderation). */
const UNAUDITED = new Set(["raise_hand", "lower_hand"]);

/**
 * Performs one stage action, server-authoritatively: checks the actor's place in Postgres against
 * the rules (src/server/stage/policy.ts), writes the new state and the audit log in one
 * transaction, and only then tells LiveKit. Transitions are conditional updates, so two moderators
 * approving the same hand at once cannot both succeed.
 */
export async function performStageAction(
  member: Member,
  roomId: string,
  input: StageActionInput,
): Promise<StageActionResult> {
  const effects = await db.$transaction(async (tx) => {
    const room = await tx.room.findUnique({ where: { id: roomId }, select: { id: true, status: true, handsEnabled: true } });
    if (!room) throw new DomainError("not_found", "This room does not exist.");
    const targetUserId = "targetUserId" in input ? input.targetUserId : undefined;

    const [actor, target, bans] = await Promise.all([
      tx.roomMember.findUnique({ where: { roomId_userId: { roomId, userId: member.id } }, select: placeSelect }),
      targetUserId
        ? tx.roomMember.findUnique({ where: { roomId_userId: { roomId, userId: targetUserId } }, select: placeSelect })
        : null,
      tx.roomBan.findMany({
        where: { roomId, userId: { in: targetUserId ? [member.id, targetUserId] : [member.id] } },
        select: { userId: true },
      }),
    ]);
    const banned = new Set(bans.map((ban) => ban.userId));

    const refused = refusal({
      action: input.action,
      room: { live: room.status === "LIVE", handsEnabled: room.handsEnabled },
      actor,
      actorBanned: banned.has(member.id),
      target,
      targetBanned: targetUserId ? banned.has(targetUserId) : false,
    });
    if (refused) throw new DomainError(refused.code, refused.message);

    const applied = await apply(tx, roomId, input, actor!, target);
    if (!UNAUDITED.has(input.action)) {
      await tx.auditLog.create({
        data: {
          actorId: member.id,
          scope: roomId,
          action: input.action,
          targetType: targetUserId ? "member" : "room",
          targetId: targetUserId ?? roomId,
        },
      });
    }
    await tx.room.update({ where: { id: roomId }, data: { lastActivityAt: new Date() } });
    return applied;
  });

  for (const effect of effects) await tellLiveKit(roomId, effect);
  return { ok: true, action: input.action };
}

/** A transition that must still hold when written; if another action got there first, it is a conflict. */
async function transition(
  tx: Prisma.TransactionClient,
  where: Prisma.RoomMemberWhereInput,
  data: Prisma.RoomMemberUpdateManyMutationInput,
) {
  const { count } = await tx.roomMember.updateMany({ where, data });
  if (count !== 1) throw new DomainError("conflict", "Someone else changed this first; try again.");
}

async function apply(
  tx: Prisma.TransactionClient,
  roomId: string,
  input: StageActionInput,
  actor: Place,
  target: Place | null,
): Promise<LiveEffect[]> {
  const self = { roomId, userId: actor.userId };
  const toStage = (identity: string, stageRole: StageRole): LiveEffect => ({ kind: "stage", identity, stageRole });
  const cleared = { handRaisedAt: null, invitedToSpeakAt: null };

  switch (input.action) {
    case "raise_hand": {
      if (actor.handRaisedAt) return [];
      const handRaisedAt = new Date();
      await transition(tx, { ...self, stageRole: "LISTENER", handRaisedAt: null }, { handRaisedAt });
      return [{ kind: "attributes", identity: actor.userId, attributes: { handRaisedAt: handRaisedAt.toISOString() } }];
    }
    case "lower_hand":
      if (!actor.handRaisedAt) return [];
      await transition(tx, self, { handRaisedAt: null });
      return [{ kind: "attributes", identity: actor.userId, attributes: { handRaisedAt: "" } }];
    case "accept_invite":
      await transition(tx, { ...self, stageRole: "LISTENER", invitedToSpeakAt: { not: null } }, { stageRole: "SPEAKER", ...cleared });
      return [toStage(actor.userId, "SPEAKER")];
    case "decline_invite":
      await transition(tx, { ...self, invitedToSpeakAt: { not: null } }, { invitedToSpeakAt: null });
      return [{ kind: "attributes", identity: actor.userId, attributes: { invitedToSpeak: "" } }];
    case "step_down":
      await transition(tx, { ...self, stageRole: { in: ["SPEAKER", "MODERATOR"] } }, { stageRole: "LISTENER", ...cleared });
      return [toStage(actor.userId, "LISTENER")];
    case "approve_all_hands": {
      const raised = await tx.roomMember.findMany({
        where: { roomId, stageRole: "LISTENER", handRaisedAt: { not: null } },
        orderBy: { handRaisedAt: "asc" },
        select: { userId: true },
      });
      await tx.roomMember.updateMany({
        where: { roomId, userId: { in: raised.map((r) => r.userId) }, stageRole: "LISTENER" },
        data: { stageRole: "SPEAKER", ...cleared },
      });
      return raised.map((r) => toStage(r.userId, "SPEAKER"));
    }
    case "enable_hands":
    case "disable_hands": {
      const handsEnabled = input.action === "enable_hands";
      await tx.room.update({ where: { id: roomId }, data: { handsEnabled } });
      if (handsEnabled) return [{ kind: "room", handsEnabled }];
      // Turning hands off also empties the queue.
      const raised = await tx.roomMember.findMany({ where: { roomId, handRaisedAt: { not: null } }, select: { userId: true } });
      await tx.roomMember.updateMany({ where: { roomId, handRaisedAt: { not: null } }, data: { handRaisedAt: null } });
      return [
        { kind: "room", handsEnabled },
        ...raised.map((r): LiveEffect => ({ kind: "attributes", identity: r.userId, attributes: { handRaisedAt: "" } })),
      ];
    }
  }

  const them = { roomId, userId: target!.userId };
  switch (input.action) {
    case "approve_hand":
      await transition(tx, { ...them, stageRole: "LISTENER", handRaisedAt: { not: null } }, { stageRole: "SPEAKER", ...cleared });
      return [toStage(them.userId, "SPEAKER")];
    case "decline_hand":
      await transition(tx, { ...them, handRaisedAt: { not: null } }, { handRaisedAt: null });
      return [{ kind: "attributes", identity: them.userId, attributes: { handRaisedAt: "" } }];
    case "invite_to_speak":
      await transition(tx, { ...them, stageRole: "LISTENER" }, { invitedToSpeakAt: new Date() });
      await tx.notification.create({ data: { userId: them.userId, kind: "SPEAK_INVITE", actorId: actor.userId, roomId } });
      return [{ kind: "attributes", identity: them.userId, attributes: { invitedToSpeak: "true" } }];
    case "move_to_audience":
      await transition(tx, { ...them, stageRole: { in: ["SPEAKER", "MODERATOR"] } }, { stageRole: "LISTENER", ...cleared });
      return [toStage(them.userId, "LISTENER")];
    case "mute":
      return [{ kind: "mute", identity: them.userId }];
    case "make_moderator":
      await transition(tx, { ...them, stageRole: { in: ["SPEAKER", "LISTENER"] } }, { stageRole: "MODERATOR", ...cleared });
      return [toStage(them.userId, "MODERATOR")];
    case "unmake_moderator":
      await transition(tx, { ...them, stageRole: "MODERATOR" }, { stageRole: "SPEAKER" });
      return [toStage(them.userId, "SPEAKER")];
    case "remove":
      await transition(tx, them, { stageRole: "LISTENER", ...cleared });
      return [{ kind: "remove", identity: them.userId }];
    case "ban":
      await transition(tx, them, { stageRole: "LISTENER", ...cleared });
      await tx.roomBan.create({ data: { roomId, userId: them.userId, bannedById: actor.userId } });
      return [{ kind: "remove", identity: them.userId }];
    case "unban":
      await tx.roomBan.delete({ where: { roomId_userId: them } });
      return [];
  }
}

async function tellLiveKit(roomId: string, effect: LiveEffect) {
  switch (effect.kind) {
    case "stage":
      await applyStage(roomId, effect.identity, { stageRole: effect.stageRole, handRaisedAt: "", invitedToSpeak: "" });
      return;
    case "attributes":
      await setStageAttributes(roomId, effect.identity, effect.attributes);
      return;
    case "mute":
      await muteMicrophone(roomId, effect.identity);
      return;
    case "remove":
      await removeFromRoom(roomId, effect.identity);
      return;
    case "room":
      await setRoomState(roomId, { handsEnabled: effect.handsEnabled });
      return;
  }
}
