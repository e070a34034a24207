import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import type { UpdateSettingsInput } from "@/lib/admin/schemas";
import type { Member } from "@/server/auth/guards";
import { recordAdminAction } from "@/server/audit";
import { db } from "@/server/db";

const ID = "singleton";

/** The deployment's settings: a single row, created with the schema's defaults on first read. */
export async function getSettings(tx: Prisma.TransactionClient = db) {
  const settings = await tx.settings.findUnique({ where: { id: ID } });
  if (settings) return settings;
  // ON CONFLICT DO NOTHING: first readers racing each other all get the one row.
  await tx.settings.createMany({ data: [{ id: ID }], skipDuplicates: true });
  return tx.settings.findUniqueOrThrow({ where: { id: ID } });
}

export async function updateSettings(admin: Member, input: UpdateSettingsInput) {
  return db.$transaction(async (tx) => {
    await getSettings(tx);
    const settings = await tx.settings.update({ where: { id: ID }, data: input });
    await recordAdminAction(tx, { actorId: admin.id, action: "settings.update", targetType: "settings", details: input });
    return settings;
  });
}
