import type { Metadata } from "next";
import Link from "next/link";

import { MarkRead } from "@/components/notifications/mark-read";
import type { NotificationKind } from "@/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import { requireMember } from "@/server/auth/guards";
import { listNotifications } from "@/server/notifications/list-notifications";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const member = await requireMember("/notifications");
  const notifications = await listNotifications(member.id);
  const newest = notifications.find((notification) => notification.readAt === null);

  return (
    <main id="main" className="stack">
      <h1>Notifications</h1>
      {newest ? <MarkRead until={newest.createdAt.toISOString()} /> : null}
      {notifications.length === 0 ? (
        <div className="card empty">
          <p>Nothing yet. Follow members to hear when they go live.</p>
        </div>
      ) : (
        <ul className="notification-list">
          {notifications.map((notification) => {
            const who = notification.actor?.name ?? "A member";
            const room = notification.room;
            return (
              <li key={notification.id} className="card" data-unread={notification.readAt === null || undefined}>
                {notification.readAt === null ? <span className="badge">New</span> : null}
                {room && room.status !== "ENDED" ? (
                  <Link href={`/rooms/${room.id}`}>
                    {describe(notification.kind, who)}: {room.title}
                  </Link>
                ) : (
                  <span>
                    {describe(notification.kind, who)}
                    {room ? `: ${room.title}` : ""} (ended)
                  </span>
                )}
                <span className="muted"> · {formatDateTime(notification.createdAt)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}

function describe(kind: NotificationKind, who: string): string {
  switch (kind) {
    case "ROOM_LIVE":
      return `${who} is live`;
    case "ROOM_PING":
      return `${who} pinged you into a room`;
    case "SPEAK_INVITE":
      return `${who} invited you to speak`;
    case "RSVP_ROOM_STARTED":
      return `${who} started a room you asked to hear about`;
    case "HOSTED_ROOM_STARTED":
      return `${who} started a room you are hosting`;
  }
}
