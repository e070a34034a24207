import "server-only";

import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { requireRoomAccess } from "@/server/rooms/room-access";

/**
 * A member asks to be told when a scheduled room they may see starts ("Notify me", `going`), or
 * takes that back. Idempotent: asking twice keeps one RSVP, taking back twice leaves none. The
 * host and co-hosts start the room themselves, so they do not RSVP.
 */
export async function setRsvp(member: Member, roomId: string, going: boolean): Promise<{ rsvped: boolean; count: number }> {
  const room = await requireRoomAccess(member.id, roomId);
  if (room.status !== "SCHEDULED") throw new DomainError("conflict", "This room is not scheduled any more.");
  if (going) {
    const hosting = await db.room.count({
      where: { id: roomId, OR: [{ createdById: member.id }, { coHosts: { some: { userId: member.id } } }] },
    });
    if (hosting > 0) throw new DomainError("unprocessable", "You host this room: you start it yourself.");
    await db.roomRsvp.createMany({ data: [{ roomId, userId: member.id }], skipDuplicates: true });
  } else {
    await db.roomRsvp.deleteMany({ where: { roomId, userId: member.id } });
  }
  return { rsvped: going, count: await db.roomRsvp.count({ where: { roomId } }) };
}
