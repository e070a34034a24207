"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";

import { Avatar } from "@/components/avatar";
import { FormErrors } from "@/components/form-errors";
import { useApiRequest } from "@/components/use-api-request";
import { AVATAR_HINT, AVATAR_MAX_BYTES, AVATAR_TYPES } from "@/lib/members/avatar";

/** Uploads (or removes) the member's picture; the server checks, crops and resizes it. */
export function AvatarForm({ name, avatarUrl }: { name: string; avatarUrl: string | null }) {
  const router = useRouter();
  const { send, pending, errors } = useApiRequest();
  const [status, setStatus] = useState<string | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const hint = useId();
  const input = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    const formElement = event.currentTarget;
    const file = input.current?.files?.[0];
    // The server refuses it too; this only spares the upload.
    setTooBig(Boolean(file && file.size > AVATAR_MAX_BYTES));
    if (file && file.size > AVATAR_MAX_BYTES) return;
    const form = new FormData(formElement);
    const result = await send<{ avatarUrl: string }>("/api/profile/avatar", { body: form });
    if (!result) return;
    setStatus("Picture saved.");
    formElement.reset();
    router.refresh();
  }

  async function remove() {
    setStatus(null);
    if (await send("/api/profile/avatar", { method: "DELETE" })) {
      setStatus("Picture removed.");
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack card avatar-form" aria-label="Profile picture" noValidate>
      <div className="person-header">
        <Avatar name={name} src={avatarUrl} alt={avatarUrl ? "Your current picture" : undefined} />
        <p className="muted">{avatarUrl ? "Your picture, as others see it." : "No picture yet: others see your initials."}</p>
      </div>
      <FormErrors messages={tooBig ? ["That picture is larger than 5 MB."] : errors} />
      {status ? (
        <p className="status" role="status">
          {status}
        </p>
      ) : null}
      <label>
        Picture
        <input ref={input} type="file" name="avatar" accept={AVATAR_TYPES} required aria-describedby={hint} />
        <span id={hint} className="muted field-hint">
          {AVATAR_HINT}
        </span>
      </label>
      <div className="button-row">
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Uploading…" : "Upload picture"}
        </button>
        {avatarUrl ? (
          <button className="button secondary" type="button" onClick={remove} disabled={pending}>
            Remove picture
          </button>
        ) : null}
      </div>
    </form>
  );
}
