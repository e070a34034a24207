import "server-only";

import type { Member } from "@/server/auth/guards";
import { DomainError } from "@/server/errors";
import { calendarFile } from "@/server/rooms/calendar";
import { requireRoomAccess } from "@/server/rooms/room-access";

/** Calendars need an end; rooms have none, so the entry lasts an hour. */
const EXPECTED_MINUTES = 60;

/** The .ics file of a scheduled room the member may see (409 once it started or was cancelled). */
export async function scheduledRoomCalendar(member: Member, roomId: string, baseUrl: string, now: Date = new Date()): Promise<string> {
  const room = await requireRoomAccess(member.id, roomId);
  if (room.status !== "SCHEDULED") throw new DomainError("conflict", "This room is not scheduled any more.");
  return calendarFile({
    uid: `${roomId}@${new URL(baseUrl).host}`,
    title: room.title,
    description: room.description,
    start: room.scheduledFor ?? now,
    durationMinutes: EXPECTED_MINUTES,
    url: `${baseUrl}/rooms/${roomId}`,
    stamp: now,
  });
}
