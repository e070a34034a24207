import { NextResponse } from "next/server";

import { roomIdSchema } from "@/lib/rooms/schemas";
import { handleApiError } from "@/server/api";
import { requireApiMember } from "@/server/auth/guards";
import { endRoom } from "@/server/rooms/end-room";

/** The host ends the room for everyone. */
export async function POST(_request: Request, context: RouteContext<"/api/rooms/[roomId]/end">) {
  try {
    const member = await requireApiMember();
    const roomId = roomIdSchema.parse((await context.params).roomId);
    await endRoom(member, roomId);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return handleApiError(error);
  }
}
