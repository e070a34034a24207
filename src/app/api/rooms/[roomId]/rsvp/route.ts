import { NextResponse } from "next/server";

import { roomIdSchema } from "@/lib/rooms/schemas";
import { handleApiError } from "@/server/api";
import { requireApiMember } from "@/server/auth/guards";
import { setRsvp } from "@/server/rooms/rsvp";

async function rsvp(context: RouteContext<"/api/rooms/[roomId]/rsvp">, going: boolean) {
  try {
    const member = await requireApiMember();
    const roomId = roomIdSchema.parse((await context.params).roomId);
    return NextResponse.json(await setRsvp(member, roomId, going));
  } catch (error) {
    return handleApiError(error);
  }
}

/** "Notify me" when this scheduled room starts (idempotent). */
export async function POST(_request: Request, context: RouteContext<"/api/rooms/[roomId]/rsvp">) {
  return rsvp(context, true);
}

/** Takes the RSVP back (idempotent). */
export async function DELETE(_request: Request, context: RouteContext<"/api/rooms/[roomId]/rsvp">) {
  return rsvp(context, false);
}
