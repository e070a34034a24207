/** Where an invite code stands; the order of the checks decides what a code that is several things shows. */
export type InviteStatus = "active" | "used_up" | "expired" | "revoked";

export type InviteState = { usedCount: number; maxUses: number; expiresAt: Date | null; revokedAt: Date | null };

export function inviteStatus(code: InviteState, now: Date): InviteStatus {
  if (code.revokedAt) return "revoked";
  if (code.usedCount >= code.maxUses) return "used_up";
  if (code.expiresAt && code.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

export const inviteStatusLabels: Record<InviteStatus, string> = {
  active: "Active",
  used_up: "Used up",
  expired: "Expired",
  revoked: "Revoked",
};

/** What someone redeeming a code that is not active is told. */
export const inviteRefusals: Record<Exclude<InviteStatus, "active">, string> = {
  used_up: "This invite code has been used up. Ask whoever gave it to you for a new one.",
  expired: "This invite code has expired. Ask whoever gave it to you for a new one.",
  revoked: "This invite code was revoked. Ask whoever gave it to you for a new one.",
};

export const UNKNOWN_CODE_MESSAGE = "We don't know that invite code. Check it and try again.";
