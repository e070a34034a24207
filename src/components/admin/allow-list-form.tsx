"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";

import { FormErrors } from "@/components/form-errors";
import { useApiRequest } from "@/components/use-api-request";
import { ALLOW_LIST_BATCH_MAX, allowListKindLabels, allowListKinds } from "@/lib/admin/schemas";

/** Adds values of one kind, one per line. */
export function AllowListForm() {
  const router = useRouter();
  const { send, pending, errors } = useApiRequest();
  const [result, setResult] = useState<string | null>(null);
  const hint = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult(null);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const values = String(form.get("values") ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    const added = await send<{ added: number; alreadyListed: number }>("/api/admin/allow-list", {
      body: { kind: form.get("kind"), values },
    });
    if (!added) return;
    setResult(`Added ${added.added}${added.alreadyListed ? `; ${added.alreadyListed} already on the list` : ""}.`);
    formElement.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="stack card" noValidate aria-label="Add to the allow-list">
      <FormErrors messages={errors} />
      {result ? (
        <p className="status" role="status">
          {result}
        </p>
      ) : null}
      <label>
        Kind
        <select name="kind" defaultValue="EMAIL_DOMAIN">
          {allowListKinds.map((kind) => (
            <option key={kind} value={kind}>
              {allowListKindLabels[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Values, one per line
        <textarea name="values" rows={4} required aria-describedby={hint} />
        <span id={hint} className="muted field-hint">
          Up to {ALLOW_LIST_BATCH_MAX} at a time: domains like example.com, addresses like name@example.com, phone
          numbers with their country code (+49 151 2345 6789).
        </span>
      </label>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add to the list"}
      </button>
    </form>
  );
}
