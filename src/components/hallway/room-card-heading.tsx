import Link from "next/link";
import type { ReactNode } from "react";

import type { LiveRoomSummary } from "@/lib/rooms/types";

const visibilityLabel: Record<LiveRoomSummary["visibility"], string | null> = {
  OPEN: null,
  FOLLOWERS: "Followers",
  CLOSED: "Invite only",
};

/** The top of a room card, live or upcoming: what comes first (`children`), topic, visibility, title (its link). */
export function RoomCardHeading({
  room,
  children,
}: {
  room: Pick<LiveRoomSummary, "id" | "title" | "topic" | "visibility">;
  children?: ReactNode;
}) {
  const badge = visibilityLabel[room.visibility];
  return (
    <>
      <div className="room-card-meta">
        {children}
        {room.topic ? (
          <Link className="topic" href={`/topics/${room.topic.slug}`}>
            {room.topic.name}
          </Link>
        ) : null}
        {badge ? <span className="badge">{badge}</span> : null}
      </div>
      <h3 className="room-card-title">
        <Link href={`/rooms/${room.id}`}>{room.title}</Link>
      </h3>
    </>
  );
}
