import "server-only";

import { db } from "@/server/db";

/** What a scheduled room's page shows beyond the room itself, for one member. */
export async function getScheduledRoomDetails(memberId: string, roomId: string, now: Date = new Date()) {
  const room = await db.room.findUniqueOrThrow({
    where: { id: roomId },
    select: {
      scheduledFor: true,
      createdById: true,
      coHosts: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, handle: true } } } },
      rsvps: { where: { userId: memberId }, select: { userId: true } },
      _count: { select: { rsvps: true } },
    },
  });
  const coHosts = room.coHosts.map(({ user }) => ({ id: user.id, name: user.name ?? "Member", handle: user.handle }));
  const scheduledFor = room.scheduledFor ?? now;
  return {
    scheduledFor,
    overdue: scheduledFor.getTime() < now.getTime(),
    coHosts,
    rsvpCount: room._count.rsvps,
    rsvped: room.rsvps.length > 0,
    isHost: room.createdById === memberId,
    isCoHost: coHosts.some((coHost) => coHost.id === memberId),
  };
}
