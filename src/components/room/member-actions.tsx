"use client";

import type { Participant } from "livekit-client";
import { useRef } from "react";

import type { StageActionInput, TargetedAction } from "@/lib/stage/actions";
import { stageRoleOf, type StageRoleName } from "@/lib/stage/live-state";

import { useStageAction } from "./use-stage-action";

type Choice = { action: TargetedAction; label: string; danger?: boolean };

/**
 * What a host or moderator may do to one participant, as the server's rules allow (the server
 * checks again; this only hides what would be refused).
 */
function choicesFor(viewer: StageRoleName, target: StageRoleName): Choice[] {
  if (target === "HOST" || (viewer === "MODERATOR" && target === "MODERATOR")) return [];
  const choices: Choice[] = [];
  if (target === "LISTENER") choices.push({ action: "invite_to_speak", label: "Invite to speak" });
  if (target === "SPEAKER" || target === "MODERATOR") {
    choices.push({ action: "mute", label: "Mute" }, { action: "move_to_audience", label: "Move to audience" });
  }
  if (viewer === "HOST") {
    choices.push(
      target === "MODERATOR"
        ? { action: "unmake_moderator", label: "Remove moderator role" }
        : { action: "make_moderator", label: "Make moderator" },
    );
  }
  choices.push({ action: "remove", label: "Remove from room", danger: true }, { action: "ban", label: "Ban from room", danger: true });
  return choices;
}

export function MemberActions({ roomId, viewerRole, participant }: { roomId: string; viewerRole: StageRoleName; participant: Participant }) {
  const { run, busy, error, clearError } = useStageAction(roomId);
  const dialog = useRef<HTMLDialogElement>(null);
  const name = participant.name || "Member";
  const choices = choicesFor(viewerRole, stageRoleOf(participant));
  if (choices.length === 0) return null;

  // A modal <dialog> sits in the top layer: never clipped by the scrolling audience list, and it
  // keeps keyboard focus inside until closed (Escape closes it).
  return (
    <>
      <button
        type="button"
        className="member-actions-button"
        aria-haspopup="dialog"
        aria-label={`Actions for ${name}`}
        onClick={() => {
          clearError();
          dialog.current?.showModal();
        }}
      >
        ⋯
      </button>
      <dialog ref={dialog} className="member-actions" aria-label={`Actions for ${name}`}>
        <h2>{name}</h2>
        <ul>
          {choices.map((choice) => (
            <li key={choice.action}>
              <button
                type="button"
                className={choice.danger ? "button danger" : "button secondary"}
                disabled={busy}
                onClick={async () => {
                  if (choice.danger && !window.confirm(`${choice.label}: ${name}?`)) return;
                  if (await run({ action: choice.action, targetUserId: participant.identity } satisfies StageActionInput)) {
                    dialog.current?.close();
                  }
                }}
              >
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        <button type="button" className="link-button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </dialog>
    </>
  );
}
