import { NextResponse } from "next/server";

import { recordId } from "@/lib/validation";
import { adminRoute } from "@/server/api";
import { removeAllowListEntry } from "@/server/allow-list/allow-list-entries";

/** Removes one allow-list entry. */
export const DELETE = adminRoute<{ entryId: string }>(async ({ member, params }) => {
  await removeAllowListEntry(member, recordId("allow-list entry").parse(params.entryId));
  return NextResponse.json({ ok: true });
});
