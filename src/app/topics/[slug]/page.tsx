import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { RoomCard } from "@/components/hallway/hallway-rooms";
import { UpcomingRooms } from "@/components/hallway/upcoming-rooms";
import { topicSlugSchema } from "@/lib/topics/schemas";
import { requireMember } from "@/server/auth/guards";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";
import { listUpcomingRooms } from "@/server/rooms/list-upcoming-rooms";
import { findTopic } from "@/server/topics/topics";

export async function generateMetadata({ params }: PageProps<"/topics/[slug]">): Promise<Metadata> {
  const slug = topicSlugSchema.safeParse((await params).slug);
  const topic = slug.success ? await findTopic(slug.data) : null;
  return { title: topic?.name ?? "Topic" };
}

/** A topic's live rooms that the member may see, ranked as in the hallway, then its upcoming ones. */
export default async function TopicPage({ params }: PageProps<"/topics/[slug]">) {
  const { slug: rawSlug } = await params;
  const member = await requireMember(`/topics/${encodeURIComponent(rawSlug)}`);
  const slug = topicSlugSchema.safeParse(rawSlug);
  const topic = slug.success ? await findTopic(slug.data) : null;
  if (!topic) notFound();
  const [rooms, upcoming] = await Promise.all([
    listLiveRooms(member.id, 50, { topic: topic.slug }),
    listUpcomingRooms(member.id, 20, { topic: topic.slug }),
  ]);

  return (
    <main id="main" className="stack">
      <h1>{topic.name}</h1>
      <section aria-labelledby="topic-live-heading" className="stack">
        <h2 id="topic-live-heading">Live now</h2>
        {rooms.length === 0 ? (
          <div className="card stack empty">
            <p>No {topic.name} rooms are live right now.</p>
            <p>
              <Link className="button" href="/rooms/new">
                Start a room
              </Link>
            </p>
          </div>
        ) : (
          <ul className="room-list" aria-label={`Live rooms on ${topic.name}`}>
            {rooms.map((room) => (
              <RoomCard key={room.id} room={room} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="topic-upcoming-heading" className="stack">
        <h2 id="topic-upcoming-heading">Upcoming</h2>
        <UpcomingRooms rooms={upcoming} label={`Upcoming rooms on ${topic.name}`} empty={`No ${topic.name} rooms are scheduled.`} />
      </section>
      <p>
        <Link href="/topics">All topics</Link>
      </p>
    </main>
  );
}
