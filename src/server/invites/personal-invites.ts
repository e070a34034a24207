import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { generateInviteCode } from "@/lib/invites/code";
import { inviteStatus } from "@/lib/invites/status";
import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { getSettings } from "@/server/settings";

const PERSONAL_CODE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Personal codes that count against the allowance: used, or still redeemable. Expired or revoked unused ones give the place back. */
function countedAgainstAllowance(memberId: string, now: Date): Prisma.InviteCodeWhereInput {
  return {
    createdById: memberId,
    personal: true,
    OR: [{ usedCount: { gt: 0 } }, { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }],
  };
}

/** A member's personal codes with who joined with each, and how many they may still create. */
export async function listPersonalInvites(memberId: string, now: Date = new Date()) {
  const [settings, taken, invites] = await Promise.all([
    getSettings(),
    db.inviteCode.count({ where: countedAgainstAllowance(memberId, now) }),
    db.inviteCode.findMany({
      where: { createdById: memberId, personal: true },
      orderBy: { createdAt: "desc" },
      include: { redemptions: { include: { user: { select: { id: true, name: true, handle: true, email: true } } } } },
    }),
  ]);
  return {
    allowance: settings.memberInviteAllowance,
    left: Math.max(0, settings.memberInviteAllowance - taken),
    invites: invites.map((invite) => ({ ...invite, status: inviteStatus(invite, now) })),
  };
}

/**
 * Creates a single-use personal code if the member has allowance left. The member's row is
 * locked for the transaction, so two clicks at once cannot both take the last place.
 */
export async function createPersonalInvite(member: Member, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${member.id} FOR UPDATE`;
    const { memberInviteAllowance } = await getSettings(tx);
    if (memberInviteAllowance === 0) throw new DomainError("forbidden", "Personal invites are turned off here.");
    const taken = await tx.inviteCode.count({ where: countedAgainstAllowance(member.id, now) });
    if (taken >= memberInviteAllowance) {
      throw new DomainError(
        "conflict",
        `You have used all ${memberInviteAllowance} of your invites. Unused codes give their place back when they expire.`,
      );
    }
    return tx.inviteCode.create({
      data: {
        code: generateInviteCode(),
        personal: true,
        maxUses: 1,
        expiresAt: new Date(now.getTime() + PERSONAL_CODE_DAYS * DAY_MS),
        createdById: member.id,
      },
      select: { id: true, code: true, expiresAt: true },
    });
  });
}
