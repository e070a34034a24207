import { NextResponse } from "next/server";

import { roomIdSchema } from "@/lib/rooms/schemas";
import { stageActionSchema } from "@/lib/stage/actions";
import { handleApiError, parseJson } from "@/server/api";
import { requireApiMember } from "@/server/auth/guards";
import { performStageAction } from "@/server/stage/perform-action";

/** One stage action (raise hand, approve, invite, move, mute, remove, ban…) for the signed-in member. */
export async function POST(request: Request, context: RouteContext<"/api/rooms/[roomId]/stage">) {
  try {
    const member = await requireApiMember();
    const roomId = roomIdSchema.parse((await context.params).roomId);
    const input = await parseJson(request, stageActionSchema);
    return NextResponse.json(await performStageAction(member, roomId, input));
  } catch (error) {
    return handleApiError(error);
  }
}
