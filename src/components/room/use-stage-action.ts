"use client";

import { useCallback, useState } from "react";

import type { StageActionInput } from "@/lib/stage/actions";

/** Sends stage actions to the server, which decides and then updates LiveKit for everyone. */
export function useStageAction(roomId: string) {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (input: StageActionInput) => {
      const key = "targetUserId" in input ? `${input.action}:${input.targetUserId}` : input.action;
      setPending(key);
      setError(null);
      try {
        const response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/stage`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(input),
        });
        if (!response.ok) {
          const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
          setError(body?.error?.message ?? "That did not work. Try again.");
          return false;
        }
        return true;
      } catch {
        setError("Network error: could not reach Raise Hand.");
        return false;
      } finally {
        setPending(null);
      }
    },
    [roomId],
  );

  const isPending = useCallback(
    (action: string, targetUserId?: string) => pending === (targetUserId ? `${action}:${targetUserId}` : action),
    [pending],
  );

  return { run, isPending, busy: pending !== null, error, clearError: () => setError(null) };
}
