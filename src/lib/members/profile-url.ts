/** A member's profile URL: /members/<handle> when they chose one, else /members/<id>. */
export function profilePath(member: { id: string; handle?: string | null }): string {
  return `/members/${member.handle ?? member.id}`;
}

/** Where an uploaded avatar is served (its key changes with every upload, so it caches forever). */
export function avatarPath(avatarKey: string | null | undefined): string | null {
  return avatarKey ? `/api/avatars/${avatarKey.replace(/^avatars\//, "")}` : null;
}
