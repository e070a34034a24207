"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { FormErrors } from "@/components/form-errors";
import { useApiRequest } from "@/components/use-api-request";
import { ALLOWANCE_MAX } from "@/lib/admin/schemas";

function useSettingsUpdate() {
  const router = useRouter();
  const request = useApiRequest();
  const [saved, setSaved] = useState(false);
  async function update(body: Record<string, unknown>) {
    setSaved(false);
    if (await request.send("/api/admin/settings", { method: "PATCH", body })) {
      setSaved(true);
      router.refresh();
    }
  }
  return { ...request, saved, update };
}

/** How many personal codes each member may create. */
export function InviteAllowanceForm({ allowance }: { allowance: number }) {
  const { update, pending, errors, saved } = useSettingsUpdate();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("allowance");
    await update({ memberInviteAllowance: value === "" ? null : Number(value) });
  }

  return (
    <form onSubmit={onSubmit} className="stack card" noValidate aria-label="Member invite allowance">
      <FormErrors messages={errors} />
      {saved ? (
        <p className="status" role="status">
          Saved.
        </p>
      ) : null}
      <label>
        Personal invite codes per member (0 turns them off)
        <input name="allowance" type="number" inputMode="numeric" min={0} max={ALLOWANCE_MAX} defaultValue={allowance} required />
      </label>
      <button className="button secondary" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save allowance"}
      </button>
    </form>
  );
}

/** Turns the allow-list on or off. */
export function AllowListSwitch({ enabled }: { enabled: boolean }) {
  const { update, pending, errors } = useSettingsUpdate();
  return (
    <div className="stack">
      <FormErrors messages={errors} />
      <p className="status" role="status">
        The allow-list is <strong>{enabled ? "on" : "off"}</strong>:{" "}
        {enabled
          ? "sign-up needs an invite code and an address, domain or phone number on the list."
          : "an invite code is enough to sign up."}
      </p>
      <button
        type="button"
        className={enabled ? "button secondary" : "button"}
        disabled={pending}
        onClick={() => update({ allowListEnabled: !enabled })}
      >
        {pending ? "Saving…" : enabled ? "Turn the allow-list off" : "Turn the allow-list on"}
      </button>
    </div>
  );
}
