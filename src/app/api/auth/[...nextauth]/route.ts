import type { NextRequest } from "next/server";

import { handleApiError } from "@/server/api";
import { handlers } from "@/server/auth";
import { clientIp } from "@/server/rate-limit/client-ip";
import { enforceRateLimits } from "@/server/rate-limit/limit";
import { magicLinkChecks } from "@/server/rate-limit/rules";

export const { GET } = handlers;

/** Auth.js's own endpoint for mailing a link gets the same rate limits as the sign-in form. */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/signin/nodemailer")) {
    try {
      const form = await request
        .clone()
        .formData()
        .catch(() => null);
      // Auth.js refuses a missing or malformed address itself; it still counts against the IP.
      const email = String(form?.get("email") ?? "").trim().toLowerCase().slice(0, 254);
      await enforceRateLimits(magicLinkChecks(clientIp(request.headers), email || "(none)"));
    } catch (error) {
      return handleApiError(error);
    }
  }
  return handlers.POST(request);
}
