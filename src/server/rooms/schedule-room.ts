import "server-only";

import { scheduleTimeProblem, type ScheduleRoomInput } from "@/lib/rooms/schemas";
import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { resolveInvitees } from "@/server/rooms/create-room";
import { requireTopics } from "@/server/topics/topics";

/**
 * Announces a room for later (SCHEDULED): in the future, at most MAX_SCHEDULE_DAYS ahead, with
 * co-hosts who are members (not suspended, not the host). Nobody is notified and no LiveKit room is
 * opened until the host or a co-host starts it (`startScheduledRoom`).
 */
export async function scheduleRoom(host: Member, input: ScheduleRoomInput, now: Date = new Date()): Promise<{ id: string }> {
  const timeProblem = scheduleTimeProblem(input.scheduledFor, now);
  if (timeProblem) throw new DomainError("unprocessable", timeProblem);
  if (input.topic) await requireTopics([input.topic]);
  const coHostIds = await resolveCoHosts(host.id, input.coHosts);
  const inviteeIds = input.visibility === "CLOSED" ? await resolveInvitees(host.id, input.invitees ?? []) : [];

  const room = await db.room.create({
    data: {
      title: input.title,
      topicSlug: input.topic ?? null,
      description: input.description ?? null,
      visibility: input.visibility,
      status: "SCHEDULED",
      scheduledFor: input.scheduledFor,
      createdById: host.id,
      createdAt: now,
      lastActivityAt: now,
      coHosts: { create: coHostIds.map((userId) => ({ userId })) },
      invites: { create: inviteeIds.map((userId) => ({ userId })) },
    },
    select: { id: true },
  });
  return room;
}

async function resolveCoHosts(hostId: string, ids: string[]): Promise<string[]> {
  if (ids.includes(hostId)) throw new DomainError("unprocessable", "You host the room: name other members as co-hosts.");
  if (ids.length === 0) return [];
  const found = await db.user.count({ where: { id: { in: ids }, suspendedAt: null } });
  if (found !== ids.length) throw new DomainError("unprocessable", "A co-host you named is not a member (any more).");
  return ids;
}
