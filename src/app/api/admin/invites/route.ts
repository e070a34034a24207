import { NextResponse } from "next/server";

import { joinUrl } from "@/lib/invites/code";
import { createInviteBatchSchema } from "@/lib/invites/schemas";
import { adminRoute, parseJson } from "@/server/api";
import { appBaseUrl } from "@/server/app-url";
import { createInviteBatch } from "@/server/invites/create-invite-batch";

/** Creates a batch of invite codes. */
export const POST = adminRoute(async ({ member, request }) => {
  const input = await parseJson(request, createInviteBatchSchema);
  const batch = await createInviteBatch(member, input);
  const baseUrl = appBaseUrl(request.headers);
  return NextResponse.json(
    { ...batch, codes: batch.codes.map((code) => ({ code, joinUrl: joinUrl(baseUrl, code) })) },
    { status: 201 },
  );
});
