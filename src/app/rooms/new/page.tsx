import type { Metadata } from "next";

import { CreateRoomForm } from "@/components/room/create-room-form";
import { requireMember } from "@/server/auth/guards";
import { listTopics } from "@/server/topics/topics";

import { createRoomAction } from "./actions";

export const metadata: Metadata = { title: "Start a room" };

export default async function NewRoomPage() {
  await requireMember("/rooms/new");
  const topics = await listTopics();
  return (
    <main id="main" className="stack">
      <h1>Start a room</h1>
      <p className="muted">Your room goes live as soon as you start it, with you on stage as host.</p>
      <CreateRoomForm action={createRoomAction} topics={topics} />
    </main>
  );
}
