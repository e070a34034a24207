"use client";

import {
  LiveKitRoom,
  RoomAudioRenderer,
  useLocalParticipant,
  useParticipantAttribute,
  useStartAudio,
} from "@livekit/components-react";
import { ConnectionError, DisconnectReason } from "livekit-client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";

import { stageRoleOf } from "@/lib/stage/live-state";
import { isOnStage } from "@/lib/stage/roles";

import { AutoPublishOnStage } from "./auto-publish";
import { ConnectionBanner } from "./connection-banner";
import { HandQueue } from "./hand-queue";
import { ModerationLog } from "./moderation-log";
import { EndRoomButton, LeaveLink, MicrophoneToggle, ShareButton } from "./room-controls";
import { RoomPeople } from "./room-people";
import { SelfStageControls } from "./self-stage-controls";
import { useJoinToken, type JoinDetails } from "./use-join-token";

const disconnectMessages: Partial<Record<DisconnectReason, string>> = {
  [DisconnectReason.DUPLICATE_IDENTITY]: "You joined this room from another window or device, so this one was disconnected.",
  [DisconnectReason.PARTICIPANT_REMOVED]: "You were removed from this room.",
  [DisconnectReason.SERVER_SHUTDOWN]: "The audio server restarted.",
};

type Interruption = { kind: "disconnected"; message: string } | { kind: "failed"; message: string };

/**
 * A live room: connects to LiveKit with the token the page minted (grants of the member's stage role),
 * and shows the stage, the controls and the audience. When the host ends the room (LiveKit deletes
 * it: reason ROOM_DELETED) everyone goes back to the hallway, which says the room has ended.
 */
export function LiveRoom({ roomId, title, initialJoin }: { roomId: string; title: string; initialJoin: JoinDetails }) {
  const router = useRouter();
  const { state, retry } = useJoinToken(roomId, initialJoin);
  const [interruption, setInterruption] = useState<Interruption | null>(null);

  const backToHallway = useCallback(() => router.replace(`/?${new URLSearchParams({ ended: roomId })}`), [router, roomId]);

  // The page's token may be stale (the page came back from the browser's history after it expired):
  // if the first connection with it fails, a fresh token is fetched once before the member is told.
  const connectedOnce = useRef(false);
  const onConnected = useCallback(() => {
    connectedOnce.current = true;
  }, []);
  const pageTokenFailed = useCallback(
    () => state.status === "ready" && state.fromPage && !connectedOnce.current,
    [state],
  );

  const onDisconnected = useCallback(
    (reason?: DisconnectReason) => {
      if (reason === DisconnectReason.ROOM_DELETED) return backToHallway();
      // Leaving (the page unmounts the room) is not an interruption.
      if (reason === DisconnectReason.CLIENT_INITIATED) return;
      if (pageTokenFailed()) return retry();
      setInterruption({
        kind: "disconnected",
        message: (reason !== undefined && disconnectMessages[reason]) || "You were disconnected from the room.",
      });
    },
    [backToHallway, pageTokenFailed, retry],
  );

  // LiveKitRoom reports both a failed connection and a microphone that could not be turned on here.
  const [micProblem, setMicProblem] = useState(false);
  const onError = useCallback(
    (error: Error) => {
      if (!(error instanceof ConnectionError)) return setMicProblem(true);
      if (pageTokenFailed()) return retry();
      setInterruption({ kind: "failed", message: "Could not connect to the audio server. Check your connection and try again." });
    },
    [pageTokenFailed, retry],
  );
  const onMediaDeviceFailure = useCallback(() => setMicProblem(true), []);

  const reconnect = () => {
    setInterruption(null);
    retry();
  };

  if (state.status === "loading") {
    return (
      <p className="status" role="status">
        Joining…
      </p>
    );
  }
  if (state.status === "ended") {
    return (
      <p className="status" role="status">
        This room has ended. <Link href="/">Back to the hallway</Link>
      </p>
    );
  }
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
  if (interruption) {
    return (
      <div className="stack">
        <p className={interruption.kind === "failed" ? "alert" : "status"} role={interruption.kind === "failed" ? "alert" : "status"}>
          {interruption.message}
        </p>
        <div className="actions">
          <button className="button" type="button" onClick={reconnect}>
            Reconnect
          </button>
          <LeaveLink />
        </div>
      </div>
    );
  }

  return (
    <LiveKitRoom
      serverUrl={state.details.serverUrl}
      token={state.details.token}
      connect
      audio={isOnStage(state.details.stageRole)}
      video={false}
      onConnected={onConnected}
      onDisconnected={onDisconnected}
      onError={onError}
      onMediaDeviceFailure={onMediaDeviceFailure}
      className="stack live-room"
      data-testid="live-room"
    >
      <ConnectionBanner />
      <StartAudioPrompt />
      <RoomAudioRenderer />
      <RoomBody
        roomId={roomId}
        title={title}
        tokenRole={state.details.stageRole}
        micProblem={micProblem}
        onMicWorking={() => setMicProblem(false)}
        onEnded={backToHallway}
      />
    </LiveKitRoom>
  );
}

/** Browsers may block sound until the page is touched; then this asks for one tap. */
function StartAudioPrompt() {
  const { mergedProps, canPlayAudio } = useStartAudio({ props: { className: "button" } });
  if (canPlayAudio) return null;
  return (
    <div className="status stack" role="status">
      <span>Your browser is holding back the room&apos;s sound.</span>
      <button {...mergedProps} style={undefined} type="button">
        Start audio
      </button>
    </div>
  );
}

type RoomBodyProps = {
  roomId: string;
  title: string;
  tokenRole: string;
  micProblem: boolean;
  onMicWorking: () => void;
  onEnded: () => void;
};

/** The connected room: stage, audience and controls for the member's live role. */
function RoomBody({ roomId, title, tokenRole, micProblem, onMicWorking, onEnded }: RoomBodyProps) {
  const { localParticipant } = useLocalParticipant();
  // The role LiveKit carries (set by the server, updated live); until connected, the token's.
  const liveRole = useParticipantAttribute("stageRole", { participant: localParticipant });
  const role = stageRoleOf({ identity: localParticipant.identity, attributes: { stageRole: liveRole || tokenRole } });
  const moderates = role === "HOST" || role === "MODERATOR";
  return (
    <>
      <AutoPublishOnStage />
      {moderates ? <HandQueue roomId={roomId} /> : null}
      <RoomPeople viewer={{ roomId, role }} />
      <SelfStageControls roomId={roomId} />
      <div className="room-controls" role="group" aria-label="Room controls">
        {isOnStage(role) ? <MicrophoneToggle problem={micProblem} onWorking={onMicWorking} /> : null}
        <ShareButton roomId={roomId} title={title} />
        <LeaveLink />
        {moderates ? <EndRoomButton roomId={roomId} onEnded={onEnded} /> : null}
      </div>
      {role === "HOST" ? <ModerationLog roomId={roomId} /> : null}
    </>
  );
}
