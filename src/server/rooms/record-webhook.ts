import "server-only";

import type { WebhookEvent } from "livekit-server-sdk";

import { db } from "@/server/db";

/**
 * Records a verified LiveKit webhook once: LiveKit retries deliveries, so an event id already seen
 * is a no-op. Returns whether this delivery was new.
 */
export async function recordWebhook(event: WebhookEvent): Promise<boolean> {
  if (!event.id) return false;
  const created = await db.liveKitEvent.createMany({
    data: [
      {
        id: event.id,
        event: event.event,
        roomName: event.room?.name ?? null,
        identity: event.participant?.identity ?? null,
      },
    ],
    skipDuplicates: true,
  });
  return created.count === 1;
}
