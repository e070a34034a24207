import "server-only";

import type { Member } from "@/server/auth/guards";
import { recordAdminAction } from "@/server/audit";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";

import { invitesCsv } from "./invites-csv";
import { listInvites } from "./list-invites";

/** Every code (or one batch's) as CSV; exporting codes hands out secrets, so it is audited. */
export async function exportInvites(admin: Member, batchId: string | undefined, baseUrl: string): Promise<string> {
  const invites = await listInvites({ batchId });
  if (batchId && invites.length === 0) throw new DomainError("not_found", "There is no such batch.");
  await db.$transaction((tx) =>
    recordAdminAction(tx, {
      actorId: admin.id,
      action: "invites.export",
      targetType: batchId ? "invite_batch" : undefined,
      targetId: batchId,
      details: { rows: invites.length },
    }),
  );
  return invitesCsv(invites, baseUrl);
}
