import "server-only";

import { db } from "@/server/db";

/**
 * What anyone, signed in or not, may know of a room: only OPEN rooms have a public teaser (title,
 * description, topic, host). Followers-only and invite-only rooms give nothing away: null, as for a
 * room that does not exist.
 */
export async function findOpenRoomTeaser(roomId: string) {
  return db.room.findFirst({
    where: { id: roomId, visibility: "OPEN" },
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      topic: { select: { slug: true, name: true } },
      createdBy: { select: { id: true, name: true, handle: true, avatarKey: true } },
    },
  });
}
