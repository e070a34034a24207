import "server-only";

import type { Member } from "@/server/auth/guards";
import { recordAdminAction } from "@/server/audit";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";

/** Revokes a code: it can no longer be redeemed; members who joined with it stay members. */
export async function revokeInvite(admin: Member, codeId: string, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const revoked = await tx.inviteCode.updateMany({ where: { id: codeId, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count === 0) {
      const exists = await tx.inviteCode.count({ where: { id: codeId } });
      throw exists
        ? new DomainError("conflict", "This invite code is already revoked.")
        : new DomainError("not_found", "There is no such invite code.");
    }
    const invite = await tx.inviteCode.findUniqueOrThrow({ where: { id: codeId }, select: { code: true } });
    await recordAdminAction(tx, {
      actorId: admin.id,
      action: "invites.revoke",
      targetType: "invite_code",
      targetId: codeId,
      details: { code: invite.code },
    });
    return { id: codeId, revokedAt: now };
  });
}
