import "server-only";

import { db } from "@/server/db";

export function getRoom(roomId: string) {
  return db.room.findUnique({
    where: { id: roomId },
    select: { id: true, title: true, description: true, status: true },
  });
}
