import Link from "next/link";

import { HallwayRooms } from "@/components/hallway/hallway-rooms";
import { UpcomingRooms } from "@/components/hallway/upcoming-rooms";
import type { LiveRoomSummary, UpcomingRoomSummary } from "@/lib/rooms/types";
import { roomIdSchema } from "@/lib/rooms/schemas";
import { auth } from "@/server/auth";
import { DomainError } from "@/server/errors";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";
import { listUpcomingRooms } from "@/server/rooms/list-upcoming-rooms";
import { requireRoomAccess } from "@/server/rooms/room-access";

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const session = await auth();
  if (!session?.user) return <Landing />;
  const memberId = session.user.id;

  const { ended } = await searchParams;
  const endedTitle = await endedRoomTitle(memberId, ended);
  let rooms: LiveRoomSummary[] | null;
  let upcoming: UpcomingRoomSummary[] | null;
  try {
    rooms = await listLiveRooms(memberId);
  } catch (error) {
    // The hallway still renders; its client side keeps trying and shows the error state.
    console.error(error);
    rooms = null;
  }
  try {
    upcoming = await listUpcomingRooms(memberId);
  } catch (error) {
    console.error(error);
    upcoming = null;
  }

  return (
    <main id="main" className="stack">
      <div className="page-title">
        <h1>Hallway</h1>
        <Link className="button" href="/rooms/new">
          Start a room
        </Link>
      </div>
      {endedTitle ? (
        <p className="status" role="status">
          The room “{endedTitle}” has ended.
        </p>
      ) : null}
      <HallwayRooms initialRooms={rooms} upcomingIds={upcoming?.map((room) => room.id) ?? []} />
      <section aria-labelledby="upcoming-heading" className="stack">
        <h2 id="upcoming-heading">Upcoming</h2>
        {upcoming === null ? (
          <p className="alert" role="alert">
            Could not load the upcoming rooms. Reload the page to try again.
          </p>
        ) : (
          <UpcomingRooms rooms={upcoming} label="Upcoming rooms" empty="No rooms are scheduled yet." />
        )}
      </section>
    </main>
  );
}

/** After a room ends its members land here with ?ended=<room id>; name the room if it really ended. */
async function endedRoomTitle(memberId: string, ended: string | string[] | undefined): Promise<string | null> {
  const roomId = roomIdSchema.safeParse(ended);
  if (!roomId.success) return null;
  try {
    const room = await requireRoomAccess(memberId, roomId.data);
    return room.status === "ENDED" ? room.title : null;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

function Landing() {
  return (
    <main id="main" className="stack">
      <h1>Raise Hand</h1>
      <p>
        Live audio rooms for professionals. Drop into a conversation on a topic you care about,
        listen in, and <strong>raise your hand</strong> when you have something to add: the host
        brings you on stage.
      </p>
      <ul>
        <li>Rooms on industries and topics, hosted by people you follow.</li>
        <li>A stage run by hosts and moderators; the audience listens without interruption.</li>
        <li>Invite-only, open source and self-hosted: your conversations stay on your servers.</li>
      </ul>
      <p>
        <Link className="button" href="/signin">
          Sign in
        </Link>
      </p>
    </main>
  );
}
