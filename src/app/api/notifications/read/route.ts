import { NextResponse } from "next/server";

import { markReadSchema } from "@/lib/notifications/schemas";
import { memberRoute, parseJson } from "@/server/api";
import { markNotificationsRead } from "@/server/notifications/list-notifications";

/** Marks the member's notifications up to `until` as read. */
export const POST = memberRoute(async ({ member, request }) => {
  const { until } = await parseJson(request, markReadSchema);
  await markNotificationsRead(member.id, until);
  return NextResponse.json({ ok: true });
});
