import { NextResponse } from "next/server";

import { updateSettingsSchema } from "@/lib/admin/schemas";
import { adminRoute, parseJson } from "@/server/api";
import { updateSettings } from "@/server/settings";

/** Turns the allow-list on or off and sets the members' invite allowance. */
export const PATCH = adminRoute(async ({ member, request }) => {
  const input = await parseJson(request, updateSettingsSchema);
  const settings = await updateSettings(member, input);
  return NextResponse.json({ allowListEnabled: settings.allowListEnabled, memberInviteAllowance: settings.memberInviteAllowance });
});
