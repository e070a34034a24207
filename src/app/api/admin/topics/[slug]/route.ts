import { NextResponse } from "next/server";

import { topicChangeSchema, topicSlugSchema } from "@/lib/topics/schemas";
import { adminRoute, parseJson } from "@/server/api";
import { changeTopic } from "@/server/topics/admin-topics";

/** Renames, archives or unarchives a topic. */
export const PATCH = adminRoute<{ slug: string }>(async ({ member, request, params }) => {
  const slug = topicSlugSchema.parse(params.slug);
  const change = await parseJson(request, topicChangeSchema);
  return NextResponse.json(await changeTopic(member, slug, change));
});
