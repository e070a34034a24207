import "server-only";

import { env } from "@/env";

/** The public origin for links in mail, exports and pages: AUTH_URL's when set, else the request's. */
export function appBaseUrl(headers: Headers): string {
  if (env.AUTH_URL) return new URL(env.AUTH_URL).origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  return `${headers.get("x-forwarded-proto") ?? "http"}://${host}`;
}
