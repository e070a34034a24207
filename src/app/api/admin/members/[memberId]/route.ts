import { NextResponse } from "next/server";

import { memberActionSchema } from "@/lib/admin/schemas";
import { recordId } from "@/lib/validation";
import { adminRoute, parseJson } from "@/server/api";
import { applyMemberAction } from "@/server/members/apply-member-action";

/** Suspends, unsuspends, promotes or demotes a member: `{ "action": "suspend" }`. */
export const POST = adminRoute<{ memberId: string }>(async ({ member, request, params }) => {
  const memberId = recordId("member").parse(params.memberId);
  const { action } = await parseJson(request, memberActionSchema);
  await applyMemberAction(member, memberId, action);
  return NextResponse.json({ ok: true });
});
