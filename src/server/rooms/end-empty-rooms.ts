import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/env";
import { db } from "@/server/db";
import { closeLiveKitRoom } from "@/server/livekit";

/** Rooms that have not been empty for longer than the grace period: the lists show only these. */
export function notEmptyPastGrace(now: Date): Prisma.RoomWhereInput {
  return { OR: [{ emptySince: null }, { emptySince: { gt: graceCutoff(now) } }] };
}

function graceCutoff(now: Date): Date {
  return new Date(now.getTime() - env.ROOM_EMPTY_GRACE_SECONDS * 1000);
}

/** How often the hallway's reads may trigger the sweep below. */
const SWEEP_INTERVAL_MS = 5_000;
let lastSweepAt = 0;

/**
 * Runs endEmptyRooms in the background, at most every few seconds per app process: the hallway's
 * reads trigger it, so rooms end without a scheduler, but no read waits for (or repeats) the write.
 */
export function sweepEmptyRooms(): void {
  const now = Date.now();
  if (now - lastSweepAt < SWEEP_INTERVAL_MS) return;
  lastSweepAt = now;
  endEmptyRooms().catch((error: unknown) => console.warn("could not end empty rooms:", error));
}

/**
 * Ends live rooms that nobody has been connected to for the grace period (ROOM_EMPTY_GRACE_SECONDS),
 * without a scheduler: the hallway's reads trigger it (sweepEmptyRooms) and the webhook on room_finished.
 * Returns the ids it ended. LiveKit closes its own room after the same timeout; closing it here as
 * well covers a room whose leave webhooks were missed.
 */
export async function endEmptyRooms(options: { roomId?: string; now?: Date } = {}): Promise<string[]> {
  const now = options.now ?? new Date();
  const cutoff = graceCutoff(now);
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
