"use client";

import { useCallback, useEffect, useState } from "react";

export type JoinDetails = { serverUrl: string; token: string; stageRole: string };

type State =
  | { status: "loading" }
  | { status: "ready"; details: JoinDetails; fromPage: boolean }
  | { status: "ended" }
  | { status: "error"; message: string };

/**
 * The LiveKit token to connect with: first the one the room page minted while it rendered, then,
 * on every retry, a fresh one from the app's token route. The grants follow the member's stage role.
 */
export function useJoinToken(roomId: string, initial: JoinDetails) {
  const [state, setState] = useState<State>({ status: "ready", details: initial, fromPage: true });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt === 0) return;
    let cancelled = false;
    fetch(`/api/rooms/${encodeURIComponent(roomId)}/token`, { method: "POST" })
      .then(async (response) => {
        const body = (await response.json().catch(() => null)) as
          | (JoinDetails & { error?: { message?: string } })
          | null;
        if (cancelled) return;
        if (response.status === 410) {
          setState({ status: "ended" });
        } else if (!response.ok || !body) {
          setState({ status: "error", message: body?.error?.message ?? "Could not join this room." });
        } else {
          setState({ status: "ready", details: body, fromPage: false });
        }
      })
      .catch(() => {
        if (!cancelled) setState({ status: "error", message: "Network error: could not reach Raise Hand." });
      });
    return () => {
      cancelled = true;
    };
  }, [roomId, attempt]);

  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}
