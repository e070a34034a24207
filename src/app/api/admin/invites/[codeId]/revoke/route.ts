import { NextResponse } from "next/server";

import { recordId } from "@/lib/validation";
import { adminRoute } from "@/server/api";
import { revokeInvite } from "@/server/invites/revoke-invite";

/** Revokes an invite code. */
export const POST = adminRoute<{ codeId: string }>(async ({ member, params }) => {
  const codeId = recordId("invite code").parse(params.codeId);
  return NextResponse.json(await revokeInvite(member, codeId));
});
