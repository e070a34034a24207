import { z } from "zod";

/**
 * Building blocks for the zod schemas of every form and endpoint: each refusal carries a message a
 * person can act on. Free text is plain text: no markup characters, no control characters.
 */
const MARKUP_OR_CONTROL = /[<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function plainText(label: string, { min = 0, max }: { min?: number; max: number }) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(min, min === 1 ? `Enter ${label.toLowerCase()}.` : `${label} needs at least ${min} characters.`)
    .max(max, `${label} can be at most ${max} characters.`)
    .refine((text) => !MARKUP_OR_CONTROL.test(text), `${label} must be plain text (no < or >).`);
}

/** Optional free text: an empty string means "none" and becomes null. */
export function optionalPlainText(label: string, max: number) {
  return z
    .union([plainText(label, { max }), z.null()], { error: `${label} must be text.` })
    .optional()
    .transform((text) => (text ? text : null));
}

/** An email address, normalised the way Auth.js normalises it (trimmed, lower case). */
export const emailAddress = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

/** Database ids are cuids; anything else cannot name a record. */
export function recordId(what: string) {
  return z
    .string({ error: `Not a valid ${what} id.` })
    .regex(/^[a-z0-9]{20,32}$/, `Not a valid ${what} id.`);
}

/** A request body must be a JSON object; arrays, strings and null are refused with this message. */
export const BODY_MESSAGE = "Send a JSON object.";
