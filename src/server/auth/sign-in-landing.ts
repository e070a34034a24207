import "server-only";

import { db } from "@/server/db";

/** Where a sign-in link should land: the profile form until the member has completed it. */
export async function signInLanding(email: string, redirectTo: string): Promise<string> {
  const member = await db.user.findUnique({ where: { email }, select: { onboardedAt: true } });
  return member && member.onboardedAt === null ? "/profile" : redirectTo;
}
