import type { Metadata } from "next";

import { CreateRoomForm } from "@/components/room/create-room-form";
import { requireMember } from "@/server/auth/guards";
import { listFollows } from "@/server/follows/list-follows";
import { listTopics } from "@/server/topics/topics";

import { createRoomAction } from "./actions";

export const metadata: Metadata = { title: "Start a room" };

export default async function NewRoomPage({ searchParams }: PageProps<"/rooms/new">) {
  const member = await requireMember("/rooms/new");
  const [topics, { following }] = await Promise.all([listTopics(), listFollows(member.id)]);
  const { when } = await searchParams;
  return (
    <main id="main" className="stack">
      <h1>Start a room</h1>
      <p className="muted">
        Start it now and it goes live at once, with you on stage as host; or schedule it, and members can ask to be
        notified when you start it.
      </p>
      <CreateRoomForm
        action={createRoomAction}
        topics={topics}
        coHostChoices={following.map((person) => ({ id: person.id, name: person.name ?? "Member" }))}
        initialWhen={when === "later" ? "later" : "now"}
      />
    </main>
  );
}
