import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";

/**
 * Who may see and join a room, as one Prisma filter used by the hallway and by the room page and
 * token route alike: open rooms are for every member, followers rooms for the host's followers,
 * closed rooms for invited members; the host and the co-hosts named for it always; a member banned
 * from a room never. Scheduled rooms are seen by the same rule.
 */
export function visibleTo(memberId: string): Prisma.RoomWhereInput {
  return {
    bans: { none: { userId: memberId } },
    OR: [
      { visibility: "OPEN" },
      { createdById: memberId },
      { coHosts: { some: { userId: memberId } } },
      { visibility: "FOLLOWERS", createdBy: { followers: { some: { followerId: memberId } } } },
      { visibility: "CLOSED", invites: { some: { userId: memberId } } },
    ],
  };
}

/**
 * The same rule from the members' side, for one room: which members may see it (used to pick who
 * is told that a room started). Keep it in step with `visibleTo`.
 */
export function membersWhoMaySee(room: { id: string; createdById: string; visibility: "OPEN" | "FOLLOWERS" | "CLOSED" }): Prisma.UserWhereInput {
  const notBanned: Prisma.UserWhereInput = { roomBans: { none: { roomId: room.id } } };
  if (room.visibility === "OPEN") return notBanned;
  return {
    ...notBanned,
    OR: [
      { id: room.createdById },
      { coHosting: { some: { roomId: room.id } } },
      room.visibility === "FOLLOWERS"
        ? { following: { some: { followingId: room.createdById } } }
        : { roomInvites: { some: { roomId: room.id } } },
    ],
  };
}

const roomFields = {
  id: true,
  title: true,
  description: true,
  topic: { select: { slug: true, name: true } },
  visibility: true,
  status: true,
  scheduledFor: true,
  createdById: true,
  createdBy: { select: { name: true, email: true } },
} satisfies Prisma.RoomSelect;

export type AccessibleRoom = Prisma.RoomGetPayload<{ select: typeof roomFields }>;

/** The room if the member may see it (live or ended); 404 if there is no such room, 403 if it is not theirs to see. */
export async function requireRoomAccess(memberId: string, roomId: string): Promise<AccessibleRoom> {
  const room = await db.room.findFirst({ where: { id: roomId, ...visibleTo(memberId) }, select: roomFields });
  if (room) return room;
  const exists = await db.room.count({ where: { id: roomId } });
  if (exists === 0) throw new DomainError("not_found", "This room does not exist.");
  throw new DomainError("forbidden", "This room is not open to you.");
}
