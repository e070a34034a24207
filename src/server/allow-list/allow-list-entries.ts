import "server-only";

import type { AddAllowListEntriesInput } from "@/lib/admin/schemas";
import type { Member } from "@/server/auth/guards";
import { recordAdminAction } from "@/server/audit";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";

export async function listAllowListEntries() {
  return db.allowListEntry.findMany({ orderBy: [{ kind: "asc" }, { value: "asc" }] });
}

/** Adds values of one kind; ones already on the list are skipped and counted. */
export async function addAllowListEntries(admin: Member, input: AddAllowListEntriesInput) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.allowListEntry.createMany({
      data: input.values.map((value) => ({ kind: input.kind, value })),
      skipDuplicates: true,
    });
    await recordAdminAction(tx, {
      actorId: admin.id,
      action: "allow_list.add",
      targetType: "allow_list",
      details: { kind: input.kind, values: input.values, added: count },
    });
    return { added: count, alreadyListed: input.values.length - count };
  });
}

export async function removeAllowListEntry(admin: Member, entryId: string) {
  return db.$transaction(async (tx) => {
    const entry = await tx.allowListEntry.findUnique({ where: { id: entryId } });
    const { count } = await tx.allowListEntry.deleteMany({ where: { id: entryId } });
    if (!entry || count === 0) throw new DomainError("not_found", "That entry is not on the allow-list.");
    await recordAdminAction(tx, {
      actorId: admin.id,
      action: "allow_list.remove",
      targetType: "allow_list_entry",
      targetId: entryId,
      details: { kind: entry.kind, value: entry.value },
    });
  });
}
