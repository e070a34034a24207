"use client";

import { useLocalParticipant, useParticipants, useRoomInfo } from "@livekit/components-react";

import { handQueue, ordinal, parseHandsEnabled, stageRoleOf } from "@/lib/stage/live-state";

import { useStageAction } from "./use-stage-action";

/** The member's own stage controls: raise/lower hand, answer an invitation, step down. */
export function SelfStageControls({ roomId }: { roomId: string }) {
  const { localParticipant } = useLocalParticipant();
  const participants = useParticipants();
  const { metadata } = useRoomInfo();
  const { run, isPending, busy, error } = useStageAction(roomId);

  const role = stageRoleOf(localParticipant);
  const handsEnabled = parseHandsEnabled(metadata);
  const handRaised = Boolean(localParticipant.attributes.handRaisedAt);
  const invited = localParticipant.attributes.invitedToSpeak === "true";
  const position = handQueue(participants).findIndex((p) => p.identity === localParticipant.identity) + 1;

  return (
    <section aria-label="Your stage controls" className="stack">
      {invited ? (
        <div className="card stack" role="alertdialog" aria-labelledby="invite-text">
          <p id="invite-text">You are invited to speak. Join the stage?</p>
          <div className="row">
            <button className="button" type="button" disabled={busy} onClick={() => run({ action: "accept_invite" })}>
              {isPending("accept_invite") ? "Joining the stage…" : "Join the stage"}
            </button>
            <button className="button secondary" type="button" disabled={busy} onClick={() => run({ action: "decline_invite" })}>
              Not now
            </button>
          </div>
        </div>
      ) : null}
      <div className="row">
        {role === "LISTENER" ? (
          handRaised ? (
            <button className="button secondary" type="button" aria-pressed="true" disabled={busy} onClick={() => run({ action: "lower_hand" })}>
              Lower hand
            </button>
          ) : (
            <button
              className="button"
              type="button"
              aria-pressed="false"
              disabled={busy || !handsEnabled}
              onClick={() => run({ action: "raise_hand" })}
            >
              Raise hand
            </button>
          )
        ) : null}
        {role === "SPEAKER" || role === "MODERATOR" ? (
          <button className="button secondary" type="button" disabled={busy} onClick={() => run({ action: "step_down" })}>
            Move to audience
          </button>
        ) : null}
      </div>
      <p role="status" className="muted">
        {role === "LISTENER" && handRaised && position > 0
          ? `Your hand is up: you are ${ordinal(position)} in the queue.`
          : role === "LISTENER" && !handsEnabled
            ? "The hosts have turned hand raising off."
            : ""}
      </p>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
