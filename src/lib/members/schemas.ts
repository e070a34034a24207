import { z } from "zod";

import { interestsSchema, topicSlugSchema } from "@/lib/topics/schemas";
import { BODY_MESSAGE, optionalPlainText, plainText } from "@/lib/validation";

import { normalizePhone, PHONE_HINT } from "./phone";

export const NAME_MAX = 80;
export const HEADLINE_MAX = 120;
export const BIO_MAX = 500;

/** An optional phone number; empty means none, anything else must become E.164. */
export const optionalPhone = z
  .union([z.string().max(64, `That phone number is too long. ${PHONE_HINT}`), z.null()], {
    error: "The phone number must be text.",
  })
  .optional()
  .transform((input, context) => {
    if (!input?.trim()) return null;
    const phone = normalizePhone(input);
    if (!phone) {
      context.addIssue({ code: "custom", message: `That is not a phone number we can use. ${PHONE_HINT}` });
      return z.NEVER;
    }
    return phone;
  });

export const HANDLE_MIN = 3;
export const HANDLE_MAX = 30;
export const HANDLE_HINT = `${HANDLE_MIN}–${HANDLE_MAX} characters: letters, digits and _.`;

/** Words that name the app's own pages or could pass for staff; nobody may take them as a handle. */
export const RESERVED_HANDLES = new Set([
  "admin", "administrator", "api", "about", "edit", "everyone", "help", "here", "invites", "join", "me", "members",
  "moderator", "mod", "new", "notifications", "null", "official", "profile", "raise_hand", "raisehand", "root",
  "rooms", "search", "security", "settings", "signin", "signout", "staff", "support", "system", "topics",
  "undefined", "waitlist",
]);

/** A profile handle: compared and stored in lower case; empty means none. */
export const optionalHandle = z
  .union([z.string().max(64, `That handle is too long. ${HANDLE_HINT}`), z.null()], { error: "The handle must be text." })
  .optional()
  .transform((input, context) => {
    const handle = input?.trim().replace(/^@/, "").toLowerCase();
    if (!handle) return null;
    if (handle.length < HANDLE_MIN || handle.length > HANDLE_MAX || !/^[a-z0-9_]+$/.test(handle)) {
      context.addIssue({ code: "custom", message: `That handle cannot be used. ${HANDLE_HINT}` });
      return z.NEVER;
    }
    if (RESERVED_HANDLES.has(handle)) {
      context.addIssue({ code: "custom", message: `“${handle}” is reserved. Choose another handle.` });
      return z.NEVER;
    }
    return handle;
  });

export const MAX_LINKS = 5;
export const LINK_MAX = 300;

/** One http(s) link, normalised by the URL parser; no credentials, no other schemes. */
const profileLink = z
  .string({ error: "Each link must be text." })
  .trim()
  .min(1, "Remove the empty link.")
  .max(LINK_MAX, `A link can be at most ${LINK_MAX} characters.`)
  .transform((input, context) => {
    let url: URL | null = null;
    try {
      url = new URL(input);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname || url.username || url.password) {
      context.addIssue({ code: "custom", message: `“${input.slice(0, 60)}” is not an http:// or https:// link.` });
      return z.NEVER;
    }
    return url.href;
  });

export const profileLinks = z
  .array(profileLink, { error: "Links must be a list." })
  .max(MAX_LINKS, `Add at most ${MAX_LINKS} links.`)
  .optional()
  .transform((links) => [...new Set(links ?? [])]);

export const profileSchema = z.object(
  {
    name: plainText("Your name", { min: 1, max: NAME_MAX }),
    handle: optionalHandle,
    headline: optionalPlainText("Your headline", HEADLINE_MAX),
    industry: z
      .union([z.literal(""), topicSlugSchema, z.null()], { error: "Choose your industry from the list." })
      .optional()
      .transform((slug) => slug || null),
    bio: optionalPlainText("Your bio", BIO_MAX),
    links: profileLinks,
    phone: optionalPhone,
    /** Sent by the sign-up form only: the interests picked with the profile; absent leaves them alone. */
    interests: interestsSchema.optional(),
  },
  { error: BODY_MESSAGE },
);

export type ProfileInput = z.infer<typeof profileSchema>;
