import "server-only";

import { env } from "@/env";
import { db } from "@/server/db";
import { closeLiveKitRoom } from "@/server/livekit";

/**
 * Ends live rooms that nobody has been connected to for the grace period (ROOM_EMPTY_GRACE_SECONDS),
 * without a scheduler: the hallway runs it on every refresh and the webhook on room_finished.
 * Returns the ids it ended. LiveKit closes its own room after the same timeout; closing it here as
 * well covers a room whose leave webhooks were missed.
 */
export async function endEmptyRooms(options: { roomId?: string; now?: Date } = {}): Promise<string[]> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - env.ROOM_EMPTY_GRACE_SECONDS * 1000);
  const ended = await db.room.updateManyAndReturn({
    where: { id: options.roomId, status: "LIVE", emptySince: { lte: cutoff } },
    data: { status: "ENDED", endedAt: now },
    select: { id: true },
  });
  const closing = await Promise.allSettled(ended.map((room) => closeLiveKitRoom(room.id)));
  for (const [index, result] of closing.entries()) {
    // The room has ended for the app either way; LiveKit's own timeout closes what is left.
    if (result.status === "rejected") console.warn(`could not close LiveKit room ${ended[index]!.id}:`, result.reason);
  }
  return ended.map((room) => room.id);
}
