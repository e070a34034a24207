import "server-only";

import { inviteStatus } from "@/lib/invites/status";
import { db } from "@/server/db";

const person = { select: { id: true, name: true, handle: true, email: true } } as const;

/** Invite codes for the console and the CSV export, newest first, with who redeemed each. */
export async function listInvites({ batchId, take }: { batchId?: string; take?: number } = {}, now: Date = new Date()) {
  const invites = await db.inviteCode.findMany({
    where: batchId ? { batchId } : undefined,
    orderBy: [{ createdAt: "desc" }, { code: "asc" }],
    take,
    include: {
      createdBy: person,
      redemptions: { orderBy: { redeemedAt: "asc" }, include: { user: person } },
    },
  });
  return invites.map((invite) => ({ ...invite, status: inviteStatus(invite, now) }));
}
