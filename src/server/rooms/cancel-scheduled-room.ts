import "server-only";

import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { requireRoomAccess } from "@/server/rooms/room-access";

/**
 * The host calls off a scheduled room: it becomes ENDED (it leaves the upcoming lists, and its page
 * says it has ended). Nobody is notified. A room that already started is ended from inside it.
 */
export async function cancelScheduledRoom(member: Member, roomId: string, now: Date = new Date()): Promise<void> {
  const room = await requireRoomAccess(member.id, roomId);
  if (room.createdById !== member.id) throw new DomainError("forbidden", "Only the host can cancel this room.");
  await db.$transaction(async (tx) => {
    const { count } = await tx.room.updateMany({
      where: { id: roomId, status: "SCHEDULED" },
      data: { status: "ENDED", endedAt: now },
    });
    if (count === 1) {
      await tx.auditLog.create({
        data: { actorId: member.id, scope: roomId, action: "cancel_room", targetType: "room", targetId: roomId },
      });
      return;
    }
    const { status } = await tx.room.findUniqueOrThrow({ where: { id: roomId }, select: { status: true } });
    if (status === "LIVE") throw new DomainError("conflict", "This room has started: end it from the room.");
  });
}
