import Link from "next/link";

import { ActionButton } from "@/components/action-button";
import { LocalTime } from "@/components/local-time";
import type { UpcomingRoomSummary } from "@/lib/rooms/types";

import { RoomCardHeading } from "./room-card-heading";

/** A list of scheduled rooms, soonest first, or what to do when there are none. */
export function UpcomingRooms({
  rooms,
  label,
  empty,
}: {
  rooms: UpcomingRoomSummary[];
  /** The list's accessible name. */
  label: string;
  empty: string;
}) {
  if (rooms.length === 0) {
    return (
      <div className="card stack empty">
        <p>{empty}</p>
        <p>
          <Link className="button secondary" href="/rooms/new?when=later">
            Schedule a room
          </Link>
        </p>
      </div>
    );
  }
  return (
    <ul className="room-list" aria-label={label}>
      {rooms.map((room) => (
        <UpcomingRoomCard key={room.id} room={room} />
      ))}
    </ul>
  );
}

/** One scheduled room: when (in the viewer's zone), topic, title (its link), hosts, RSVPs. */
export function UpcomingRoomCard({ room }: { room: UpcomingRoomSummary }) {
  const hosts = [room.hostName, ...room.coHostNames].join(", ");
  return (
    <li className="card room-card">
      <RoomCardHeading room={room}>
        <span className="badge">Upcoming</span>
        <span>
          <LocalTime iso={room.scheduledFor} />
        </span>
      </RoomCardHeading>
      <p className="muted">Hosted by {hosts}</p>
      <div className="room-card-footer">
        <span className="room-counts">{formatRsvpCount(room.rsvpCount)}</span>
        {room.hosting ? (
          <span className="muted">You host this room</span>
        ) : room.rsvped ? (
          <ActionButton
            url={`/api/rooms/${room.id}/rsvp`}
            method="DELETE"
            label="Cancel reminder"
            ariaLabel={`Cancel reminder for ${room.title}`}
            pendingLabel="Cancelling…"
            secondary
          />
        ) : (
          <ActionButton url={`/api/rooms/${room.id}/rsvp`} label="Notify me" ariaLabel={`Notify me when ${room.title} starts`} pendingLabel="Saving…" />
        )}
      </div>
    </li>
  );
}

export function formatRsvpCount(count: number): string {
  if (count === 0) return "Nobody asked for a reminder yet";
  return count === 1 ? "1 member will be notified" : `${count} members will be notified`;
}
