import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

export type AdminAction = {
  actorId: string;
  /** Dotted verb, e.g. "invites.revoke". */
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Prisma.InputJsonValue;
};

/** Records an admin action in the audit log; call it inside the action's own transaction. */
export async function recordAdminAction(tx: Prisma.TransactionClient, entry: AdminAction): Promise<void> {
  await tx.auditLog.create({ data: { scope: "admin", ...entry } });
}

/** The newest admin actions with who did them, for the console. */
export async function listAdminActions(take = 100) {
  return db.auditLog.findMany({
    where: { scope: "admin" },
    orderBy: { createdAt: "desc" },
    take,
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
}
