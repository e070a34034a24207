import "server-only";

import type { StageRole } from "@/generated/prisma/enums";
import { isOnStage } from "@/lib/stage/roles";

/**
 * What a stage role may do in LiveKit. Always the full set: LiveKit's updateParticipant replaces
 * the whole permission, so an omitted flag would silently turn off. Nobody may change their own
 * metadata or attributes: roles are set by the server only.
 */
export type StagePermission = {
  canSubscribe: true;
  canPublish: boolean;
  canPublishData: boolean;
  canPublishSources: ("microphone")[];
  canUpdateMetadata: false;
};

export function stagePermission(role: StageRole): StagePermission {
  const onStage = isOnStage(role);
  return {
    canSubscribe: true,
    canPublish: onStage,
    canPublishData: false,
    canPublishSources: onStage ? ["microphone"] : [],
    canUpdateMetadata: false,
  };
}
