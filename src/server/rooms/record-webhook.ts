import "server-only";

import type { WebhookEvent } from "livekit-server-sdk";

import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { closeLiveKitRoom, removeFromRoom } from "@/server/livekit";
import { endEmptyRooms } from "@/server/rooms/end-empty-rooms";
import { applyPresence, presenceChange } from "@/server/rooms/presence";
import { isUnwelcome } from "@/server/rooms/unwelcome";
import { restoreStage } from "@/server/stage/restore-stage";

/**
 * Handles a verified LiveKit webhook exactly once. LiveKit retries deliveries, so the event id is
 * the idempotency key: its row in LiveKitEvent is inserted in the same transaction as the presence
 * change, and a delivery whose id is already there changes nothing.
 */
export async function recordWebhook(event: WebhookEvent): Promise<{ duplicate: boolean }> {
  if (!event.id) throw new DomainError("bad_request", "The webhook has no event id.");
  const change = presenceChange(event);

  const outcome = await db.$transaction(async (tx) => {
    const created = await tx.liveKitEvent.createMany({
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
    if (created.count === 0) return { duplicate: true, roomStatus: null };
    return { duplicate: false, roomStatus: change ? await applyPresence(tx, change) : null };
  });

  if (change?.kind === "finished" && outcome.roomStatus === "LIVE") {
    // LiveKit closed its room after the grace period: end ours too if it has been empty that long.
    await endEmptyRooms({ roomId: change.roomId });
  }
  if (change?.kind === "joined" && outcome.roomStatus === "ENDED") {
    // Someone connected to an ended room with a token minted before it ended: close it again.
    await closeLiveKitRoom(change.roomId);
  }
  if (change?.kind === "joined" && outcome.roomStatus === "LIVE") {
    if (await isUnwelcome(change.roomId, change.userId)) {
      // A banned or suspended member connected with a token minted before: disconnect them now.
      await removeFromRoom(change.roomId, change.userId);
    } else {
      await restoreStage(change.roomId, change.userId, {
        attributes: event.participant?.attributes ?? {},
        canPublish: event.participant?.permission?.canPublish ?? false,
      });
    }
  }
  return { duplicate: outcome.duplicate };
}
