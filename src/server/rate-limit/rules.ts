import "server-only";

import type { RateLimitRule } from "./limit";

const MINUTE = 60_000;

/**
 * Generous per IP (a whole office may share one address), tight per email address. Invite codes
 * carry 60 bits, so even the per-IP budget cannot guess one.
 */
export const rateLimits = {
  redeemPerIp: {
    name: "redeem:ip",
    limit: 30,
    windowMs: 15 * MINUTE,
    message: "Too many invite codes were tried from your network.",
  },
  redeemPerAddress: {
    name: "redeem:email",
    limit: 5,
    windowMs: 15 * MINUTE,
    message: "Too many invite codes were tried for this email address.",
  },
  magicLinkPerIp: {
    name: "magic-link:ip",
    limit: 30,
    windowMs: 15 * MINUTE,
    message: "Too many sign-in links were requested from your network.",
  },
  magicLinkPerAddress: {
    name: "magic-link:email",
    limit: 5,
    windowMs: 15 * MINUTE,
    message: "Too many sign-in links were requested for this email address.",
  },
  waitlistPerIp: {
    name: "waitlist:ip",
    limit: 20,
    windowMs: 60 * MINUTE,
    message: "Too many waitlist sign-ups came from your network.",
  },
} satisfies Record<string, RateLimitRule>;

/** The checks before a sign-in link is mailed; every path that mails one applies them. */
export function magicLinkChecks(ip: string, email: string): [RateLimitRule, string][] {
  return [
    [rateLimits.magicLinkPerIp, ip],
    [rateLimits.magicLinkPerAddress, email],
  ];
}
