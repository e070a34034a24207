import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

const profileFields = {
  id: true,
  name: true,
  handle: true,
  headline: true,
  bio: true,
  links: true,
  avatarKey: true,
  industry: { select: { slug: true, name: true } },
  role: true,
  createdAt: true,
  suspendedAt: true,
  invitedBy: { select: { id: true, name: true, handle: true } },
  // Rooms that went live: a scheduled room has its host on stage only once it starts, and a
  // cancelled one never does.
  _count: { select: { roomsCreated: { where: { members: { some: { stageRole: "HOST" } } } } } },
} satisfies Prisma.UserSelect;

/**
 * What members see of each other: name, handle, headline, industry, bio, links, avatar, who invited
 * them, how many rooms they hosted. Not their address or phone.
 */
export async function getMemberProfile(memberId: string) {
  return db.user.findUnique({ where: { id: memberId }, select: profileFields });
}

/**
 * The profile a /members/<idOrHandle> URL names: an id first (old links keep working), else a
 * handle in any case.
 */
export async function findMemberProfile(idOrHandle: string) {
  const key = idOrHandle.trim().toLowerCase();
  if (!/^[a-z0-9_]{3,32}$/.test(key)) return null;
  return (await getMemberProfile(idOrHandle)) ?? db.user.findUnique({ where: { handle: key }, select: profileFields });
}

/** The member's own profile, for the profile form. */
export async function getOwnProfile(memberId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: memberId },
    select: {
      name: true,
      handle: true,
      headline: true,
      industrySlug: true,
      bio: true,
      links: true,
      avatarKey: true,
      phone: true,
      email: true,
      onboardedAt: true,
    },
  });
}
