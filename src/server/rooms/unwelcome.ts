import "server-only";

import { db } from "@/server/db";
import { removeFromRoom } from "@/server/livekit";

/**
 * Whether a member may not be in a room's LiveKit session: banned from the room, or suspended.
 * A LiveKit token cannot be revoked, so the server checks every join (webhook) against this.
 */
export async function isUnwelcome(roomId: string, userId: string): Promise<boolean> {
  const [ban, user] = await Promise.all([
    db.roomBan.findUnique({ where: { roomId_userId: { roomId, userId } }, select: { userId: true } }),
    db.user.findUnique({ where: { id: userId }, select: { suspendedAt: true } }),
  ]);
  return ban !== null || !user || user.suspendedAt !== null;
}

/** Disconnects a (suspended) member from every live room LiveKit has them in. */
export async function removeFromLiveRooms(userId: string): Promise<void> {
  const places = await db.roomMember.findMany({
    where: { userId, connected: true, room: { status: "LIVE" } },
    select: { roomId: true },
  });
  await Promise.all(places.map((place) => removeFromRoom(place.roomId, userId)));
}
