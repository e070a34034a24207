import "server-only";

import { ON_STAGE_ROLES } from "@/lib/stage/roles";
import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { requireRoomAccess, visibleTo } from "@/server/rooms/room-access";

/**
 * A member on stage in a live room pings another member into it: the other member gets a
 * notification. Only someone the room is open to can be pinged; a ping they have not read yet
 * is not repeated.
 */
export async function pingMember(pinger: Member, roomId: string, targetId: string): Promise<void> {
  const room = await requireRoomAccess(pinger.id, roomId);
  if (room.status === "SCHEDULED") throw new DomainError("conflict", "This room has not started yet.");
  if (room.status !== "LIVE") throw new DomainError("gone", "This room has ended.");
  const onStage = await db.roomMember.count({
    where: { roomId, userId: pinger.id, stageRole: { in: [...ON_STAGE_ROLES] } },
  });
  if (onStage === 0) throw new DomainError("forbidden", "Only members on stage can ping others into the room.");
  if (targetId === pinger.id) throw new DomainError("unprocessable", "You are already here.");
  const target = await db.user.findUnique({ where: { id: targetId }, select: { suspendedAt: true } });
  if (!target || target.suspendedAt) throw new DomainError("not_found", "This member does not exist.");
  const open = await db.room.count({ where: { id: roomId, ...visibleTo(targetId) } });
  if (open === 0) throw new DomainError("forbidden", "This room is not open to them.");

  const pending = await db.notification.count({ where: { userId: targetId, roomId, kind: "ROOM_PING", readAt: null } });
  if (pending > 0) return;
  await db.notification.create({ data: { userId: targetId, kind: "ROOM_PING", actorId: pinger.id, roomId } });
}

/** The live rooms where the member is on stage (where they could ping someone in). */
export async function listRoomsOnStage(memberId: string) {
  return db.room.findMany({
    where: { status: "LIVE", members: { some: { userId: memberId, stageRole: { in: [...ON_STAGE_ROLES] } } } },
    orderBy: { lastActivityAt: "desc" },
    take: 5,
    select: { id: true, title: true },
  });
}
