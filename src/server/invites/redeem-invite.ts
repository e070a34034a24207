import "server-only";

import { inviteRefusals, inviteStatus, UNKNOWN_CODE_MESSAGE, type InviteState } from "@/lib/invites/status";
import type { RedeemInviteInput } from "@/lib/invites/schemas";
import { assertAllowListed } from "@/server/allow-list/check-allow-list";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { isUniqueViolation } from "@/server/prisma-errors";

/** `needsProfile`: the member has not completed their profile yet (new members never have). */
export type Redemption = { outcome: "created" | "existing"; userId: string; needsProfile: boolean };

const PHONE_TAKEN = "That phone number already belongs to another member.";

function refuse(code: InviteState | null, now: Date): never {
  if (!code) throw new DomainError("not_found", UNKNOWN_CODE_MESSAGE);
  const status = inviteStatus(code, now);
  // A code that still looks active lost a race for its last use.
  throw new DomainError("gone", inviteRefusals[status === "active" ? "used_up" : status]);
}

/**
 * Redeeming a code is what creates a member. One use is reserved with a single conditional
 * UPDATE (uses left, not revoked, not expired) in the same transaction that creates the User and
 * the InviteRedemption, so concurrent redemptions can never overrun a code. An address that
 * already belongs to a member uses nothing: they are simply sent a sign-in link.
 */
export async function redeemInvite(input: RedeemInviteInput, now: Date = new Date()): Promise<Redemption> {
  const invite = await db.inviteCode.findUnique({
    where: { code: input.code },
    select: { id: true, createdById: true, usedCount: true, maxUses: true, expiresAt: true, revokedAt: true },
  });
  if (!invite || inviteStatus(invite, now) !== "active") refuse(invite, now);

  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true, onboardedAt: true } });
  if (existing) return { outcome: "existing", userId: existing.id, needsProfile: existing.onboardedAt === null };

  await assertAllowListed(input.email, input.phone);
  if (input.phone && (await db.user.count({ where: { phone: input.phone } })) > 0) {
    throw new DomainError("conflict", PHONE_TAKEN);
  }

  try {
    return await db.$transaction(async (tx) => {
      const reserved = await tx.inviteCode.updateMany({
        where: {
          id: invite.id,
          revokedAt: null,
          usedCount: { lt: db.inviteCode.fields.maxUses },
          OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
        },
        data: { usedCount: { increment: 1 } },
      });
      if (reserved.count !== 1) refuse(await tx.inviteCode.findUnique({ where: { id: invite.id } }), now);

      const user = await tx.user.create({
        data: { email: input.email, phone: input.phone, invitedById: invite.createdById },
        select: { id: true },
      });
      await tx.inviteRedemption.create({ data: { codeId: invite.id, userId: user.id, redeemedAt: now } });
      return { outcome: "created" as const, userId: user.id, needsProfile: true };
    });
  } catch (error) {
    // Someone redeemed with the same address (or phone) at the same moment: the transaction rolled
    // back, so this attempt used nothing.
    if (isUniqueViolation(error, "email")) {
      const member = await db.user.findUniqueOrThrow({ where: { email: input.email }, select: { id: true, onboardedAt: true } });
      return { outcome: "existing", userId: member.id, needsProfile: member.onboardedAt === null };
    }
    if (isUniqueViolation(error, "phone")) throw new DomainError("conflict", PHONE_TAKEN);
    throw error;
  }
}
