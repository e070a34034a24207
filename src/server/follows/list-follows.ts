import "server-only";

import { db } from "@/server/db";

const LISTED = 100;

const person = { id: true, name: true, handle: true, headline: true, avatarKey: true } as const;

/** A member's followers and the members they follow (newest first, the first hundred), with the totals. */
export async function listFollows(memberId: string) {
  const [followers, following, followerCount, followingCount] = await Promise.all([
    db.follow.findMany({
      where: { followingId: memberId, follower: { suspendedAt: null } },
      orderBy: { createdAt: "desc" },
      take: LISTED,
      select: { follower: { select: person } },
    }),
    db.follow.findMany({
      where: { followerId: memberId, following: { suspendedAt: null } },
      orderBy: { createdAt: "desc" },
      take: LISTED,
      select: { following: { select: person } },
    }),
    db.follow.count({ where: { followingId: memberId, follower: { suspendedAt: null } } }),
    db.follow.count({ where: { followerId: memberId, following: { suspendedAt: null } } }),
  ]);
  return {
    followers: followers.map((row) => row.follower),
    following: following.map((row) => row.following),
    followerCount,
    followingCount,
  };
}

export async function isFollowing(followerId: string, followingId: string): Promise<boolean> {
  return (await db.follow.count({ where: { followerId, followingId } })) > 0;
}
