import { NextResponse } from "next/server";

import { roomIdSchema } from "@/lib/rooms/schemas";
import { handleApiError } from "@/server/api";
import { requireApiMember } from "@/server/auth/guards";
import { cancelScheduledRoom } from "@/server/rooms/cancel-scheduled-room";

/** The host cancels a scheduled room. */
export async function POST(_request: Request, context: RouteContext<"/api/rooms/[roomId]/cancel">) {
  try {
    const member = await requireApiMember();
    const roomId = roomIdSchema.parse((await context.params).roomId);
    await cancelScheduledRoom(member, roomId);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return handleApiError(error);
  }
}
