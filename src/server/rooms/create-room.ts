import "server-only";

import type { CreateRoomInput } from "@/lib/rooms/schemas";
import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { openLiveKitRoom } from "@/server/livekit";
import { notifyRoomLive } from "@/server/notifications/notify-room-live";
import { requireTopics } from "@/server/topics/topics";

/**
 * Opens a room that starts at once, with its creator as host on stage. Its topic must be one of the
 * curated topics; a closed room's invitees must all be members. The room is empty until the host connects, so its grace period starts now.
 * The host's followers who may see the room are notified that the host went live. The LiveKit room
 * is opened inside the transaction: if LiveKit refuses, no room and no notification is left behind.
 */
export async function createRoom(host: Member, input: CreateRoomInput): Promise<{ id: string }> {
  if (input.topic) await requireTopics([input.topic]);
  const inviteeIds = input.visibility === "CLOSED" ? await resolveInvitees(host.id, input.invitees ?? []) : [];
  const now = new Date();

  return db.$transaction(async (tx) => {
    const room = await tx.room.create({
      data: {
        title: input.title,
        topicSlug: input.topic ?? null,
        description: input.description ?? null,
        visibility: input.visibility,
        createdById: host.id,
        createdAt: now,
        lastActivityAt: now,
        emptySince: now,
        members: { create: { userId: host.id, stageRole: "HOST" } },
        invites: { create: inviteeIds.map((userId) => ({ userId })) },
      },
      select: { id: true, createdById: true, visibility: true },
    });
    await notifyRoomLive(tx, room);
    await openLiveKitRoom(room.id);
    return { id: room.id };
  });
}

/** The ids of the members invited by address (422 naming any address no member uses); never the host. */
export async function resolveInvitees(hostId: string, addresses: string[]): Promise<string[]> {
  const emails = [...new Set(addresses.map((address) => address.toLowerCase()))];
  if (emails.length === 0) return [];
  const members = await db.user.findMany({
    where: { email: { in: emails, mode: "insensitive" }, suspendedAt: null },
    select: { id: true, email: true },
  });
  const found = new Set(members.map((member) => member.email.toLowerCase()));
  const unknown = emails.filter((email) => !found.has(email));
  if (unknown.length > 0) {
    throw new DomainError("unprocessable", `No member uses ${unknown.join(", ")}. Invite members by the address they sign in with.`);
  }
  return members.map((member) => member.id).filter((id) => id !== hostId);
}
