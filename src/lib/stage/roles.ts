/** Stage roles as the browser sees them (participant attribute `stageRole`, set by the server only). */
export const ON_STAGE_ROLES = ["HOST", "MODERATOR", "SPEAKER"] as const;

export type OnStageRole = (typeof ON_STAGE_ROLES)[number];

/** Whether a role is on stage (may speak); any other value, or none, is the audience. */
export function isOnStage(role: string | undefined): role is OnStageRole {
  return (ON_STAGE_ROLES as readonly string[]).includes(role ?? "");
}

export const stageRoleLabel: Record<OnStageRole, string> = {
  HOST: "Host",
  MODERATOR: "Moderator",
  SPEAKER: "Speaker",
};
