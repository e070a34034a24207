import "server-only";

import type { StageRole } from "@/generated/prisma/enums";
import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { createJoinToken, type JoinToken } from "@/server/livekit";
import { requireRoomAccess, type AccessibleRoom } from "@/server/rooms/room-access";
import { stageAttributesOf } from "@/server/stage/attributes";
import { avatarPath } from "@/lib/members/profile-url";
import { participantMetadata } from "@/lib/members/participant-metadata";

export type JoinedRoom = JoinToken & { roomId: string; stageRole: StageRole };

/**
 * Lets a member into a live room they may see (visibility, bans): their stage role comes from
 * Postgres (a newcomer joins the audience; the co-hosts of a scheduled room were made moderators
 * when it started), and the token carries exactly that role's grants with the identity of the
 * session. A scheduled room has no audio until it starts (409).
 */
export async function joinRoom(member: Member, roomId: string): Promise<JoinedRoom> {
  return joinAccessibleRoom(member, await requireRoomAccess(member.id, roomId));
}

/**
 * The same for a room the caller has just loaded with requireRoomAccess: the room page mints the
 * token while it renders, so the browser connects without a request of its own.
 */
export async function joinAccessibleRoom(member: Member, room: AccessibleRoom): Promise<JoinedRoom> {
  if (room.status === "ENDED") throw new DomainError("gone", "This room has ended.");
  if (room.status === "SCHEDULED") throw new DomainError("conflict", "This room has not started yet.");
  const roomId = room.id;

  // INSERT … ON CONFLICT DO NOTHING: two first joins at once (the room page and another tab) both
  // succeed. Prisma's upsert here was a read then an insert, and the loser failed with P2002 (500).
  await db.roomMember.createMany({ data: [{ roomId, userId: member.id, stageRole: "LISTENER" }], skipDuplicates: true });
  const place = await db.roomMember.findUniqueOrThrow({
    where: { roomId_userId: { roomId, userId: member.id } },
    select: { stageRole: true, handRaisedAt: true, invitedToSpeakAt: true, user: { select: { avatarKey: true } } },
  });

  const token = await createJoinToken({
    roomName: room.id,
    identity: member.id,
    name: member.name ?? member.email ?? "Member",
    metadata: participantMetadata({ avatarUrl: avatarPath(place.user.avatarKey) }),
    stage: stageAttributesOf(place),
  });
  return { ...token, roomId: room.id, stageRole: place.stageRole };
}
