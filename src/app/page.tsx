import Link from "next/link";

import { auth } from "@/server/auth";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";

export default async function HomePage() {
  const session = await auth();
  if (!session?.user) return <Landing />;

  const rooms = await listLiveRooms();
  return (
    <main id="main" className="stack">
      <h1>Hallway</h1>
      {rooms.length === 0 ? (
        <p className="muted">No rooms are live right now.</p>
      ) : (
        <ul className="room-list" aria-label="Live rooms">
          {rooms.map((room) => (
            <li key={room.id} className="card">
              <Link href={`/rooms/${room.id}`}>{room.title}</Link>
              <div className="muted">Hosted by {room.hostName}</div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
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
