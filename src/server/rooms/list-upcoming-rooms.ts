import "server-only";

import type { UpcomingRoomSummary } from "@/lib/rooms/types";
import { db } from "@/server/db";
import { roomTextMatches } from "@/server/rooms/list-live-rooms";
import { visibleTo } from "@/server/rooms/room-access";

/** A scheduled room its host has not started this long after its time leaves the lists (its page stays). */
export const OVERDUE_LISTED_HOURS = 12;

/**
 * Scheduled rooms the member may see (the same filter as live rooms), soonest first, narrowed with
 * `topic` to one topic and with `query` to rooms whose title, description or topic name contains
 * it. Rooms overdue by more than OVERDUE_LISTED_HOURS are left out.
 */
export async function listUpcomingRooms(
  memberId: string,
  limit = 20,
  options: { topic?: string; query?: string; now?: Date } = {},
): Promise<UpcomingRoomSummary[]> {
  const now = options.now ?? new Date();
  const rooms = await db.room.findMany({
    where: {
      status: "SCHEDULED",
      scheduledFor: { gte: new Date(now.getTime() - OVERDUE_LISTED_HOURS * 60 * 60 * 1000) },
      AND: [
        visibleTo(memberId),
        options.topic ? { topicSlug: options.topic } : {},
        options.query ? roomTextMatches(options.query) : {},
      ],
    },
    orderBy: [{ scheduledFor: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      title: true,
      topic: { select: { slug: true, name: true } },
      visibility: true,
      scheduledFor: true,
      createdById: true,
      createdBy: { select: { name: true, email: true } },
      coHosts: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true } } } },
      rsvps: { where: { userId: memberId }, select: { userId: true } },
      _count: { select: { rsvps: true } },
    },
  });
  return rooms.map((room) => ({
    id: room.id,
    title: room.title,
    topic: room.topic,
    visibility: room.visibility,
    hostName: room.createdBy.name ?? room.createdBy.email,
    coHostNames: room.coHosts.map(({ user }) => user.name ?? "Member"),
    scheduledFor: room.scheduledFor!.toISOString(),
    rsvpCount: room._count.rsvps,
    rsvped: room.rsvps.length > 0,
    hosting: room.createdById === memberId || room.coHosts.some(({ user }) => user.id === memberId),
  }));
}
