import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { avatarPath } from "@/lib/members/profile-url";
import type { LiveRoomSummary } from "@/lib/rooms/types";
import { isOnStage, ON_STAGE_ROLES } from "@/lib/stage/roles";
import { db } from "@/server/db";
import { notEmptyPastGrace, sweepEmptyRooms } from "@/server/rooms/end-empty-rooms";
import { visibleTo } from "@/server/rooms/room-access";
import { listInterests } from "@/server/topics/topics";

const SPEAKERS_SHOWN = 3;
/** The most recently active rooms considered for ranking. */
const CANDIDATES = 200;

/**
 * The hallway: live rooms the member may see (narrowed with `topic` to one topic, with `host` to
 * one host's rooms, with `query` to rooms whose title, description or topic name contains it, any
 * case), with the first speakers and the live counts (members connected, by stage role). Ranked: rooms whose host or a
 * connected speaker the member follows first, then rooms on the member's interests, then by size
 * (members connected), then newest activity. Rooms empty for longer than the grace period are not
 * listed (and are ended by a sweep, at most every few seconds).
 *
 * The ranking reads only ids, topics and counts of the candidates; titles, hosts and speakers are
 * loaded for the rooms shown (the API benchmark: loading them for every candidate cost most of the
 * request).
 */
export async function listLiveRooms(
  memberId: string,
  limit = 50,
  options: { topic?: string; host?: string; query?: string } = {},
): Promise<LiveRoomSummary[]> {
  sweepEmptyRooms();
  const candidates = await db.room.findMany({
    where: {
      status: "LIVE",
      AND: [
        visibleTo(memberId),
        notEmptyPastGrace(new Date()),
        options.topic ? { topicSlug: options.topic } : {},
        options.host ? { createdById: options.host } : {},
        options.query ? roomTextMatches(options.query) : {},
      ],
    },
    orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
    take: Math.max(limit, CANDIDATES),
    select: { id: true, topicSlug: true },
  });

  const candidateIds = candidates.map((room) => room.id);
  const followedByMe = { followers: { some: { followerId: memberId } } };
  const [counts, followedRooms, interests] = await Promise.all([
    db.roomMember.groupBy({
      by: ["roomId", "stageRole"],
      where: { roomId: { in: candidateIds }, connected: true },
      _count: { _all: true },
    }),
    db.room.findMany({
      where: {
        id: { in: candidateIds },
        OR: [
          { createdBy: followedByMe },
          { members: { some: { connected: true, stageRole: { in: [...ON_STAGE_ROLES] }, user: followedByMe } } },
        ],
      },
      select: { id: true },
    }),
    listInterests(memberId),
  ]);
  const tally = new Map<string, { speakers: number; listeners: number }>();
  for (const row of counts) {
    const entry = tally.get(row.roomId) ?? { speakers: 0, listeners: 0 };
    if (isOnStage(row.stageRole)) entry.speakers += row._count._all;
    else entry.listeners += row._count._all;
    tally.set(row.roomId, entry);
  }

  const followed = new Set(followedRooms.map((room) => room.id));
  const interesting = new Set(interests);
  const size = (roomId: string) => (tally.get(roomId)?.speakers ?? 0) + (tally.get(roomId)?.listeners ?? 0);
  const shownIds = candidates
    .map((room, activityRank) => ({
      id: room.id,
      activityRank,
      followed: followed.has(room.id),
      onInterest: room.topicSlug !== null && interesting.has(room.topicSlug),
      size: size(room.id),
    }))
    .sort(
      (a, b) =>
        Number(b.followed) - Number(a.followed) ||
        Number(b.onInterest) - Number(a.onInterest) ||
        b.size - a.size ||
        a.activityRank - b.activityRank,
    )
    .slice(0, limit)
    .map((room) => room.id);

  const details = new Map(
    (
      await db.room.findMany({
        where: { id: { in: shownIds } },
        select: {
          id: true,
          title: true,
          topic: { select: { slug: true, name: true } },
          visibility: true,
          createdBy: { select: { name: true, email: true } },
          members: {
            where: { connected: true, stageRole: { in: [...ON_STAGE_ROLES] } },
            orderBy: [{ stageRole: "asc" }, { joinedAt: "asc" }],
            take: SPEAKERS_SHOWN,
            select: { user: { select: { id: true, name: true, avatarKey: true } } },
          },
        },
      })
    ).map((room) => [room.id, room]),
  );

  // A room that ended between the two reads is left out.
  return shownIds.flatMap((id) => {
    const room = details.get(id);
    if (!room) return [];
    return [
      {
        id: room.id,
        title: room.title,
        topic: room.topic,
        visibility: room.visibility,
        hostName: room.createdBy.name ?? room.createdBy.email,
        speakers: room.members.map(({ user }) => ({ id: user.id, name: user.name ?? "Member", avatarUrl: avatarPath(user.avatarKey) })),
        speakerCount: tally.get(room.id)?.speakers ?? 0,
        listenerCount: tally.get(room.id)?.listeners ?? 0,
      },
    ];
  });
}

/** Rooms whose title, description or topic name contains the text, any case (ILIKE). */
export function roomTextMatches(query: string): Prisma.RoomWhereInput {
  const text = { contains: query, mode: "insensitive" as const };
  return { OR: [{ title: text }, { description: text }, { topic: { name: text } }] };
}
