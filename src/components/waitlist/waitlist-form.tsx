"use client";

import { useState, type FormEvent } from "react";

import { FormErrors } from "@/components/form-errors";
import { useApiRequest } from "@/components/use-api-request";
import { NAME_MAX } from "@/lib/members/schemas";
import { WAITLIST_NOTE_MAX } from "@/lib/waitlist/schemas";

export function WaitlistForm() {
  const { send, pending, errors } = useApiRequest();
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await send<{ message: string }>("/api/waitlist", {
      body: { name: form.get("name"), email: form.get("email"), note: form.get("note") },
    });
    if (result) setDone(result.message);
  }

  if (done) {
    return (
      <p className="status" role="status">
        {done}
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} className="stack card" noValidate>
      <FormErrors messages={errors} />
      <label>
        Name
        <input name="name" autoComplete="name" required maxLength={NAME_MAX} />
      </label>
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required maxLength={254} />
      </label>
      <label>
        What brings you here? (optional)
        <textarea name="note" rows={3} maxLength={WAITLIST_NOTE_MAX} />
      </label>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Adding you…" : "Join the waitlist"}
      </button>
    </form>
  );
}
