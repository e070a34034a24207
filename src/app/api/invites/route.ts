import { NextResponse } from "next/server";

import { joinUrl } from "@/lib/invites/code";
import { memberRoute } from "@/server/api";
import { appBaseUrl } from "@/server/app-url";
import { createPersonalInvite } from "@/server/invites/personal-invites";

/** Creates one of the member's personal invite codes (within their allowance). Takes no input. */
export const POST = memberRoute(async ({ member, request }) => {
  const invite = await createPersonalInvite(member);
  return NextResponse.json({ ...invite, joinUrl: joinUrl(appBaseUrl(request.headers), invite.code) }, { status: 201 });
});
