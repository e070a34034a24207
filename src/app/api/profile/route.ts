import { NextResponse } from "next/server";

import { profileSchema } from "@/lib/members/schemas";
import { memberRoute, parseJson } from "@/server/api";
import { updateProfile } from "@/server/members/update-profile";

/** Saves the member's own profile; the first save completes sign-up. */
export const PATCH = memberRoute(async ({ member, request }) => {
  const input = await parseJson(request, profileSchema);
  return NextResponse.json(await updateProfile(member.id, input));
});
