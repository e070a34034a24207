import "server-only";

import { db } from "@/server/db";

/** The waitlist, newest first, with who invited each person and whether they have joined since. */
export async function listWaitlist() {
  const entries = await db.waitlistEntry.findMany({
    orderBy: { createdAt: "desc" },
    take: 500,
    include: { invitedBy: { select: { id: true, name: true, email: true } } },
  });
  const members = await db.user.findMany({
    where: { email: { in: entries.map((entry) => entry.email) } },
    select: { email: true },
  });
  const joined = new Set(members.map((member) => member.email));
  return entries.map((entry) => ({ ...entry, joined: joined.has(entry.email) }));
}
