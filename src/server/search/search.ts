import "server-only";

import type { LiveRoomSummary, UpcomingRoomSummary } from "@/lib/rooms/types";
import { db } from "@/server/db";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";
import { listUpcomingRooms } from "@/server/rooms/list-upcoming-rooms";

const RESULTS = 20;

export type SearchResults = {
  rooms: LiveRoomSummary[];
  /** Scheduled rooms, soonest first. */
  upcoming: UpcomingRoomSummary[];
  members: { id: string; name: string | null; handle: string | null; headline: string | null }[];
  topics: { slug: string; name: string }[];
};

/**
 * Searches, case-insensitively (ILIKE in Postgres, served by pg_trgm's trigram indexes), live rooms the member may see (by title,
 * description or topic; ranked as in the hallway), upcoming rooms they may see (the same fields,
 * soonest first), members who are not suspended (by name, handle or headline, never by address)
 * and topics (by name).
 */
export async function search(memberId: string, query: string): Promise<SearchResults> {
  const text = { contains: query, mode: "insensitive" as const };
  const [rooms, upcoming, members, topics] = await Promise.all([
    listLiveRooms(memberId, RESULTS, { query }),
    listUpcomingRooms(memberId, RESULTS, { query }),
    db.user.findMany({
      where: { suspendedAt: null, OR: [{ name: text }, { headline: text }, { handle: text }] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: RESULTS,
      select: { id: true, name: true, handle: true, headline: true },
    }),
    db.topic.findMany({ where: { name: text }, orderBy: { name: "asc" }, take: RESULTS, select: { slug: true, name: true } }),
  ]);
  return { rooms, upcoming, members, topics };
}
