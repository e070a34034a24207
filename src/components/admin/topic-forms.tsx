"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";

import { FormErrors } from "@/components/form-errors";
import { useApiRequest } from "@/components/use-api-request";
import { TOPIC_NAME_MAX } from "@/lib/topics/schemas";

/** Adds a topic; its address (/topics/…) is made from the name and does not change on rename. */
export function AddTopicForm() {
  const router = useRouter();
  const { send, pending, errors } = useApiRequest();
  const [added, setAdded] = useState<string | null>(null);
  const hint = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const formElement = event.currentTarget;
    const topic = await send<{ slug: string; name: string }>("/api/admin/topics", { body: { name: new FormData(formElement).get("name") } });
    if (!topic) return;
    setAdded(`Added “${topic.name}” (/topics/${topic.slug}).`);
    formElement.reset();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="stack card" noValidate aria-label="Add a topic">
      <FormErrors messages={errors} />
      {added ? (
        <p className="status" role="status">
          {added}
        </p>
      ) : null}
      <label>
        Name
        <input name="name" required maxLength={TOPIC_NAME_MAX} aria-describedby={hint} />
        <span id={hint} className="muted field-hint">
          E.g. “Climate Tech”. Its address, /topics/climate-tech, is made from the name and stays when you rename it.
        </span>
      </label>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add topic"}
      </button>
    </form>
  );
}

/** Renames one topic, inline in its row. */
export function RenameTopicForm({ slug, name }: { slug: string; name: string }) {
  const router = useRouter();
  const { send, pending, errors } = useApiRequest();
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const newName = new FormData(event.currentTarget).get("name");
    if (await send(`/api/admin/topics/${slug}`, { method: "PATCH", body: { action: "rename", name: newName } })) {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} className="inline-form" noValidate aria-label={`Rename ${name}`}>
      <label>
        <span className="visually-hidden">New name for {name}</span>
        <input name="name" required maxLength={TOPIC_NAME_MAX} defaultValue={name} />
      </label>
      <button className="button secondary small" type="submit" disabled={pending}>
        {pending ? "Renaming…" : "Rename"}
      </button>
      <FormErrors messages={errors} />
      {saved ? (
        <span className="status" role="status">
          Renamed.
        </span>
      ) : null}
    </form>
  );
}
