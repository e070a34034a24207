"use client";

import { useParticipants, useRoomInfo } from "@livekit/components-react";

import { handQueue, parseHandsEnabled } from "@/lib/stage/live-state";

import { useStageAction } from "./use-stage-action";

/** For hosts and moderators: raised hands in order, with approve/decline, approve all, hands on/off. */
export function HandQueue({ roomId }: { roomId: string }) {
  const participants = useParticipants();
  const { metadata } = useRoomInfo();
  const { run, isPending, busy, error } = useStageAction(roomId);
  const queue = handQueue(participants);
  const handsEnabled = parseHandsEnabled(metadata);

  return (
    <section aria-labelledby="hands-heading" className="card stack">
      <div className="row">
        <h2 id="hands-heading">Raised hands ({queue.length})</h2>
        <button
          className="button secondary"
          type="button"
          disabled={busy}
          onClick={() => run({ action: handsEnabled ? "disable_hands" : "enable_hands" })}
        >
          {handsEnabled ? "Turn hand raising off" : "Turn hand raising on"}
        </button>
      </div>
      {queue.length === 0 ? (
        <p className="muted">{handsEnabled ? "No hands are up." : "Hand raising is off."}</p>
      ) : (
        <>
          <ol className="queue" aria-label="Raised hands, first raised first">
            {queue.map((participant) => {
              const name = participant.name || "Member";
              return (
                <li key={participant.identity} className="queue-item">
                  <span>{name}</span>
                  <span className="row">
                    <button
                      className="button"
                      type="button"
                      disabled={busy}
                      aria-label={`Approve ${name}`}
                      onClick={() => run({ action: "approve_hand", targetUserId: participant.identity })}
                    >
                      {isPending("approve_hand", participant.identity) ? "Approving…" : "Approve"}
                    </button>
                    <button
                      className="button secondary"
                      type="button"
                      disabled={busy}
                      aria-label={`Decline ${name}`}
                      onClick={() => run({ action: "decline_hand", targetUserId: participant.identity })}
                    >
                      Decline
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
          {queue.length > 1 ? (
            <button className="button secondary" type="button" disabled={busy} onClick={() => run({ action: "approve_all_hands" })}>
              Approve all
            </button>
          ) : null}
        </>
      )}
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
