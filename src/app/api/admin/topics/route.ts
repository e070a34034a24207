import { NextResponse } from "next/server";

import { addTopicSchema } from "@/lib/topics/schemas";
import { adminRoute, parseJson } from "@/server/api";
import { addTopic } from "@/server/topics/admin-topics";

/** Adds a topic to the curated list. */
export const POST = adminRoute(async ({ member, request }) => {
  const input = await parseJson(request, addTopicSchema);
  return NextResponse.json(await addTopic(member, input), { status: 201 });
});
