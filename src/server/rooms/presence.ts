import "server-only";

import type { WebhookEvent } from "livekit-server-sdk";

import type { Prisma } from "@/generated/prisma/client";
import type { RoomStatus } from "@/generated/prisma/enums";

/**
 * Presence from LiveKit's webhooks (identity = user id, room name = room id). Each participant
 * connection is a session named by the time LiveKit let it in; a member's `joinedAt` only moves
 * forward, so late or out-of-order deliveries (the leave of an older connection after a reconnect,
 * a leave before its own join) cannot mark a connected member as gone.
 */
export type PresenceChange =
  | { kind: "joined" | "left"; roomId: string; userId: string; session: Date; at: Date }
  | { kind: "finished"; roomId: string; at: Date };

/** The presence change a webhook carries, or null for events that do not change presence. */
export function presenceChange(event: WebhookEvent): PresenceChange | null {
  const roomId = event.room?.name;
  if (!roomId) return null;
  const at = event.createdAt > 0n ? new Date(Number(event.createdAt) * 1000) : new Date();
  if (event.event === "room_finished") return { kind: "finished", roomId, at };
  if (event.event !== "participant_joined" && event.event !== "participant_left") return null;
  const participant = event.participant;
  if (!participant?.identity) return null;
  const sessionMs =
    participant.joinedAtMs > 0n ? Number(participant.joinedAtMs) : Number(participant.joinedAt) * 1000 || at.getTime();
  return {
    kind: event.event === "participant_joined" ? "joined" : "left",
    roomId,
    userId: participant.identity,
    session: new Date(sessionMs),
    at,
  };
}

type RoomRow = { status: RoomStatus; lastActivityAt: Date; emptySince: Date | null };

/**
 * Applies a presence change inside the caller's transaction and returns the room's status (null
 * when no such room exists). The room row is locked first, so changes to one room apply one at a
 * time and "is anybody still connected" is never answered from a stale count.
 */
export async function applyPresence(tx: Prisma.TransactionClient, change: PresenceChange): Promise<RoomStatus | null> {
  const [room] = await tx.$queryRaw<RoomRow[]>`
    SELECT "status", "lastActivityAt", "emptySince" FROM "Room" WHERE "id" = ${change.roomId} FOR UPDATE`;
  if (!room) return null;

  const roomId = change.roomId;
  if (change.kind === "joined") {
    await tx.roomMember.updateMany({
      where: { roomId, userId: change.userId, OR: [{ joinedAt: null }, { joinedAt: { lt: change.session } }] },
      data: { connected: true, joinedAt: change.session, leftAt: null },
    });
  } else if (change.kind === "left") {
    await tx.roomMember.updateMany({
      where: { roomId, userId: change.userId, OR: [{ joinedAt: null }, { joinedAt: { lte: change.session } }] },
      data: { connected: false, joinedAt: change.session, leftAt: change.at },
    });
  } else {
    // LiveKit closed the room: whoever connected before that is gone.
    await tx.roomMember.updateMany({
      where: { roomId, connected: true, OR: [{ joinedAt: null }, { joinedAt: { lte: change.at } }] },
      data: { connected: false, leftAt: change.at },
    });
  }

  const connected = await tx.roomMember.count({ where: { roomId, connected: true } });
  await tx.room.update({
    where: { id: roomId },
    data: {
      lastActivityAt: change.kind === "finished" || change.at <= room.lastActivityAt ? undefined : change.at,
      emptySince: connected > 0 ? null : (room.emptySince ?? change.at),
    },
  });
  return room.status;
}
