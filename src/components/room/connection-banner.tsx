"use client";

import { useConnectionState } from "@livekit/components-react";
import { ConnectionState } from "livekit-client";

const text: Record<ConnectionState, string> = {
  [ConnectionState.Connecting]: "Connecting…",
  [ConnectionState.Connected]: "Connected",
  [ConnectionState.Reconnecting]: "Connection lost. Reconnecting…",
  [ConnectionState.SignalReconnecting]: "Connection lost. Reconnecting…",
  [ConnectionState.Disconnected]: "Disconnected.",
};

/** The state of the connection to the audio server, announced politely when it changes. */
export function ConnectionBanner() {
  const connection = useConnectionState();
  return (
    <p className="status connection-banner" role="status" data-connection={connection}>
      {text[connection]}
    </p>
  );
}
