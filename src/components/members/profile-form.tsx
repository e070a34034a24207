"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";

import { FormErrors } from "@/components/form-errors";
import { useApiRequest } from "@/components/use-api-request";
import { PHONE_HINT } from "@/lib/members/phone";
import { BIO_MAX, HEADLINE_MAX, NAME_MAX } from "@/lib/members/schemas";

type Profile = { name: string | null; headline: string | null; bio: string | null; phone: string | null };

/** Name, headline, bio and phone. On first completion it goes on to the hallway. */
export function ProfileForm({ profile, onboarding }: { profile: Profile; onboarding: boolean }) {
  const router = useRouter();
  const { send, pending, errors } = useApiRequest();
  const [saved, setSaved] = useState(false);
  const headlineHint = useId();
  const phoneHint = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const result = await send("/api/profile", {
      method: "PATCH",
      body: { name: form.get("name"), headline: form.get("headline"), bio: form.get("bio"), phone: form.get("phone") },
    });
    if (!result) return;
    if (onboarding) {
      router.push("/");
      router.refresh();
    } else {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack card" noValidate>
      <FormErrors messages={errors} />
      {saved ? (
        <p className="status" role="status">
          Profile saved.
        </p>
      ) : null}
      <label>
        Name
        <input name="name" autoComplete="name" required maxLength={NAME_MAX} defaultValue={profile.name ?? ""} />
      </label>
      <label>
        Headline (optional)
        <input
          name="headline"
          maxLength={HEADLINE_MAX}
          defaultValue={profile.headline ?? ""}
          aria-describedby={headlineHint}
        />
        <span id={headlineHint} className="muted field-hint">
          Your role and company, e.g. “Head of Design at Acme”.
        </span>
      </label>
      <label>
        Bio (optional)
        <textarea name="bio" rows={4} maxLength={BIO_MAX} defaultValue={profile.bio ?? ""} />
      </label>
      <label>
        Phone (optional)
        <input name="phone" type="tel" autoComplete="tel" maxLength={64} defaultValue={profile.phone ?? ""} aria-describedby={phoneHint} />
        <span id={phoneHint} className="muted field-hint">
          Only admins see it. {PHONE_HINT}
        </span>
      </label>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : onboarding ? "Save and go to the hallway" : "Save profile"}
      </button>
    </form>
  );
}
