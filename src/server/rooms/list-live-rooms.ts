import "server-only";

import { db } from "@/server/db";

export type LiveRoomSummary = { id: string; title: string; hostName: string };

/** Live rooms, newest activity first. */
export async function listLiveRooms(limit = 50): Promise<LiveRoomSummary[]> {
  const rooms = await db.room.findMany({
    where: { status: "LIVE" },
    orderBy: { lastActivityAt: "desc" },
    take: limit,
    select: { id: true, title: true, createdBy: { select: { name: true, email: true } } },
  });
  return rooms.map((room) => ({
    id: room.id,
    title: room.title,
    hostName: room.createdBy.name ?? room.createdBy.email,
  }));
}
