"use client";

import { useRouter } from "next/navigation";
import { useId, type FormEvent } from "react";

import { FormErrors } from "@/components/form-errors";
import { useApiRequest } from "@/components/use-api-request";
import { PHONE_HINT } from "@/lib/members/phone";

/** Sign-up: invite code, email address and, when the organisation's list has phone numbers, phone. */
export function JoinForm({ initialCode, asksForPhone }: { initialCode: string; asksForPhone: boolean }) {
  const router = useRouter();
  const { send, pending, errors } = useApiRequest();
  const phoneHint = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const done = await send("/api/invites/redeem", {
      body: { code: form.get("code"), email: form.get("email"), phone: asksForPhone ? form.get("phone") : null },
    });
    if (done) router.push("/signin/check-email");
  }

  return (
    <form onSubmit={onSubmit} className="stack card" noValidate>
      <FormErrors messages={errors} />
      <label>
        Invite code
        <input
          name="code"
          defaultValue={initialCode}
          required
          maxLength={64}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="ABCD-EFGH-JKMN"
          className="code-input"
        />
      </label>
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required maxLength={254} />
      </label>
      {asksForPhone ? (
        <label>
          Company phone number
          <input name="phone" type="tel" autoComplete="tel" maxLength={64} aria-describedby={phoneHint} />
          <span id={phoneHint} className="muted field-hint">
            The number your organisation registered for you, unless your email address is on its list. {PHONE_HINT}
          </span>
        </label>
      ) : null}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Checking your code…" : "Join and email me a sign-in link"}
      </button>
    </form>
  );
}
