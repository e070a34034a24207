"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";

import { FormErrors } from "@/components/form-errors";
import { InterestChoices } from "@/components/topics/interests-form";
import { useApiRequest } from "@/components/use-api-request";
import { PHONE_HINT } from "@/lib/members/phone";
import { BIO_MAX, HANDLE_HINT, HANDLE_MAX, HEADLINE_MAX, MAX_LINKS, NAME_MAX } from "@/lib/members/schemas";

type Profile = {
  name: string | null;
  handle: string | null;
  headline: string | null;
  industrySlug: string | null;
  bio: string | null;
  links: string[];
  phone: string | null;
};
type Topic = { slug: string; name: string };

/**
 * Name, handle, headline, industry, bio, links and phone. On sign-up it also asks for interests
 * and then goes on to the hallway.
 */
export function ProfileForm({
  profile,
  topics,
  interests,
  onboarding,
}: {
  profile: Profile;
  topics: Topic[];
  interests: string[];
  onboarding: boolean;
}) {
  const router = useRouter();
  const { send, pending, errors } = useApiRequest();
  const [saved, setSaved] = useState(false);
  const headlineHint = useId();
  const handleHint = useId();
  const linksHint = useId();
  const phoneHint = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const links = String(form.get("links") ?? "")
      .split(/\s*\n\s*/)
      .map((line) => line.trim())
      .filter(Boolean);
    const result = await send("/api/profile", {
      method: "PATCH",
      body: {
        name: form.get("name"),
        handle: form.get("handle"),
        headline: form.get("headline"),
        industry: form.get("industry"),
        bio: form.get("bio"),
        links,
        phone: form.get("phone"),
        ...(onboarding ? { interests: form.getAll("topic") } : {}),
      },
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
    <form onSubmit={onSubmit} className="stack card" noValidate aria-label="Profile">
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
        Handle (optional)
        <input
          name="handle"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          maxLength={HANDLE_MAX + 1}
          defaultValue={profile.handle ?? ""}
          aria-describedby={handleHint}
        />
        <span id={handleHint} className="muted field-hint">
          Your profile’s address: /members/your_handle. {HANDLE_HINT}
        </span>
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
        Industry (optional)
        <select name="industry" defaultValue={profile.industrySlug ?? ""}>
          <option value="">Not set</option>
          {topics.map((topic) => (
            <option key={topic.slug} value={topic.slug}>
              {topic.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Bio (optional)
        <textarea name="bio" rows={4} maxLength={BIO_MAX} defaultValue={profile.bio ?? ""} />
      </label>
      <label>
        Links (optional)
        <textarea
          name="links"
          rows={3}
          inputMode="url"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={profile.links.join("\n")}
          aria-describedby={linksHint}
        />
        <span id={linksHint} className="muted field-hint">
          Up to {MAX_LINKS}, one per line, each starting with https:// (your site, talks, LinkedIn…).
        </span>
      </label>
      <label>
        Phone (optional)
        <input name="phone" type="tel" autoComplete="tel" maxLength={64} defaultValue={profile.phone ?? ""} aria-describedby={phoneHint} />
        <span id={phoneHint} className="muted field-hint">
          Only admins see it. {PHONE_HINT}
        </span>
      </label>
      {onboarding ? <InterestChoices topics={topics} selected={interests} /> : null}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : onboarding ? "Save and go to the hallway" : "Save profile"}
      </button>
    </form>
  );
}
