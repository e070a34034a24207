import { NextResponse } from "next/server";

import { roomIdSchema } from "@/lib/rooms/schemas";
import { handleApiError } from "@/server/api";
import { requireApiMember } from "@/server/auth/guards";
import { joinRoom } from "@/server/rooms/join-room";

/** Mints a short-lived LiveKit token for the signed-in member, with the grants of their stage role. */
export async function POST(_request: Request, context: RouteContext<"/api/rooms/[roomId]/token">) {
  try {
    const member = await requireApiMember();
    const roomId = roomIdSchema.parse((await context.params).roomId);
    const joined = await joinRoom(member, roomId);
    return NextResponse.json(joined, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return handleApiError(error);
  }
}
