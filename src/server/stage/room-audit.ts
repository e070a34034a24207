import "server-only";

import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";

export type AuditEntry = { id: string; at: string; action: string; actorName: string; targetName: string | null };
export type BanEntry = { userId: string; name: string; bannedAt: string };

async function requireHost(member: Member, roomId: string) {
  const place = await db.roomMember.findUnique({
    where: { roomId_userId: { roomId, userId: member.id } },
    select: { stageRole: true },
  });
  if (!place) throw new DomainError("not_found", "This room does not exist or you are not in it.");
  if (place.stageRole !== "HOST") throw new DomainError("forbidden", "Only the host can see this.");
}

/** The room's moderation log, newest first, for its host; and who is banned. */
export async function roomModerationRecord(
  member: Member,
  roomId: string,
): Promise<{ audit: AuditEntry[]; bans: BanEntry[] }> {
  await requireHost(member, roomId);
  const [entries, bans] = await Promise.all([
    db.auditLog.findMany({
      where: { scope: roomId },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, createdAt: true, action: true, targetId: true, targetType: true, actor: { select: { name: true, email: true } } },
    }),
    db.roomBan.findMany({
      where: { roomId },
      orderBy: { createdAt: "desc" },
      select: { userId: true, createdAt: true, user: { select: { name: true, email: true } } },
    }),
  ]);
  const targetIds = [...new Set(entries.filter((e) => e.targetType === "member" && e.targetId).map((e) => e.targetId!))];
  const targets = await db.user.findMany({ where: { id: { in: targetIds } }, select: { id: true, name: true, email: true } });
  const nameOf = new Map(targets.map((t) => [t.id, t.name ?? t.email]));
  return {
    audit: entries.map((entry) => ({
      id: entry.id,
      at: entry.createdAt.toISOString(),
      action: entry.action,
      actorName: entry.actor?.name ?? entry.actor?.email ?? "A former member",
      targetName: entry.targetType === "member" && entry.targetId ? (nameOf.get(entry.targetId) ?? null) : null,
    })),
    bans: bans.map((ban) => ({ userId: ban.userId, name: ban.user.name ?? ban.user.email, bannedAt: ban.createdAt.toISOString() })),
  };
}
