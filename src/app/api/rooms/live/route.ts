import { NextResponse } from "next/server";

import { handleApiError } from "@/server/api";
import { requireApiMember } from "@/server/auth/guards";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";

/** The hallway's live rooms with their counts; the hallway polls it to stay current without a reload. */
export async function GET() {
  try {
    const member = await requireApiMember();
    const rooms = await listLiveRooms(member.id);
    return NextResponse.json({ rooms }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return handleApiError(error);
  }
}
