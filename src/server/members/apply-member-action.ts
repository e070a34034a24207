import "server-only";

import type { MemberAction } from "@/lib/admin/schemas";
import type { Member } from "@/server/auth/guards";
import { recordAdminAction } from "@/server/audit";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { removeFromLiveRooms } from "@/server/rooms/unwelcome";

/**
 * Suspend, unsuspend, promote or demote a member. Admins cannot suspend or demote themselves, so
 * there is always an admin left. Suspending ends the member's sessions at once (database sessions)
 * and revokes their unused personal invite codes; after the commit they are disconnected from every
 * live room (and any later join with an old token is refused by the webhook, see rooms/unwelcome.ts).
 */
export async function applyMemberAction(admin: Member, memberId: string, action: MemberAction, now: Date = new Date()) {
  if (memberId === admin.id && (action === "suspend" || action === "demote")) {
    throw new DomainError("conflict", action === "suspend" ? "You cannot suspend yourself." : "You cannot remove your own admin role.");
  }
  await db.$transaction(async (tx) => {
    // Lock both rows (in id order) and recheck the actor: two admins demoting or suspending each
    // other at once must not leave nobody in charge.
    const rows = await tx.$queryRaw<{ id: string; role: string; suspendedAt: Date | null; email: string }[]>`
      SELECT "id", "role", "suspendedAt", "email" FROM "User" WHERE "id" IN (${memberId}, ${admin.id})
      ORDER BY "id" FOR UPDATE`;
    const actor = rows.find((row) => row.id === admin.id);
    if (!actor || actor.role !== "ADMIN" || actor.suspendedAt) throw new DomainError("forbidden", "Admins only.");
    const member = rows.find((row) => row.id === memberId);
    if (!member) throw new DomainError("not_found", "There is no such member.");

    const details: Record<string, number | string> = { email: member.email };
    switch (action) {
      case "suspend": {
        if (member.suspendedAt) throw new DomainError("conflict", "This member is already suspended.");
        await tx.user.update({ where: { id: memberId }, data: { suspendedAt: now } });
        details.sessionsEnded = (await tx.session.deleteMany({ where: { userId: memberId } })).count;
        details.codesRevoked = (
          await tx.inviteCode.updateMany({
            where: { createdById: memberId, personal: true, revokedAt: null, usedCount: { lt: db.inviteCode.fields.maxUses } },
            data: { revokedAt: now },
          })
        ).count;
        break;
      }
      case "unsuspend":
        if (!member.suspendedAt) throw new DomainError("conflict", "This member is not suspended.");
        await tx.user.update({ where: { id: memberId }, data: { suspendedAt: null } });
        break;
      case "promote":
        if (member.role === "ADMIN") throw new DomainError("conflict", "This member is already an admin.");
        await tx.user.update({ where: { id: memberId }, data: { role: "ADMIN" } });
        break;
      case "demote":
        if (member.role !== "ADMIN") throw new DomainError("conflict", "This member is not an admin.");
        await tx.user.update({ where: { id: memberId }, data: { role: "MEMBER" } });
        break;
    }
    await recordAdminAction(tx, { actorId: admin.id, action: `members.${action}`, targetType: "user", targetId: memberId, details });
  });
  if (action === "suspend") await removeFromLiveRooms(memberId);
}
