import "server-only";

import type { ProfileInput } from "@/lib/members/schemas";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { isUniqueViolation } from "@/server/prisma-errors";

/** Saves a member's name, headline, bio and phone; the first save completes onboarding. */
export async function updateProfile(memberId: string, input: ProfileInput, now: Date = new Date()) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: memberId }, select: { onboardedAt: true } });
      await tx.user.update({
        where: { id: memberId },
        data: { name: input.name, headline: input.headline, bio: input.bio, phone: input.phone, onboardedAt: before.onboardedAt ?? now },
      });
      return { firstTime: before.onboardedAt === null };
    });
  } catch (error) {
    if (isUniqueViolation(error, "phone")) throw new DomainError("conflict", "That phone number already belongs to another member.");
    throw error;
  }
}
