"use client";

import { useCallback, useState } from "react";

import { useStageAction } from "./use-stage-action";

type ModerationData = {
  audit: { id: string; at: string; action: string; actorName: string; targetName: string | null }[];
  bans: { userId: string; name: string; bannedAt: string }[];
};

const LABELS: Record<string, string> = {
  approve_hand: "approved the hand of",
  decline_hand: "declined the hand of",
  approve_all_hands: "approved all raised hands",
  invite_to_speak: "invited to speak",
  accept_invite: "accepted an invitation to speak",
  decline_invite: "declined an invitation to speak",
  step_down: "moved to the audience",
  move_to_audience: "moved to the audience",
  mute: "muted",
  remove: "removed",
  ban: "banned",
  unban: "lifted the ban on",
  make_moderator: "made moderator",
  unmake_moderator: "removed the moderator role of",
  enable_hands: "turned hand raising on",
  disable_hands: "turned hand raising off",
  end_room: "ended the room",
};

/** For the host: who did what in this room, and the ban list with a way to lift each ban. */
export function ModerationLog({ roomId }: { roomId: string }) {
  const [record, setRecord] = useState<ModerationData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { run, busy, error } = useStageAction(roomId);

  const load = useCallback(async () => {
    try {
      const response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/audit`);
      if (!response.ok) throw new Error();
      setRecord((await response.json()) as ModerationData);
      setLoadError(null);
    } catch {
      setLoadError("Could not load the moderation log.");
    }
  }, [roomId]);

  return (
    <details className="card" onToggle={(event) => (event.currentTarget.open ? void load() : undefined)}>
      <summary>Moderation log and bans</summary>
      <ModerationRecord
        record={record}
        loadError={loadError}
        busy={busy}
        error={error}
        onUnban={async (userId) => {
          if (await run({ action: "unban", targetUserId: userId })) await load();
        }}
      />
    </details>
  );
}

function ModerationRecord(props: {
  record: ModerationData | null;
  loadError: string | null;
  busy: boolean;
  error: string | null;
  onUnban: (userId: string) => Promise<void>;
}) {
  const { record } = props;
  if (props.loadError) return <p className="alert" role="alert">{props.loadError}</p>;
  if (!record) return <p role="status">Loading…</p>;
  return (
    <div className="stack">
      <h3>Banned</h3>
      {record.bans.length === 0 ? (
        <p className="muted">Nobody is banned.</p>
      ) : (
        <ul>
          {record.bans.map((ban) => (
            <li key={ban.userId}>
              {ban.name}{" "}
              <button type="button" className="link-button" disabled={props.busy} onClick={() => void props.onUnban(ban.userId)}>
                Lift ban
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.error ? <p className="alert" role="alert">{props.error}</p> : null}
      <h3>Log</h3>
      {record.audit.length === 0 ? (
        <p className="muted">No moderation yet.</p>
      ) : (
        <ol className="audit">
          {record.audit.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at}>{new Date(entry.at).toLocaleTimeString()}</time> {entry.actorName}{" "}
              {LABELS[entry.action] ?? entry.action}
              {entry.targetName && !["step_down", "accept_invite", "decline_invite"].includes(entry.action) ? ` ${entry.targetName}` : ""}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
