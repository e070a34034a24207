import "server-only";

import { db } from "@/server/db";

const LISTED = 50;

/** The member's newest notifications, with who and which room they are about. */
export async function listNotifications(memberId: string) {
  return db.notification.findMany({
    where: { userId: memberId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LISTED,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      readAt: true,
      actor: { select: { id: true, name: true } },
      room: { select: { id: true, title: true, status: true } },
    },
  });
}

export async function countUnreadNotifications(memberId: string): Promise<number> {
  return db.notification.count({ where: { userId: memberId, readAt: null } });
}

/** Marks the member's notifications up to `until` as read (those that arrived later stay unread). */
export async function markNotificationsRead(memberId: string, until: Date): Promise<void> {
  await db.notification.updateMany({
    where: { userId: memberId, readAt: null, createdAt: { lte: until } },
    data: { readAt: new Date() },
  });
}
