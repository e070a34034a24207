import type { Metadata } from "next";
import Link from "next/link";

import { MarkRead } from "@/components/notifications/mark-read";
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
                {room && room.status === "LIVE" ? (
                  <Link href={`/rooms/${room.id}`}>
                    {who} is live: {room.title}
                  </Link>
                ) : (
                  <span>
                    {who} was live{room ? `: ${room.title}` : ""} (ended)
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
