import "server-only";

import { randomUUID } from "node:crypto";

import { generateInviteCode } from "@/lib/invites/code";
import type { CreateInviteBatchInput } from "@/lib/invites/schemas";
import type { Member } from "@/server/auth/guards";
import { recordAdminAction } from "@/server/audit";
import { db } from "@/server/db";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Creates `count` codes that share a batch id, note, use limit and expiry. */
export async function createInviteBatch(admin: Member, input: CreateInviteBatchInput, now: Date = new Date()) {
  const batchId = randomUUID();
  const expiresAt = input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS);
  const codes = new Set<string>();
  while (codes.size < input.count) codes.add(generateInviteCode());

  return db.$transaction(async (tx) => {
    const created = await tx.inviteCode.createManyAndReturn({
      data: [...codes].map((code) => ({
        code,
        batchId,
        note: input.note,
        maxUses: input.maxUses,
        expiresAt,
        createdById: admin.id,
      })),
      select: { id: true, code: true },
    });
    await recordAdminAction(tx, {
      actorId: admin.id,
      action: "invites.create_batch",
      targetType: "invite_batch",
      targetId: batchId,
      details: { count: input.count, maxUses: input.maxUses, expiresAt: expiresAt?.toISOString() ?? null, note: input.note },
    });
    return { batchId, expiresAt, codes: created.map((invite) => invite.code) };
  });
}
