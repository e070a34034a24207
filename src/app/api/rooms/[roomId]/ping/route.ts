import { NextResponse } from "next/server";

import { pingSchema } from "@/lib/notifications/schemas";
import { roomIdSchema } from "@/lib/rooms/schemas";
import { handleApiError, parseJson } from "@/server/api";
import { requireApiMember } from "@/server/auth/guards";
import { pingMember } from "@/server/notifications/ping-member";

/** A member on stage pings another member into the room (a notification for them). */
export async function POST(request: Request, context: RouteContext<"/api/rooms/[roomId]/ping">) {
  try {
    const member = await requireApiMember();
    const roomId = roomIdSchema.parse((await context.params).roomId);
    const { memberId } = await parseJson(request, pingSchema);
    await pingMember(member, roomId, memberId);
    return NextResponse.json({ ok: true });
  } catch (error) {
    return handleApiError(error);
  }
}
