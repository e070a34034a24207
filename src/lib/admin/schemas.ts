import { z } from "zod";

import { normalizePhone, PHONE_HINT } from "@/lib/members/phone";
import { BODY_MESSAGE } from "@/lib/validation";

export const ALLOWANCE_MAX = 50;

export const updateSettingsSchema = z
  .object(
    {
      allowListEnabled: z.boolean({ error: "allowListEnabled must be true or false." }).optional(),
      memberInviteAllowance: z
        .number({ error: "The invite allowance must be a whole number." })
        .int("The invite allowance must be a whole number.")
        .min(0, "The invite allowance cannot be negative.")
        .max(ALLOWANCE_MAX, `The invite allowance can be at most ${ALLOWANCE_MAX}.`)
        .optional(),
    },
    { error: BODY_MESSAGE },
  )
  .refine((settings) => Object.values(settings).some((value) => value !== undefined), "Change at least one setting.");
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;

export const allowListKinds = ["EMAIL_DOMAIN", "EMAIL", "PHONE"] as const;
export type AllowListKindName = (typeof allowListKinds)[number];

export const allowListKindLabels: Record<AllowListKindName, string> = {
  EMAIL_DOMAIN: "Email domain",
  EMAIL: "Email address",
  PHONE: "Phone number",
};

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const email = z.email();

/** The canonical form of an allow-list value, or null if it is not one of that kind. */
export function normalizeAllowListValue(kind: AllowListKindName, input: string): string | null {
  const value = input.trim().toLowerCase();
  if (value.length > 254) return null;
  switch (kind) {
    case "EMAIL_DOMAIN": {
      const domain = value.replace(/^@/, "");
      return DOMAIN.test(domain) ? domain : null;
    }
    case "EMAIL":
      return email.safeParse(value).success ? value : null;
    case "PHONE":
      return normalizePhone(value);
  }
}

const kindHints: Record<AllowListKindName, string> = {
  EMAIL_DOMAIN: "Domains look like example.com.",
  EMAIL: "Addresses look like name@example.com.",
  PHONE: PHONE_HINT,
};

export const ALLOW_LIST_BATCH_MAX = 500;

/** One or more values of one kind (one per line in the console); any invalid one refuses them all. */
export const addAllowListEntriesSchema = z
  .object(
    {
      kind: z.enum(allowListKinds, { error: "Choose email domain, email address or phone number." }),
      values: z
        .array(z.string({ error: "Each value must be text." }).max(254, "A value can be at most 254 characters."), {
          error: "Send the values as a list.",
        })
        .min(1, "Enter at least one value.")
        .max(ALLOW_LIST_BATCH_MAX, `Add at most ${ALLOW_LIST_BATCH_MAX} values at a time.`),
    },
    { error: BODY_MESSAGE },
  )
  .transform(({ kind, values }, context) => {
    const normalized: string[] = [];
    values.forEach((value, index) => {
      const canonical = normalizeAllowListValue(kind, value);
      if (canonical) normalized.push(canonical);
      else {
        context.addIssue({
          code: "custom",
          path: ["values", index],
          message: `Line ${index + 1} is not a valid ${allowListKindLabels[kind].toLowerCase()}. ${kindHints[kind]}`,
        });
      }
    });
    return { kind, values: [...new Set(normalized)] };
  });
export type AddAllowListEntriesInput = z.infer<typeof addAllowListEntriesSchema>;

export const memberActions = ["suspend", "unsuspend", "promote", "demote"] as const;
export type MemberAction = (typeof memberActions)[number];

export const memberActionSchema = z.object(
  { action: z.enum(memberActions, { error: "The action must be suspend, unsuspend, promote or demote." }) },
  { error: BODY_MESSAGE },
);
