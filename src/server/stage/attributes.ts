import "server-only";

import type { StageRole } from "@/generated/prisma/enums";
import type { StageAttributes } from "@/server/livekit";

/** The LiveKit attributes that show a member's stage state as Postgres has it. */
export function stageAttributesOf(place: {
  stageRole: StageRole;
  handRaisedAt: Date | null;
  invitedToSpeakAt: Date | null;
}): StageAttributes & { stageRole: StageRole } {
  return {
    stageRole: place.stageRole,
    handRaisedAt: place.handRaisedAt?.toISOString() ?? "",
    invitedToSpeak: place.invitedToSpeakAt ? "true" : "",
  };
}
