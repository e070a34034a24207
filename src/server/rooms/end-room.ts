import "server-only";

import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { closeLiveKitRoom } from "@/server/livekit";

/**
 * The host ends the room for everyone: it is marked ENDED first (so nobody gets a new token), then
 * LiveKit closes it, which disconnects everyone with the reason ROOM_DELETED. Ending an ended room
 * again only closes LiveKit's room again, so a failed attempt can simply be retried.
 */
export async function endRoom(member: Member, roomId: string): Promise<void> {
  const place = await db.roomMember.findUnique({
    where: { roomId_userId: { roomId, userId: member.id } },
    select: { stageRole: true },
  });
  if (place?.stageRole !== "HOST") {
    const exists = await db.room.count({ where: { id: roomId } });
    if (exists === 0) throw new DomainError("not_found", "This room does not exist.");
    throw new DomainError("forbidden", "Only the host can end this room.");
  }
  await db.room.updateMany({ where: { id: roomId, status: "LIVE" }, data: { status: "ENDED", endedAt: new Date() } });
  await closeLiveKitRoom(roomId);
}
