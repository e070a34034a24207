"use client";

import { useLocalParticipant, useLocalParticipantPermissions } from "@livekit/components-react";
import { useEffect, useRef } from "react";

/**
 * A member brought on stage (approved hand, accepted invitation) starts speaking at once, without
 * rejoining: when the server grants publishing, the microphone is published. When it is revoked,
 * LiveKit unpublishes it.
 */
export function AutoPublishOnStage() {
  const { localParticipant } = useLocalParticipant();
  const permissions = useLocalParticipantPermissions();
  const couldPublish = useRef(permissions?.canPublish ?? false);

  useEffect(() => {
    const canPublish = permissions?.canPublish ?? false;
    if (canPublish && !couldPublish.current) {
      void localParticipant.setMicrophoneEnabled(true).catch(() => undefined);
    }
    couldPublish.current = canPublish;
  }, [permissions?.canPublish, localParticipant]);

  return null;
}
