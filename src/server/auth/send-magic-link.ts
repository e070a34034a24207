import "server-only";

import { AuthError } from "next-auth";

import { SUSPENDED_MESSAGE } from "@/lib/auth/schemas";
import { signIn } from "@/server/auth";
import { DomainError } from "@/server/errors";

/**
 * Mails a member a sign-in link that lands on `redirectTo`, through Auth.js (so its own checks
 * apply: only members, never suspended ones). Callers apply the magic-link rate limits first.
 */
export async function sendMagicLink(email: string, redirectTo: string): Promise<void> {
  let landing: string;
  try {
    landing = await signIn("nodemailer", { email, redirectTo, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && error.type === "AccessDenied") {
      throw new DomainError("forbidden", "No member uses that address.");
    }
    if (error instanceof AuthError) {
      throw new DomainError("unavailable", "We could not send the sign-in email. Try again in a moment, or sign in later.");
    }
    throw error;
  }
  if (new URL(landing, "http://localhost").searchParams.get("error") === "Suspended") {
    throw new DomainError("forbidden", SUSPENDED_MESSAGE);
  }
}
