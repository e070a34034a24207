import { NextResponse } from "next/server";

import { recordId } from "@/lib/validation";
import { adminRoute } from "@/server/api";
import { appBaseUrl } from "@/server/app-url";
import { inviteFromWaitlist } from "@/server/waitlist/invite-from-waitlist";

/** Sends someone on the waitlist a single-use invite code. */
export const POST = adminRoute<{ entryId: string }>(async ({ member, request, params }) => {
  const entryId = recordId("waitlist entry").parse(params.entryId);
  return NextResponse.json(await inviteFromWaitlist(member, entryId, appBaseUrl(request.headers)), { status: 201 });
});
