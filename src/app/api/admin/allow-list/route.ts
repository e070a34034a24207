import { NextResponse } from "next/server";

import { addAllowListEntriesSchema } from "@/lib/admin/schemas";
import { adminRoute, parseJson } from "@/server/api";
import { addAllowListEntries } from "@/server/allow-list/allow-list-entries";

/** Adds email domains, addresses or phone numbers to the allow-list. */
export const POST = adminRoute(async ({ member, request }) => {
  const input = await parseJson(request, addAllowListEntriesSchema);
  return NextResponse.json(await addAllowListEntries(member, input), { status: 201 });
});
