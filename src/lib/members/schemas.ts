import { z } from "zod";

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

export const profileSchema = z.object(
  {
    name: plainText("Your name", { min: 1, max: NAME_MAX }),
    headline: optionalPlainText("Your headline", HEADLINE_MAX),
    bio: optionalPlainText("Your bio", BIO_MAX),
    phone: optionalPhone,
  },
  { error: BODY_MESSAGE },
);

export type ProfileInput = z.infer<typeof profileSchema>;
