import "server-only";

import type { JoinWaitlistInput } from "@/lib/waitlist/schemas";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";

/** Puts someone without a code on the waitlist; asking twice keeps the first entry. */
export async function joinWaitlist(input: JoinWaitlistInput): Promise<{ outcome: "added" | "already_listed" }> {
  const member = await db.user.count({ where: { email: input.email } });
  if (member > 0) throw new DomainError("conflict", "That address already belongs to a member: sign in instead.");
  const { count } = await db.waitlistEntry.createMany({ data: [input], skipDuplicates: true });
  return { outcome: count === 1 ? "added" : "already_listed" };
}
