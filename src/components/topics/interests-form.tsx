"use client";

import { useActionState } from "react";

import type { InterestsFormState } from "@/app/profile/actions";

type TopicChoice = { slug: string; name: string };

/** The curated topics as checkboxes named "topic"; the hallway ranks rooms on the ticked ones higher. */
export function InterestChoices({ topics, selected }: { topics: TopicChoice[]; selected: string[] }) {
  return (
    <fieldset className="stack choices">
      <legend>Your interests</legend>
      <p className="muted">Rooms on these topics come first in your hallway, after the people you follow.</p>
      {topics.map((topic) => (
        <label key={topic.slug} className="choice">
          <input type="checkbox" name="topic" value={topic.slug} defaultChecked={selected.includes(topic.slug)} />
          {topic.name}
        </label>
      ))}
    </fieldset>
  );
}

/** The interests on their own form, for members who completed their profile. */
export function InterestsForm({
  topics,
  selected,
  action,
}: {
  topics: TopicChoice[];
  selected: string[];
  action: (state: InterestsFormState, formData: FormData) => Promise<InterestsFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="stack card">
      <InterestChoices topics={topics} selected={selected} />
      {state.error ? (
        <p className="alert" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.saved ? (
        <p className="status" role="status">
          Interests saved.
        </p>
      ) : null}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save interests"}
      </button>
    </form>
  );
}
