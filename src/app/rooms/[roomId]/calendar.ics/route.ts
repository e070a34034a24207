import { roomIdSchema } from "@/lib/rooms/schemas";
import { handleApiError } from "@/server/api";
import { appBaseUrl } from "@/server/app-url";
import { requireApiMember } from "@/server/auth/guards";
import { scheduledRoomCalendar } from "@/server/rooms/room-calendar";

/** A scheduled room as an iCalendar file, for the member's calendar. */
export async function GET(request: Request, context: RouteContext<"/rooms/[roomId]/calendar.ics">) {
  try {
    const member = await requireApiMember();
    const roomId = roomIdSchema.parse((await context.params).roomId);
    const file = await scheduledRoomCalendar(member, roomId, appBaseUrl(request.headers));
    return new Response(file, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="raise-hand-${roomId}.ics"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return handleApiError(error);
  }
}
