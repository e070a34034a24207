"use client";

import { useTrackToggle } from "@livekit/components-react";
import { Track } from "livekit-client";
import Link from "next/link";
import { useState } from "react";

/** Mute/unmute for people on stage; says so while the microphone could not be turned on. */
export function MicrophoneToggle({ problem, onWorking }: { problem: boolean; onWorking: () => void }) {
  const { enabled, pending, toggle } = useTrackToggle({
    source: Track.Source.Microphone,
    onChange: (on) => {
      if (on) onWorking();
    },
  });
  return (
    <>
      {problem ? (
        <p className="alert mic-problem" role="alert">
          Your microphone could not be turned on. Allow it for this site in your browser, then press Unmute. You can
          still listen.
        </p>
      ) : null}
      <button className="button secondary" type="button" disabled={pending} onClick={() => void toggle()}>
        {enabled ? "Mute" : "Unmute"}
      </button>
    </>
  );
}

/** Shares the room's address: the phone's share sheet where there is one, else the clipboard. */
export function ShareButton({ roomId, title }: { roomId: string; title: string }) {
  const [message, setMessage] = useState("");
  const [manualUrl, setManualUrl] = useState<string | null>(null);

  async function share() {
    const url = `${window.location.origin}/rooms/${roomId}`;
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Link copied.");
    } catch {
      setManualUrl(url);
      setMessage("Copy the link below.");
    }
  }

  return (
    <>
      <button className="button secondary" type="button" onClick={() => void share()}>
        Share link
      </button>
      <span className="visually-hidden" role="status">
        {message}
      </span>
      {manualUrl ? (
        <label className="share-link">
          Room link
          <input readOnly value={manualUrl} onFocus={(event) => event.currentTarget.select()} />
        </label>
      ) : null}
    </>
  );
}

/** Leaving disconnects from the room (by unmounting it) and goes back to the hallway, without a word to anyone. */
export function LeaveLink() {
  return (
    <Link className="button secondary" href="/">
      Leave quietly
    </Link>
  );
}

/** The host ends the room for everyone, after confirming; everyone is then sent back to the hallway. */
export function EndRoomButton({ roomId, onEnded }: { roomId: string; onEnded: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function end() {
    setPending(true);
    setError(null);
    try {
      const response = await fetch(`/api/rooms/${encodeURIComponent(roomId)}/end`, { method: "POST" });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? "Could not end the room.");
      }
      onEnded();
    } catch (failure) {
      setError(failure instanceof Error && failure.message ? failure.message : "Could not end the room.");
      setPending(false);
    }
  }

  if (!confirming) {
    return (
      <button className="button danger" type="button" onClick={() => setConfirming(true)}>
        End room
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label="End the room for everyone?">
      <span>End the room for everyone?</span>
      <button className="button danger" type="button" disabled={pending} onClick={() => void end()} autoFocus>
        {pending ? "Ending…" : "End for everyone"}
      </button>
      <button className="button secondary" type="button" disabled={pending} onClick={() => setConfirming(false)}>
        Cancel
      </button>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
