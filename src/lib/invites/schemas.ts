import { z } from "zod";

import { optionalPhone } from "@/lib/members/schemas";
import { BODY_MESSAGE, emailAddress, optionalPlainText } from "@/lib/validation";

import { normalizeInviteCode } from "./code";

const inviteCodeInput = z
  .string({ error: "Enter your invite code." })
  .max(64, "That is not an invite code: codes have 12 letters and digits, like ABCD-EFGH-JKMN.")
  .transform((input, context) => {
    if (!input.trim()) {
      context.addIssue({ code: "custom", message: "Enter your invite code." });
      return z.NEVER;
    }
    const code = normalizeInviteCode(input);
    if (!code) {
      context.addIssue({
        code: "custom",
        message: "That is not an invite code: codes have 12 letters and digits, like ABCD-EFGH-JKMN.",
      });
      return z.NEVER;
    }
    return code;
  });

export const redeemInviteSchema = z.object(
  { code: inviteCodeInput, email: emailAddress, phone: optionalPhone },
  { error: BODY_MESSAGE },
);
export type RedeemInviteInput = z.infer<typeof redeemInviteSchema>;

export const BATCH_MAX = 200;
export const MAX_USES_MAX = 1000;
export const EXPIRY_DAYS_MAX = 365;
export const NOTE_MAX = 200;

function wholeNumber(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} must be a whole number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} can be at most ${max}.`);
}

export const createInviteBatchSchema = z.object(
  {
    count: wholeNumber("The number of codes", 1, BATCH_MAX),
    maxUses: wholeNumber("Uses per code", 1, MAX_USES_MAX),
    /** Null: the codes never expire. */
    expiresInDays: z.union([wholeNumber("Days until expiry", 1, EXPIRY_DAYS_MAX), z.null()], {
      error: "Days until expiry must be a whole number, or empty for never.",
    }),
    note: optionalPlainText("The note", NOTE_MAX),
  },
  { error: BODY_MESSAGE },
);
export type CreateInviteBatchInput = z.infer<typeof createInviteBatchSchema>;

export const batchIdSchema = z.uuid("Not a valid batch id.");
