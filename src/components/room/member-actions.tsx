"use client";

import type { Participant } from "livekit-client";

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
  const { run, busy, error } = useStageAction(roomId);
  const name = participant.name || "Member";
  const choices = choicesFor(viewerRole, stageRoleOf(participant));
  if (choices.length === 0) return null;

  return (
    <details className="member-actions">
      <summary aria-label={`Actions for ${name}`}>⋯</summary>
      <ul>
        {choices.map((choice) => (
          <li key={choice.action}>
            <button
              type="button"
              className={choice.danger ? "link-button danger" : "link-button"}
              disabled={busy}
              onClick={() => {
                if (choice.danger && !window.confirm(`${choice.label}: ${name}?`)) return;
                void run({ action: choice.action, targetUserId: participant.identity } satisfies StageActionInput);
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
    </details>
  );
}
