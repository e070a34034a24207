"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { CopyButton } from "@/components/copy-button";
import { FormErrors } from "@/components/form-errors";
import { useApiRequest } from "@/components/use-api-request";
import { BATCH_MAX, EXPIRY_DAYS_MAX, MAX_USES_MAX, NOTE_MAX } from "@/lib/invites/schemas";

type Batch = { batchId: string; codes: { code: string; joinUrl: string }[] };

/** Numbers from the form: empty stays empty (null), anything else is sent as typed for the server to judge. */
function numberOrNull(value: FormDataEntryValue | null) {
  return value === null || value === "" ? null : Number(value);
}

export function CreateBatchForm() {
  const router = useRouter();
  const { send, pending, errors } = useApiRequest();
  const [batch, setBatch] = useState<Batch | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const created = await send<Batch>("/api/admin/invites", {
      body: {
        count: numberOrNull(form.get("count")),
        maxUses: numberOrNull(form.get("maxUses")),
        expiresInDays: numberOrNull(form.get("expiresInDays")),
        note: form.get("note"),
      },
    });
    if (!created) return;
    setBatch(created);
    router.refresh();
  }

  return (
    <div className="stack">
      <form onSubmit={onSubmit} className="stack card" noValidate aria-label="Create invite codes">
        <FormErrors messages={errors} />
        <div className="fields">
          <label>
            Number of codes
            <input name="count" type="number" inputMode="numeric" min={1} max={BATCH_MAX} defaultValue={1} required />
          </label>
          <label>
            Uses per code
            <input name="maxUses" type="number" inputMode="numeric" min={1} max={MAX_USES_MAX} defaultValue={1} required />
          </label>
          <label>
            Expires after (days)
            <input name="expiresInDays" type="number" inputMode="numeric" min={1} max={EXPIRY_DAYS_MAX} defaultValue={30} placeholder="never" />
          </label>
        </div>
        <label>
          Note (who it is for; optional)
          <input name="note" maxLength={NOTE_MAX} />
        </label>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create codes"}
        </button>
      </form>
      {batch ? (
        <section className="card stack" aria-labelledby="new-codes">
          <h3 id="new-codes">
            {batch.codes.length === 1 ? "New code" : `${batch.codes.length} new codes`}
          </h3>
          <ul className="code-list" aria-label="New invite codes">
            {batch.codes.map(({ code, joinUrl }) => (
              <li key={code}>
                <span className="code">{code}</span> <CopyButton text={joinUrl} label="Copy link" />
              </li>
            ))}
          </ul>
          <a href={`/api/admin/invites/export?batchId=${batch.batchId}`} download>
            Download these codes (CSV)
          </a>
        </section>
      ) : null}
    </div>
  );
}
