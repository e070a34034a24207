/** Reading the stage from LiveKit participants' attributes (set only by the server). */

export type StageRoleName = "HOST" | "MODERATOR" | "SPEAKER" | "LISTENER";

type WithAttributes = { identity: string; attributes: Readonly<Record<string, string>> };

export function stageRoleOf(participant: WithAttributes): StageRoleName {
  const role = participant.attributes.stageRole;
  return role === "HOST" || role === "MODERATOR" || role === "SPEAKER" ? role : "LISTENER";
}

export function isModerator(participant: WithAttributes): boolean {
  const role = stageRoleOf(participant);
  return role === "HOST" || role === "MODERATOR";
}

/** Raised hands in the order they were raised (ties by identity, so every client agrees). */
export function handQueue<T extends WithAttributes>(participants: readonly T[]): T[] {
  return participants
    .filter((p) => stageRoleOf(p) === "LISTENER" && p.attributes.handRaisedAt)
    .sort(
      (a, b) =>
        a.attributes.handRaisedAt!.localeCompare(b.attributes.handRaisedAt!) || a.identity.localeCompare(b.identity),
    );
}

/** "1st", "2nd", "3rd", "11th", "22nd"… */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** Room-wide state from the room's metadata (set by the server): hand raising is on unless turned off. */
export function parseHandsEnabled(metadata: string | undefined): boolean {
  if (!metadata) return true;
  try {
    return (JSON.parse(metadata) as { handsEnabled?: unknown }).handsEnabled !== false;
  } catch {
    return true;
  }
}
