import "server-only";

import type { StageRole } from "@/generated/prisma/enums";

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

const ON_STAGE: ReadonlySet<StageRole> = new Set<StageRole>(["HOST", "MODERATOR", "SPEAKER"]);

export function isOnStage(role: StageRole): boolean {
  return ON_STAGE.has(role);
}

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
