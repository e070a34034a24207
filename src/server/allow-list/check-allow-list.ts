import "server-only";

import { PHONE_HINT } from "@/lib/members/phone";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { getSettings } from "@/server/settings";

/** What the sign-up form must ask for: a phone number only when the allow-list holds phone numbers. */
export async function signUpRequirements() {
  const settings = await getSettings();
  if (!settings.allowListEnabled) return { allowListEnabled: false, asksForPhone: false };
  const phones = await db.allowListEntry.count({ where: { kind: "PHONE" } });
  return { allowListEnabled: true, asksForPhone: phones > 0 };
}

/**
 * With the allow-list on, a newcomer needs their address, their address's domain or their phone
 * number on it (a code alone is not enough). The phone number is self-declared: there is no SMS
 * check, but it must be one the organisation registered and no other member's.
 */
export async function assertAllowListed(email: string, phone: string | null): Promise<void> {
  const settings = await getSettings();
  if (!settings.allowListEnabled) return;
  const domain = email.slice(email.lastIndexOf("@") + 1);
  const match = await db.allowListEntry.findFirst({
    where: {
      OR: [
        { kind: "EMAIL", value: email },
        { kind: "EMAIL_DOMAIN", value: domain },
        ...(phone ? [{ kind: "PHONE" as const, value: phone }] : []),
      ],
    },
    select: { id: true },
  });
  if (match) return;
  const { asksForPhone } = await signUpRequirements();
  if (asksForPhone && !phone) {
    throw new DomainError("forbidden", `Sign-up here needs the phone number your organisation registered for you. ${PHONE_HINT}`);
  }
  throw new DomainError(
    "forbidden",
    "Sign-up is limited to people this organisation registered, and that email address" +
      (phone ? " and phone number are" : " is") +
      " not on its list. Ask an admin to add you.",
  );
}
