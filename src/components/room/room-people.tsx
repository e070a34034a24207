"use client";

import { useIsMuted, useIsSpeaking, useParticipants } from "@livekit/components-react";
import { RoomEvent, Track, type Participant } from "livekit-client";
import { useMemo } from "react";

import { Avatar } from "@/components/avatar";
import { VirtualGrid } from "@/components/virtual-grid";
import { isOnStage, ON_STAGE_ROLES, stageRoleLabel } from "@/lib/stage/roles";

// Re-render the lists when someone joins, leaves, changes role or name; not on every speaking change
// (each speaker's tile follows its own speaking and mute state).
const PEOPLE_EVENTS = [RoomEvent.ParticipantAttributesChanged, RoomEvent.ParticipantNameChanged];

/** The stage (speakers) and, below it, the audience: both from LiveKit, roles from the server-set attribute. */
export function RoomPeople() {
  const participants = useParticipants({ updateOnlyOn: PEOPLE_EVENTS });
  const { stage, audience } = useMemo(() => {
    const onStage: Participant[] = [];
    const listeners: Participant[] = [];
    for (const participant of participants) {
      (isOnStage(participant.attributes.stageRole) ? onStage : listeners).push(participant);
    }
    const rank = (p: Participant) => ON_STAGE_ROLES.indexOf(p.attributes.stageRole as (typeof ON_STAGE_ROLES)[number]);
    onStage.sort((a, b) => rank(a) - rank(b));
    return { stage: onStage, audience: listeners };
  }, [participants]);

  return (
    <>
      <section aria-labelledby="stage-heading" className="stack stage">
        <h2 id="stage-heading">On stage</h2>
        {stage.length === 0 ? (
          <p className="muted">Nobody is on stage yet.</p>
        ) : (
          <ul className="people">
            {stage.map((participant) => (
              <Speaker key={participant.identity} participant={participant} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="audience-heading" className="stack audience">
        <h2 id="audience-heading">
          Audience <span className="count">({audience.length.toLocaleString("en")})</span>
        </h2>
        {audience.length === 0 ? (
          <p className="muted">No listeners yet.</p>
        ) : (
          <VirtualGrid
            items={audience}
            getKey={(participant) => participant.identity}
            renderItem={(participant) => <Listener participant={participant} />}
            label="Listeners"
            minItemWidth={96}
            rowHeight={104}
            maxHeight={384}
          />
        )}
      </section>
    </>
  );
}

function displayName(participant: Participant): string {
  return participant.name || "Member";
}

function Speaker({ participant }: { participant: Participant }) {
  const speaking = useIsSpeaking(participant);
  const muted = useIsMuted({ participant, source: Track.Source.Microphone });
  const role = participant.attributes.stageRole;
  const name = displayName(participant);
  return (
    <li className="person">
      <Avatar name={name} speaking={speaking} />
      <span className="person-name">
        {name}
        {participant.isLocal ? " (you)" : ""}
      </span>
      {isOnStage(role) && role !== "SPEAKER" ? <span className="badge">{stageRoleLabel[role]}</span> : null}
      {muted ? <span className="badge badge-muted">Muted</span> : null}
      {speaking ? <span className="visually-hidden">speaking</span> : null}
    </li>
  );
}

function Listener({ participant }: { participant: Participant }) {
  const name = displayName(participant);
  return (
    <span className="person">
      <Avatar name={name} size="small" />
      <span className="person-name">{name}</span>
      {participant.isLocal ? <span className="muted"> (you)</span> : null}
    </span>
  );
}
