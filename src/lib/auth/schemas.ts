import { z } from "zod";

export const signInSchema = z.object({
  email: z.email("Enter a valid email address.").max(254, "That email address is too long."),
  redirectTo: z
    .string()
    .max(2048)
    .refine((path) => path.startsWith("/") && !path.startsWith("//"), "Only paths on this site.")
    .catch("/"),
});

export const SUSPENDED_MESSAGE = "This account is suspended. Ask an admin of this Raise Hand if you think that is a mistake.";

/** Messages for the error codes Auth.js (and our sign-in action) put in `?error=`. */
export const signInErrorMessages: Record<string, string> = {
  AccessDenied: "No member uses that address yet. Raise Hand is invite-only: redeem an invite code first.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  InvalidEmail: "Enter a valid email address.",
  Suspended: SUSPENDED_MESSAGE,
  RateLimited: "Too many sign-in links were requested. Wait a few minutes, then try again.",
  Configuration: "Sign-in is not available right now. Try again in a moment.",
};
