"use client";

import { useActionState, useState } from "react";

import type { CreateRoomFormState } from "@/app/rooms/new/actions";
import { LocalTimeZone } from "@/components/local-time";
import { MAX_CO_HOSTS, MAX_ROOM_INVITEES, MAX_SCHEDULE_DAYS } from "@/lib/rooms/schemas";

type Field = keyof NonNullable<CreateRoomFormState["fieldErrors"]>;

const visibilities = [
  { value: "OPEN", label: "Open", hint: "Every member can find and join it." },
  { value: "FOLLOWERS", label: "Followers", hint: "Only members who follow you." },
  { value: "CLOSED", label: "Closed", hint: "Only the members you invite." },
] as const;

/** The instant a `datetime-local` value names in the browser's time zone, as ISO; "" if none. */
function toInstant(local: string): string {
  const date = new Date(local);
  return local && !Number.isNaN(date.getTime()) ? date.toISOString() : "";
}

/**
 * The form that opens a room now or schedules it. A scheduled room's date and time are typed in the
 * viewer's time zone; the browser sends the instant. Errors come back from the server action, next
 * to their fields.
 */
export function CreateRoomForm({
  action,
  topics,
  coHostChoices,
  initialWhen,
}: {
  action: (state: CreateRoomFormState, formData: FormData) => Promise<CreateRoomFormState>;
  topics: { slug: string; name: string }[];
  /** Members the host may name as co-hosts (those they follow). */
  coHostChoices: { id: string; name: string }[];
  initialWhen: "now" | "later";
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? {};
  const [visibility, setVisibility] = useState(values.visibility || "OPEN");
  const [when, setWhen] = useState(values.when || initialWhen);
  const [scheduledLocal, setScheduledLocal] = useState(values.scheduledLocal ?? "");
  const chosenCoHosts = new Set((values.coHosts ?? "").split(",").filter(Boolean));

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
      <fieldset className="stack choices">
        <legend>When</legend>
        <label className="choice">
          <input type="radio" name="when" value="now" checked={when === "now"} onChange={() => setWhen("now")} />
          <span>Start now</span>
        </label>
        <label className="choice">
          <input type="radio" name="when" value="later" checked={when === "later"} onChange={() => setWhen("later")} />
          <span>Schedule for later</span>
        </label>
      </fieldset>
      {when === "later" ? (
        <>
          <label>
            Date and time
            <input
              type="datetime-local"
              name="scheduledLocal"
              required
              value={scheduledLocal}
              onChange={(event) => setScheduledLocal(event.target.value)}
              aria-invalid={Boolean(errorFor("scheduledFor"))}
              aria-describedby={describedBy("scheduledFor", "scheduled-hint")}
            />
            <span id="scheduled-hint" className="muted choice-hint">
              In your time zone (<LocalTimeZone />), up to {MAX_SCHEDULE_DAYS} days ahead. You can start it earlier.
            </span>
            {fieldError("scheduledFor")}
          </label>
          <input type="hidden" name="scheduledFor" value={toInstant(scheduledLocal)} />
          <fieldset className="stack choices" aria-describedby={describedBy("coHosts", "co-hosts-hint")}>
            <legend>
              Co-hosts <span className="muted">(optional)</span>
            </legend>
            <span id="co-hosts-hint" className="muted choice-hint">
              Up to {MAX_CO_HOSTS} members you follow. They can start the room and join it as moderators.
            </span>
            {coHostChoices.length === 0 ? (
              <p className="muted">Follow members to name them as co-hosts.</p>
            ) : (
              coHostChoices.map((person) => (
                <label key={person.id} className="choice">
                  <input type="checkbox" name="coHosts" value={person.id} defaultChecked={chosenCoHosts.has(person.id)} />
                  <span>{person.name}</span>
                </label>
              ))
            )}
            {fieldError("coHosts")}
          </fieldset>
        </>
      ) : null}
      <button className="button" type="submit" disabled={pending}>
        {when === "later" ? (pending ? "Scheduling…" : "Schedule room") : pending ? "Starting…" : "Start now"}
      </button>
    </form>
  );
}
