import "server-only";

import type { Prisma } from "@/generated/prisma/client";

/**
 * Tells the host's followers that the host went live, inside the transaction that opens the room:
 * every follower for open and followers rooms, only invited followers for closed rooms. Suspended
 * members are not notified, nor the members in `except` (told about the room another way).
 */
export async function notifyRoomLive(
  tx: Prisma.TransactionClient,
  room: { id: string; createdById: string; visibility: "OPEN" | "FOLLOWERS" | "CLOSED" },
  except: string[] = [],
): Promise<void> {
  const followers = await tx.follow.findMany({
    where: {
      followingId: room.createdById,
      followerId: { notIn: except },
      follower: {
        suspendedAt: null,
        ...(room.visibility === "CLOSED" ? { roomInvites: { some: { roomId: room.id } } } : {}),
      },
    },
    select: { followerId: true },
  });
  await tx.notification.createMany({
    data: followers.map(({ followerId }) => ({
      userId: followerId,
      kind: "ROOM_LIVE" as const,
      actorId: room.createdById,
      roomId: room.id,
    })),
  });
}
