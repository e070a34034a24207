import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";

import { avatarPath } from "@/lib/members/profile-url";
import { roomIdSchema } from "@/lib/rooms/schemas";
import { findOpenRoomTeaser } from "@/server/rooms/open-room-teaser";
import { shareMetadata, signInHref } from "@/server/share/open-graph";

const GENERIC: Metadata = { title: "Room" };

/** One lookup per request for the metadata and the page (as the profile page does). */
const loadTeaser = cache(async (rawId: string) => {
  const roomId = roomIdSchema.safeParse(rawId);
  return roomId.success ? findOpenRoomTeaser(roomId.data) : null;
});

/** Open Graph for a shared room link: the room's own for OPEN rooms, nothing telling for the others. */
export async function roomMetadata(rawId: string): Promise<Metadata> {
  const room = await loadTeaser(rawId);
  if (!room) return GENERIC;
  const host = room.createdBy.name ?? "a member";
  return shareMetadata({
    title: room.title,
    description: room.description ?? `A live audio room${room.topic ? ` on ${room.topic.name}` : ""} hosted by ${host} on Raise Hand.`,
    path: `/rooms/${room.id}`,
    type: "website",
    image: avatarPath(room.createdBy.avatarKey),
  });
}

/**
 * What a signed-out visitor (or a link preview) sees of an OPEN room; null for any other room, so
 * the caller sends them to sign in exactly as for a room that does not exist.
 */
export async function roomTeaser(rawId: string) {
  const room = await loadTeaser(rawId);
  if (!room) return null;
  return (
    <main id="main" className="stack room-page">
      <header className="stack room-heading">
        {room.topic ? <p className="topic">{room.topic.name}</p> : null}
        <h1>{room.title}</h1>
        <p className="muted">Hosted by {room.createdBy.name ?? "a member"}</p>
        {room.description ? <p className="room-description">{room.description}</p> : null}
      </header>
      <p>
        {room.status === "ENDED"
          ? "This room has ended."
          : room.status === "SCHEDULED"
            ? "This room is scheduled on Raise Hand, invite-only audio rooms for professionals."
            : "This room is live on Raise Hand, invite-only audio rooms for professionals."}
      </p>
      <p>
        <Link className="button" href={signInHref(`/rooms/${room.id}`)}>
          Sign in to join
        </Link>
      </p>
    </main>
  );
}
