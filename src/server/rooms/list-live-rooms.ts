import "server-only";

import type { LiveRoomSummary } from "@/lib/rooms/types";
import { isOnStage, ON_STAGE_ROLES } from "@/lib/stage/roles";
import { db } from "@/server/db";
import { endEmptyRooms } from "@/server/rooms/end-empty-rooms";
import { visibleTo } from "@/server/rooms/room-access";

const SPEAKERS_SHOWN = 3;

/**
 * The hallway: live rooms the member may see, newest activity first, with the first speakers and
 * the live counts (members connected, by stage role). Rooms empty for longer than the grace period
 * are ended first, so the hallway never lists them.
 */
export async function listLiveRooms(memberId: string, limit = 50): Promise<LiveRoomSummary[]> {
  await endEmptyRooms();
  const rooms = await db.room.findMany({
    where: { status: "LIVE", ...visibleTo(memberId) },
    orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      title: true,
      topic: true,
      visibility: true,
      createdBy: { select: { name: true, email: true } },
      members: {
        where: { connected: true, stageRole: { in: [...ON_STAGE_ROLES] } },
        orderBy: [{ stageRole: "asc" }, { joinedAt: "asc" }],
        take: SPEAKERS_SHOWN,
        select: { user: { select: { id: true, name: true } } },
      },
    },
  });

  const counts = await db.roomMember.groupBy({
    by: ["roomId", "stageRole"],
    where: { roomId: { in: rooms.map((room) => room.id) }, connected: true },
    _count: { _all: true },
  });
  const tally = new Map<string, { speakers: number; listeners: number }>();
  for (const row of counts) {
    const entry = tally.get(row.roomId) ?? { speakers: 0, listeners: 0 };
    if (isOnStage(row.stageRole)) entry.speakers += row._count._all;
    else entry.listeners += row._count._all;
    tally.set(row.roomId, entry);
  }

  return rooms.map((room) => ({
    id: room.id,
    title: room.title,
    topic: room.topic,
    visibility: room.visibility,
    hostName: room.createdBy.name ?? room.createdBy.email,
    speakers: room.members.map(({ user }) => ({ id: user.id, name: user.name ?? "Member" })),
    speakerCount: tally.get(room.id)?.speakers ?? 0,
    listenerCount: tally.get(room.id)?.listeners ?? 0,
  }));
}
