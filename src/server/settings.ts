import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { UpdateSettingsInput } from "@/lib/admin/schemas";
import type { Member } from "@/server/auth/guards";
import { recordAdminAction } from "@/server/audit";
import { db } from "@/server/db";

const ID = "singleton";

/** The deployment's settings: a single row, created with the schema's defaults on first read. */
export async function getSettings(tx: Prisma.TransactionClient = db) {
  return tx.settings.upsert({ where: { id: ID }, create: { id: ID }, update: {} });
}

export async function updateSettings(admin: Member, input: UpdateSettingsInput) {
  return db.$transaction(async (tx) => {
    const settings = await tx.settings.upsert({ where: { id: ID }, create: { id: ID, ...input }, update: input });
    await recordAdminAction(tx, { actorId: admin.id, action: "settings.update", targetType: "settings", details: input });
    return settings;
  });
}
