"use client";

import { useIsMuted, useIsSpeaking, useParticipants } from "@livekit/components-react";
import { RoomEvent, Track, type Participant } from "livekit-client";
import { useMemo } from "react";

import { Avatar } from "@/components/avatar";
import { VirtualGrid } from "@/components/virtual-grid";
import { avatarUrlOf } from "@/lib/members/participant-metadata";
import { stageRoleOf, type StageRoleName } from "@/lib/stage/live-state";
import { isOnStage, ON_STAGE_ROLES, stageRoleLabel } from "@/lib/stage/roles";

import { MemberActions } from "./member-actions";

/** Who is looking: hosts and moderators get each person's moderation menu. */
type Viewer = { roomId: string; role: StageRoleName };

// Re-render the lists when someone joins, leaves, changes role or name; not on every speaking change
// (each speaker's tile follows its own speaking and mute state).
const PEOPLE_EVENTS = [RoomEvent.ParticipantAttributesChanged, RoomEvent.ParticipantNameChanged];

/** The stage (speakers) and, below it, the audience: both from LiveKit, roles from the server-set attribute. */
export function RoomPeople({ viewer }: { viewer: Viewer }) {
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
              <Speaker key={participant.identity} participant={participant} viewer={viewer} />
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
            renderItem={(participant) => <Listener participant={participant} viewer={viewer} />}
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

function Moderation({ participant, viewer }: { participant: Participant; viewer: Viewer }) {
  if (participant.isLocal || (viewer.role !== "HOST" && viewer.role !== "MODERATOR")) return null;
  return <MemberActions roomId={viewer.roomId} viewerRole={viewer.role} participant={participant} />;
}

function Speaker({ participant, viewer }: { participant: Participant; viewer: Viewer }) {
  const speaking = useIsSpeaking(participant);
  const muted = useIsMuted({ participant, source: Track.Source.Microphone });
  const role = participant.attributes.stageRole;
  const name = displayName(participant);
  return (
    <li className="person">
      <Avatar name={name} src={avatarUrlOf(participant.metadata)} speaking={speaking} />
      <span className="person-name">
        {name}
        {participant.isLocal ? " (you)" : ""}
      </span>
      {isOnStage(role) && role !== "SPEAKER" ? <span className="badge">{stageRoleLabel[role]}</span> : null}
      {muted ? <span className="badge badge-muted">Muted</span> : null}
      {speaking ? <span className="visually-hidden">speaking</span> : null}
      <Moderation participant={participant} viewer={viewer} />
    </li>
  );
}

function Listener({ participant, viewer }: { participant: Participant; viewer: Viewer }) {
  const name = displayName(participant);
  const handRaised = stageRoleOf(participant) === "LISTENER" && Boolean(participant.attributes.handRaisedAt);
  return (
    <span className="person">
      <Avatar name={name} src={avatarUrlOf(participant.metadata)} size="small" />
      <span className="person-name">{name}</span>
      {participant.isLocal ? <span className="muted"> (you)</span> : null}
      {handRaised ? (
        <span className="badge" aria-label="hand raised">
          ✋
        </span>
      ) : null}
      <Moderation participant={participant} viewer={viewer} />
    </span>
  );
}
