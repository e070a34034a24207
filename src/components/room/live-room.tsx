"use client";

import {
  LiveKitRoom,
  RoomAudioRenderer,
  StartAudio,
  TrackToggle,
  useConnectionState,
  useIsMuted,
  useIsSpeaking,
  useParticipants,
} from "@livekit/components-react";
import { ConnectionState, Track, type Participant } from "livekit-client";
import Link from "next/link";
import { useState } from "react";

import { useJoinToken } from "./use-join-token";

const STAGE_ROLES = new Set(["HOST", "MODERATOR", "SPEAKER"]);

export function LiveRoom({ roomId }: { roomId: string }) {
  const { state, retry } = useJoinToken(roomId);
  const [disconnected, setDisconnected] = useState(false);

  if (state.status === "loading") return <p role="status">Joining…</p>;
  if (state.status === "error") {
    return (
      <div className="stack">
        <p className="alert" role="alert">
          {state.message}
        </p>
        <button className="button secondary" type="button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  if (disconnected) {
    return (
      <div className="stack">
        <p role="status">You are no longer connected to this room.</p>
        <button
          className="button secondary"
          type="button"
          onClick={() => {
            setDisconnected(false);
            retry();
          }}
        >
          Rejoin
        </button>
      </div>
    );
  }

  const onStage = STAGE_ROLES.has(state.details.stageRole);
  return (
    <LiveKitRoom
      serverUrl={state.details.serverUrl}
      token={state.details.token}
      connect
      audio={onStage}
      video={false}
      onDisconnected={() => setDisconnected(true)}
      className="stack"
      data-testid="live-room"
    >
      <ConnectionBanner />
      <StartAudio className="button" label="Start audio" />
      <RoomAudioRenderer />
      <Stage />
      <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
        {onStage ? (
          <TrackToggle className="button secondary" source={Track.Source.Microphone}>
            Microphone
          </TrackToggle>
        ) : null}
        <LeaveButton />
      </div>
    </LiveKitRoom>
  );
}

function ConnectionBanner() {
  const connection = useConnectionState();
  const text: Partial<Record<ConnectionState, string>> = {
    [ConnectionState.Connecting]: "Connecting…",
    [ConnectionState.Reconnecting]: "Reconnecting…",
    [ConnectionState.SignalReconnecting]: "Reconnecting…",
    [ConnectionState.Disconnected]: "Disconnected.",
  };
  const message = text[connection];
  return (
    <p className="status" role="status" data-connection={connection}>
      {message ?? "Connected"}
    </p>
  );
}

function Stage() {
  const participants = useParticipants();
  const stage = participants.filter((p) => STAGE_ROLES.has(p.attributes.stageRole ?? ""));
  const audience = participants.filter((p) => !STAGE_ROLES.has(p.attributes.stageRole ?? ""));
  return (
    <>
      <section aria-labelledby="stage-heading">
        <h2 id="stage-heading">On stage</h2>
        {stage.length === 0 ? <p className="muted">Nobody is on stage yet.</p> : <People people={stage} />}
      </section>
      <section aria-labelledby="audience-heading">
        <h2 id="audience-heading">Audience ({audience.length})</h2>
        {audience.length === 0 ? <p className="muted">No listeners yet.</p> : <People people={audience} />}
      </section>
    </>
  );
}

function People({ people }: { people: Participant[] }) {
  return (
    <ul className="people">
      {people.map((participant) => (
        <Person key={participant.identity} participant={participant} />
      ))}
    </ul>
  );
}

function Person({ participant }: { participant: Participant }) {
  const speaking = useIsSpeaking(participant);
  const muted = useIsMuted({ participant, source: Track.Source.Microphone });
  const name = participant.name || "Member";
  const onStage = STAGE_ROLES.has(participant.attributes.stageRole ?? "");
  return (
    <li className="person">
      <span className="avatar" data-speaking={speaking} aria-hidden="true">
        {name.slice(0, 1).toUpperCase()}
      </span>
      <span>
        {name}
        {participant.isLocal ? " (you)" : ""}
      </span>
      {onStage && muted ? <span className="muted">Muted</span> : null}
      {speaking ? <span className="visually-hidden">speaking</span> : null}
    </li>
  );
}

function LeaveButton() {
  return (
    <Link className="button secondary" href="/">
      Leave quietly
    </Link>
  );
}
