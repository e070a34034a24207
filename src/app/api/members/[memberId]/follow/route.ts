import { NextResponse } from "next/server";

import { recordId } from "@/lib/validation";
import { memberRoute } from "@/server/api";
import { followMember, unfollowMember } from "@/server/follows/follow-member";

const memberIdSchema = recordId("member");

/** The signed-in member follows this member. */
export const POST = memberRoute<{ memberId: string }>(async ({ member, params }) => {
  await followMember(member.id, memberIdSchema.parse(params.memberId));
  return NextResponse.json({ following: true });
});

/** The signed-in member stops following this member. */
export const DELETE = memberRoute<{ memberId: string }>(async ({ member, params }) => {
  await unfollowMember(member.id, memberIdSchema.parse(params.memberId));
  return NextResponse.json({ following: false });
});
