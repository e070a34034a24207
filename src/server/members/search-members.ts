import "server-only";

import { db } from "@/server/db";

/** Members whose name or address contains `query` (any case), newest first, for the console. */
export async function searchMembers(query: string, take = 50) {
  const where = query
    ? { OR: [{ name: { contains: query, mode: "insensitive" as const } }, { email: { contains: query, mode: "insensitive" as const } }] }
    : undefined;
  return db.user.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      name: true,
      handle: true,
      email: true,
      headline: true,
      role: true,
      suspendedAt: true,
      onboardedAt: true,
      createdAt: true,
      invitedBy: { select: { id: true, name: true, email: true } },
    },
  });
}
