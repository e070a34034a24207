import "server-only";

import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { closeLiveKitRoom } from "@/server/livekit";

/**
 * The host or a moderator ends the room for everyone (it is in the room's moderation log): it is marked ENDED first (so nobody gets a new token), then
 * LiveKit closes it, which disconnects everyone with the reason ROOM_DELETED. Ending an ended room
 * again only closes LiveKit's room again, so a failed attempt can simply be retried.
 */
export async function endRoom(member: Member, roomId: string): Promise<void> {
  const place = await db.roomMember.findUnique({
    where: { roomId_userId: { roomId, userId: member.id } },
    select: { stageRole: true },
  });
  if (place?.stageRole !== "HOST" && place?.stageRole !== "MODERATOR") {
    const exists = await db.room.count({ where: { id: roomId } });
    if (exists === 0) throw new DomainError("not_found", "This room does not exist.");
    throw new DomainError("forbidden", "Only the host or a moderator can end this room.");
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.room.updateMany({
      where: { id: roomId, status: "LIVE" },
      data: { status: "ENDED", endedAt: new Date() },
    });
    if (count === 1) {
      await tx.auditLog.create({
        data: { actorId: member.id, scope: roomId, action: "end_room", targetType: "room", targetId: roomId },
      });
    }
  });
  await closeLiveKitRoom(roomId);
}
