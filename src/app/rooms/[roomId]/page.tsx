import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";

import { LiveRoom } from "@/components/room/live-room";
import { roomIdSchema } from "@/lib/rooms/schemas";
import { auth } from "@/server/auth";
import { requireMember, type Member } from "@/server/auth/guards";
import { DomainError } from "@/server/errors";
import { joinAccessibleRoom, type JoinedRoom } from "@/server/rooms/join-room";
import { requireRoomAccess, type AccessibleRoom } from "@/server/rooms/room-access";

import { ScheduledRoom } from "./scheduled-room";
import { roomMetadata, roomTeaser } from "./teaser";

export async function generateMetadata({ params }: PageProps<"/rooms/[roomId]">): Promise<Metadata> {
  return roomMetadata((await params).roomId);
}

/** A room's page: authorised here on the server (404 unknown, 403 not open to this member). */
export default async function RoomPage({ params }: PageProps<"/rooms/[roomId]">) {
  const { roomId: rawId } = await params;
  // Signed out: an OPEN room's teaser; any other room sends them to sign in, as an unknown one does.
  const teaser = (await auth()) ? null : await roomTeaser(rawId);
  if (teaser) return teaser;
  const member = await requireMember(`/rooms/${encodeURIComponent(rawId)}`);
  const roomId = roomIdSchema.safeParse(rawId);
  if (!roomId.success) notFound();
  const room = await loadRoom(member.id, roomId.data);
  // The token is minted here, so the browser connects as soon as the room renders.
  const joined = room.status === "LIVE" ? await joinOrEnded(member, room) : null;

  return (
    <main id="main" className="stack room-page">
      <header className="stack room-heading">
        {room.topic ? (
          <p>
            <Link className="topic" href={`/topics/${room.topic.slug}`}>
              {room.topic.name}
            </Link>
          </p>
        ) : null}
        <h1>{room.title}</h1>
        <p className="muted">Hosted by {room.createdBy.name ?? room.createdBy.email}</p>
        {room.description ? <p className="room-description">{room.description}</p> : null}
      </header>
      {room.status === "SCHEDULED" ? (
        <ScheduledRoom roomId={room.id} memberId={member.id} />
      ) : joined === null ? (
        <p className="status" role="status">
          This room has ended. <Link href="/">Back to the hallway</Link>
        </p>
      ) : (
        <LiveRoom
          roomId={room.id}
          title={room.title}
          initialJoin={{ serverUrl: joined.serverUrl, token: joined.token, stageRole: joined.stageRole }}
        />
      )}
    </main>
  );
}

async function loadRoom(memberId: string, roomId: string): Promise<AccessibleRoom> {
  try {
    return await requireRoomAccess(memberId, roomId);
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") notFound();
    if (error instanceof DomainError && error.code === "forbidden") forbidden();
    throw error;
  }
}

/** Joins the room; null when it ended between loading it and joining. */
async function joinOrEnded(member: Member, room: AccessibleRoom): Promise<JoinedRoom | null> {
  try {
    return await joinAccessibleRoom(member, room);
  } catch (error) {
    if (error instanceof DomainError && error.code === "gone") return null;
    throw error;
  }
}
