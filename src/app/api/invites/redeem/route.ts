import { NextResponse } from "next/server";

import { redeemInviteSchema } from "@/lib/invites/schemas";
import { parseJson, publicRoute } from "@/server/api";
import { sendMagicLink } from "@/server/auth/send-magic-link";
import { redeemInvite } from "@/server/invites/redeem-invite";
import { clientIp } from "@/server/rate-limit/client-ip";
import { enforceRateLimits } from "@/server/rate-limit/limit";
import { magicLinkChecks, rateLimits } from "@/server/rate-limit/rules";

/**
 * Sign-up: redeems an invite code for an email address (creating the member) and mails a sign-in
 * link that lands on the profile form. Rate-limited per IP and per address before anything else.
 */
export const POST = publicRoute(async ({ request }) => {
  const input = await parseJson(request, redeemInviteSchema);
  const ip = clientIp(request.headers);
  await enforceRateLimits([
    [rateLimits.redeemPerIp, ip],
    [rateLimits.redeemPerAddress, input.email],
    ...magicLinkChecks(ip, input.email),
  ]);
  const redemption = await redeemInvite(input);
  await sendMagicLink(input.email, redemption.needsProfile ? "/profile" : "/");
  const created = redemption.outcome === "created";
  return NextResponse.json(
    {
      outcome: redemption.outcome,
      message: created
        ? "Your invite is redeemed. Check your email for a link to sign in."
        : "That address already belongs to a member, so your code was not used. Check your email for a sign-in link.",
    },
    { status: created ? 201 : 200 },
  );
});
