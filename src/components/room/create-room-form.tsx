"use client";

import { useActionState, useState } from "react";

import type { CreateRoomFormState } from "@/app/rooms/new/actions";
import { MAX_ROOM_INVITEES } from "@/lib/rooms/schemas";

type Field = keyof NonNullable<CreateRoomFormState["fieldErrors"]>;

const visibilities = [
  { value: "OPEN", label: "Open", hint: "Every member can find and join it." },
  { value: "FOLLOWERS", label: "Followers", hint: "Only members who follow you." },
  { value: "CLOSED", label: "Closed", hint: "Only the members you invite." },
] as const;

/** The form that opens a room. Errors come back from the server action, next to their fields. */
export function CreateRoomForm({
  action,
  topics,
}: {
  action: (state: CreateRoomFormState, formData: FormData) => Promise<CreateRoomFormState>;
  topics: { slug: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? {};
  const [visibility, setVisibility] = useState(values.visibility || "OPEN");

  const errorFor = (field: Field) => state.fieldErrors?.[field];
  const describedBy = (field: Field, hint?: string) =>
    [hint, errorFor(field) ? `${field}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const fieldError = (field: Field) =>
    errorFor(field) ? (
      <span id={`${field}-error`} className="field-error">
        {errorFor(field)}
      </span>
    ) : null;

  return (
    // Re-mount with the submitted values after an error (React resets a form once its action ran).
    <form key={JSON.stringify(state)} action={formAction} className="stack card" noValidate>
      {state.error ? (
        <p className="alert" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.fieldErrors ? (
        <p className="alert" role="alert">
          Check the fields marked below.
        </p>
      ) : null}
      <label>
        Title
        <input
          name="title"
          required
          minLength={3}
          maxLength={100}
          defaultValue={values.title}
          aria-invalid={Boolean(errorFor("title"))}
          aria-describedby={describedBy("title")}
        />
        {fieldError("title")}
      </label>
      <label>
        <span>
          Topic <span className="muted">(optional)</span>
        </span>
        <select
          name="topic"
          defaultValue={values.topic}
          aria-invalid={Boolean(errorFor("topic"))}
          aria-describedby={describedBy("topic")}
        >
          <option value="">No topic</option>
          {topics.map((topic) => (
            <option key={topic.slug} value={topic.slug}>
              {topic.name}
            </option>
          ))}
        </select>
        {fieldError("topic")}
      </label>
      <label>
        <span>
          Description <span className="muted">(optional)</span>
        </span>
        <textarea
          name="description"
          rows={3}
          maxLength={500}
          defaultValue={values.description}
          aria-invalid={Boolean(errorFor("description"))}
          aria-describedby={describedBy("description")}
        />
        {fieldError("description")}
      </label>
      <fieldset className="stack choices" aria-describedby={describedBy("visibility")}>
        <legend>Who can join</legend>
        {visibilities.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name="visibility"
              value={option.value}
              checked={visibility === option.value}
              onChange={() => setVisibility(option.value)}
              aria-describedby={`visibility-${option.value}-hint`}
            />
            <span>
              {option.label}
              <span id={`visibility-${option.value}-hint`} className="muted choice-hint">
                {option.hint}
              </span>
            </span>
          </label>
        ))}
        {fieldError("visibility")}
      </fieldset>
      {visibility === "CLOSED" ? (
        <label>
          Invite members
          <textarea
            name="invitees"
            rows={3}
            placeholder="ada@example.com, grace@example.com"
            defaultValue={values.invitees}
            aria-invalid={Boolean(errorFor("invitees"))}
            aria-describedby={describedBy("invitees", "invitees-hint")}
          />
          <span id="invitees-hint" className="muted choice-hint">
            The addresses they sign in with, separated by commas or new lines (up to {MAX_ROOM_INVITEES}).
          </span>
          {fieldError("invitees")}
        </label>
      ) : null}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Starting…" : "Start now"}
      </button>
    </form>
  );
}
