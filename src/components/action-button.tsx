"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormErrors } from "@/components/form-errors";
import { useApiRequest } from "@/components/use-api-request";

/**
 * A button that calls one API action and then re-renders the page's server data; a refusal is
 * shown next to it, and `doneMessage` after a success. `confirm` asks first (for actions that take
 * something away).
 */
export function ActionButton({
  url,
  method = "POST",
  body,
  label,
  ariaLabel,
  pendingLabel,
  confirm,
  doneMessage,
  secondary = false,
}: {
  url: string;
  method?: "POST" | "DELETE" | "PATCH";
  body?: unknown;
  label: string;
  /** A fuller name for screen readers when the visible label relies on its row (e.g. "Revoke ABCD-…"). */
  ariaLabel?: string;
  pendingLabel: string;
  confirm?: string;
  doneMessage?: string;
  secondary?: boolean;
}) {
  const router = useRouter();
  const { send, pending, errors } = useApiRequest();
  const [done, setDone] = useState(false);

  async function onClick() {
    if (confirm && !window.confirm(confirm)) return;
    setDone(false);
    if (await send(url, { method, body })) {
      setDone(true);
      router.refresh();
    }
  }

  return (
    <span className="action">
      <button type="button" className={secondary ? "button secondary small" : "button small"} onClick={onClick} disabled={pending} aria-label={ariaLabel}>
        {pending ? pendingLabel : label}
      </button>
      <FormErrors messages={errors} />
      {done && doneMessage ? (
        <span className="status" role="status">
          {doneMessage}
        </span>
      ) : null}
    </span>
  );
}
