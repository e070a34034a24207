import "server-only";

import { db } from "@/server/db";

/**
 * What members see of each other: name, headline, bio, who invited them, how many rooms they
 * hosted. Not their address or phone.
 */
export async function getMemberProfile(memberId: string) {
  return db.user.findUnique({
    where: { id: memberId },
    select: {
      id: true,
      name: true,
      headline: true,
      bio: true,
      role: true,
      createdAt: true,
      suspendedAt: true,
      invitedBy: { select: { id: true, name: true } },
      _count: { select: { roomsCreated: true } },
    },
  });
}

/** The member's own profile, for the profile form. */
export async function getOwnProfile(memberId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: memberId },
    select: { name: true, headline: true, bio: true, phone: true, email: true, onboardedAt: true },
  });
}
