import { NextResponse } from "next/server";

import { joinWaitlistSchema } from "@/lib/waitlist/schemas";
import { parseJson, publicRoute } from "@/server/api";
import { clientIp } from "@/server/rate-limit/client-ip";
import { enforceRateLimits } from "@/server/rate-limit/limit";
import { rateLimits } from "@/server/rate-limit/rules";
import { joinWaitlist } from "@/server/waitlist/join-waitlist";

/** The waitlist for people without a code. */
export const POST = publicRoute(async ({ request }) => {
  const input = await parseJson(request, joinWaitlistSchema);
  await enforceRateLimits([[rateLimits.waitlistPerIp, clientIp(request.headers)]]);
  const { outcome } = await joinWaitlist(input);
  return NextResponse.json(
    {
      outcome,
      message:
        outcome === "added"
          ? "You are on the waitlist. We will email you when a place opens."
          : "You are already on the waitlist. We will email you when a place opens.",
    },
    { status: outcome === "added" ? 201 : 200 },
  );
});
