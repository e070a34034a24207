import "server-only";

import { db } from "@/server/db";
import { DomainError } from "@/server/errors";

/** Follows a member; following someone twice is a no-op. Nobody follows themselves or a suspended member. */
export async function followMember(followerId: string, followingId: string): Promise<void> {
  if (followerId === followingId) throw new DomainError("unprocessable", "You cannot follow yourself.");
  const target = await db.user.findUnique({ where: { id: followingId }, select: { suspendedAt: true } });
  if (!target || target.suspendedAt) throw new DomainError("not_found", "This member does not exist.");
  await db.follow.createMany({ data: [{ followerId, followingId }], skipDuplicates: true });
}

/** Stops following a member; unfollowing someone not followed is a no-op. */
export async function unfollowMember(followerId: string, followingId: string): Promise<void> {
  await db.follow.deleteMany({ where: { followerId, followingId } });
}
