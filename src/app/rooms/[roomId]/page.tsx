import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { roomIdSchema } from "@/lib/rooms/schemas";
import { LiveRoom } from "@/components/room/live-room";
import { requireMember } from "@/server/auth/guards";
import { getRoom } from "@/server/rooms/get-room";

export const metadata: Metadata = { title: "Room" };

export default async function RoomPage({ params }: PageProps<"/rooms/[roomId]">) {
  const { roomId: rawId } = await params;
  await requireMember(`/rooms/${encodeURIComponent(rawId)}`);
  const roomId = roomIdSchema.safeParse(rawId);
  if (!roomId.success) notFound();
  const room = await getRoom(roomId.data);
  if (!room) notFound();

  return (
    <main id="main" className="stack">
      <h1>{room.title}</h1>
      {room.description ? <p className="muted">{room.description}</p> : null}
      {room.status === "ENDED" ? (
        <p className="status" role="status">
          This room has ended. <Link href="/">Back to the hallway</Link>
        </p>
      ) : (
        <LiveRoom roomId={room.id} />
      )}
    </main>
  );
}
