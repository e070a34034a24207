import Link from "next/link";

import { ActionButton } from "@/components/action-button";
import { formatRsvpCount } from "@/components/hallway/upcoming-rooms";
import { LocalTime } from "@/components/local-time";
import { profilePath } from "@/lib/members/profile-url";
import { getScheduledRoomDetails } from "@/server/rooms/scheduled-room-details";

/**
 * A room before it starts: when (in the viewer's zone), who hosts it, the RSVP toggle, the .ics
 * download; the host and co-hosts may start it at any time, and the host may cancel it. Starting
 * re-renders the page, which then shows the live room.
 */
export async function ScheduledRoom({ roomId, memberId }: { roomId: string; memberId: string }) {
  const room = await getScheduledRoomDetails(memberId, roomId);
  const hosting = room.isHost || room.isCoHost;
  return (
    <section aria-labelledby="scheduled-heading" className="stack card">
      <h2 id="scheduled-heading">
        {room.overdue ? "Was due to start" : "Starts"} <LocalTime iso={room.scheduledFor.toISOString()} />
      </h2>
      {room.coHosts.length > 0 ? (
        <p>
          Co-hosts:{" "}
          {room.coHosts.map((coHost, index) => (
            <span key={coHost.id}>
              {index > 0 ? ", " : null}
              <Link href={profilePath(coHost)}>{coHost.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <p className="muted" data-testid="rsvp-count">
        {formatRsvpCount(room.rsvpCount)}
      </p>
      <div className="room-card-footer">
        {hosting ? (
          <ActionButton url={`/api/rooms/${roomId}/start`} label="Start now" pendingLabel="Starting…" />
        ) : room.rsvped ? (
          <ActionButton url={`/api/rooms/${roomId}/rsvp`} method="DELETE" label="Cancel reminder" pendingLabel="Cancelling…" secondary />
        ) : (
          <ActionButton url={`/api/rooms/${roomId}/rsvp`} label="Notify me" pendingLabel="Saving…" />
        )}
        <a className="button secondary small" href={`/rooms/${roomId}/calendar.ics`} download>
          Add to calendar (.ics)
        </a>
        {room.isHost ? (
          <ActionButton
            url={`/api/rooms/${roomId}/cancel`}
            label="Cancel room"
            pendingLabel="Cancelling…"
            confirm="Cancel this room for everyone?"
            secondary
          />
        ) : null}
      </div>
      {room.rsvped ? (
        <p className="status" role="status">
          You will be notified here and by email when it starts.
        </p>
      ) : null}
      {hosting ? (
        <p className="muted">
          {room.isHost ? "You host this room" : "You are a co-host"}: start it whenever you are ready. Co-hosts join as moderators.
        </p>
      ) : null}
    </section>
  );
}
