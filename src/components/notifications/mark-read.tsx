"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Once the notification centre is shown, marks what it showed as read and refreshes the page's
 * server data (the header's unread count). Nothing to show if it fails: they stay unread.
 */
export function MarkRead({ until }: { until: string }) {
  const router = useRouter();
  useEffect(() => {
    void fetch("/api/notifications/read", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ until }),
    }).then((response) => {
      if (response.ok) router.refresh();
    }, () => undefined);
  }, [until, router]);
  return null;
}
