import { NextResponse } from "next/server";

import { roomIdSchema } from "@/lib/rooms/schemas";
import { handleApiError } from "@/server/api";
import { requireApiMember } from "@/server/auth/guards";
import { roomModerationRecord } from "@/server/stage/room-audit";

/** The room's moderation log and ban list, for its host. */
export async function GET(_request: Request, context: RouteContext<"/api/rooms/[roomId]/audit">) {
  try {
    const member = await requireApiMember();
    const roomId = roomIdSchema.parse((await context.params).roomId);
    return NextResponse.json(await roomModerationRecord(member, roomId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return handleApiError(error);
  }
}
