import { NextResponse } from "next/server";

import { handleApiError } from "@/server/api";
import { DomainError } from "@/server/errors";
import { verifyWebhook } from "@/server/livekit";
import { recordWebhook } from "@/server/rooms/record-webhook";

/** LiveKit's webhooks: the signature is checked before anything is read or written. */
export async function POST(request: Request) {
  try {
    const body = await request.text();
    let event;
    try {
      event = await verifyWebhook(body, request.headers.get("authorization"));
    } catch {
      throw new DomainError("unauthorized", "The webhook signature is not valid.");
    }
    const { duplicate } = await recordWebhook(event);
    return NextResponse.json({ ok: true, duplicate });
  } catch (error) {
    return handleApiError(error);
  }
}
