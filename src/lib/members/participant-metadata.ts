/**
 * The public profile bits a room shows next to a participant, carried as the LiveKit token's
 * metadata (JSON). Set by the server at join; members cannot change their own metadata.
 */
export type ParticipantProfile = { avatarUrl: string | null };

export function participantMetadata(profile: ParticipantProfile): string {
  return JSON.stringify(profile);
}

/** The participant's picture, only if it is one of ours (/api/avatars/…); anything else is ignored. */
export function avatarUrlOf(metadata: string | undefined): string | null {
  if (!metadata) return null;
  try {
    const { avatarUrl } = JSON.parse(metadata) as Partial<ParticipantProfile>;
    return typeof avatarUrl === "string" && /^\/api\/avatars\/[a-z0-9]+-[0-9a-f]{16}\.webp$/.test(avatarUrl) ? avatarUrl : null;
  } catch {
    return null;
  }
}
