"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { Avatar } from "@/components/avatar";
import { usePreloadLiveRoom } from "@/components/room/preload-live-room";
import { formatRoomCounts } from "@/lib/rooms/format";
import type { LiveRoomSummary } from "@/lib/rooms/types";

import { RoomCardHeading } from "./room-card-heading";

/** How often the hallway refreshes while the tab is visible. */
const REFRESH_MS = 4_000;

/**
 * The hallway's live rooms, refreshed from GET /api/rooms/live every few seconds while the tab is
 * visible (and at once when it becomes visible again). A failed refresh keeps the last list and
 * says so; the next one tries again.
 */
export function HallwayRooms({ initialRooms, upcomingIds }: { initialRooms: LiveRoomSummary[] | null; upcomingIds: string[] }) {
  const router = useRouter();
  const [rooms, setRooms] = useState(initialRooms);
  const [failed, setFailed] = useState(false);
  usePreloadLiveRoom();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    async function refresh() {
      clearTimeout(timer);
      try {
        const response = await fetch("/api/rooms/live", { cache: "no-store" });
        if (!response.ok) throw new Error(`status ${response.status}`);
        const body = (await response.json()) as { rooms: LiveRoomSummary[] };
        if (stopped) return;
        setRooms(body.rooms);
        setFailed(false);
        // A scheduled room on this page has started: render the page again, so that it leaves the
        // Upcoming list (the server-rendered part) as it joins this one.
        if (body.rooms.some((room) => upcomingIds.includes(room.id))) router.refresh();
      } catch {
        if (!stopped) setFailed(true);
      }
      if (!stopped && document.visibilityState === "visible") timer = setTimeout(refresh, REFRESH_MS);
    }

    function onVisibilityChange() {
      if (document.visibilityState === "visible") void refresh();
      else clearTimeout(timer);
    }

    document.addEventListener("visibilitychange", onVisibilityChange);
    timer = setTimeout(refresh, initialRooms === null ? 0 : REFRESH_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibilityChange);
    };
  }, [initialRooms, upcomingIds, router]);

  return (
    <section aria-labelledby="live-heading" className="stack">
      <h2 id="live-heading">Live now</h2>
      {failed ? (
        <p className="alert" role="alert">
          Could not refresh the hallway. Trying again in a few seconds…
        </p>
      ) : null}
      {rooms === null ? (
        failed ? null : (
          <p className="status" role="status">
            Loading live rooms…
          </p>
        )
      ) : rooms.length === 0 ? (
        <div className="card stack empty">
          <p>No rooms are live right now.</p>
          <p>
            <Link className="button" href="/rooms/new">
              Start a room
            </Link>
          </p>
        </div>
      ) : (
        <ul className="room-list" aria-label="Live rooms">
          {rooms.map((room) => (
            <RoomCard key={room.id} room={room} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One live room: topic, title (its link), host, first speakers and counts. */
export function RoomCard({ room }: { room: LiveRoomSummary }) {
  return (
    <li className="card room-card">
      <RoomCardHeading room={room} />
      <p className="muted">Hosted by {room.hostName}</p>
      <div className="room-card-footer">
        {room.speakers.length > 0 ? (
          <span className="avatar-stack" title={room.speakers.map((speaker) => speaker.name).join(", ")}>
            {room.speakers.map((speaker) => (
              <Avatar key={speaker.id} name={speaker.name} src={speaker.avatarUrl} size="small" />
            ))}
            <span className="visually-hidden">With {room.speakers.map((speaker) => speaker.name).join(", ")}.</span>
          </span>
        ) : null}
        <span className="room-counts">{formatRoomCounts(room.speakerCount, room.listenerCount)}</span>
      </div>
    </li>
  );
}
