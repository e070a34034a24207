import "server-only";

import type { ProfileInput } from "@/lib/members/schemas";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { isUniqueViolation } from "@/server/prisma-errors";
import { requireTopics, replaceInterests } from "@/server/topics/topics";

/**
 * Saves a member's name, handle, headline, industry, bio, links and phone (and, from the sign-up
 * form, their interests) in one transaction; the first save completes onboarding.
 */
export async function updateProfile(memberId: string, input: ProfileInput, now: Date = new Date()) {
  if (input.industry) await requireTopics([input.industry], "Choose your industry from the list.");
  if (input.interests) await requireTopics(input.interests);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: memberId }, select: { onboardedAt: true } });
      await tx.user.update({
        where: { id: memberId },
        data: {
          name: input.name,
          handle: input.handle,
          headline: input.headline,
          industrySlug: input.industry,
          bio: input.bio,
          links: input.links,
          phone: input.phone,
          onboardedAt: before.onboardedAt ?? now,
        },
      });
      if (input.interests) await replaceInterests(tx, memberId, input.interests);
      return { firstTime: before.onboardedAt === null };
    });
  } catch (error) {
    if (isUniqueViolation(error, "phone")) throw new DomainError("conflict", "That phone number already belongs to another member.");
    if (isUniqueViolation(error, "handle")) throw new DomainError("conflict", `The handle “${input.handle}” is taken. Choose another.`);
    throw error;
  }
}
