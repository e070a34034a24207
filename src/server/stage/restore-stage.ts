import "server-only";

import { db } from "@/server/db";
import { applyStage } from "@/server/livekit";
import { stageAttributesOf } from "@/server/stage/attributes";
import { stagePermission } from "@/server/stage/permissions";

/**
 * Brings a participant who just joined LiveKit in line with Postgres. A client that reconnects
 * with an older token (after a network loss, or to a restarted LiveKit that forgot the room) may
 * carry a stale role; Postgres is the record, so its role, hand and invitation are applied again.
 */
export async function restoreStage(
  roomId: string,
  userId: string,
  reported: { attributes: Readonly<Record<string, string>>; canPublish: boolean },
): Promise<void> {
  const place = await db.roomMember.findUnique({
    where: { roomId_userId: { roomId, userId } },
    select: { stageRole: true, handRaisedAt: true, invitedToSpeakAt: true },
  });
  if (!place) return;
  const wanted = stageAttributesOf(place);
  const inLine =
    reported.canPublish === stagePermission(place.stageRole).canPublish &&
    (Object.keys(wanted) as (keyof typeof wanted)[]).every((key) => (reported.attributes[key] ?? "") === wanted[key]);
  if (!inLine) await applyStage(roomId, userId, wanted);
}
