import { after, NextResponse } from "next/server";

import { roomIdSchema } from "@/lib/rooms/schemas";
import { handleApiError } from "@/server/api";
import { appBaseUrl } from "@/server/app-url";
import { requireApiMember } from "@/server/auth/guards";
import { sendStartReminders, startScheduledRoom } from "@/server/rooms/start-scheduled-room";

/** The host or a co-host starts a scheduled room; reminder mail goes out after the response. */
export async function POST(request: Request, context: RouteContext<"/api/rooms/[roomId]/start">) {
  try {
    const member = await requireApiMember();
    const roomId = roomIdSchema.parse((await context.params).roomId);
    const started = await startScheduledRoom(member, roomId);
    const baseUrl = appBaseUrl(request.headers);
    if (started.reminders.length > 0) after(() => sendStartReminders(started, baseUrl));
    return NextResponse.json({ roomId, started: started.started });
  } catch (error) {
    return handleApiError(error);
  }
}
