import type { Metadata } from "next";
import Link from "next/link";

import { RoomCard } from "@/components/hallway/hallway-rooms";
import { UpcomingRoomCard } from "@/components/hallway/upcoming-rooms";
import { SEARCH_QUERY_MAX, searchQuerySchema } from "@/lib/search/schemas";
import { requireMember } from "@/server/auth/guards";
import { search } from "@/server/search/search";
import { profilePath } from "@/lib/members/profile-url";

export const metadata: Metadata = { title: "Search" };

/** Search rooms, members and topics; the query is in the address (?q=), so results can be shared. */
export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const { q } = await searchParams;
  const member = await requireMember(q ? `/search?${new URLSearchParams({ q: String(q) })}` : "/search");
  const parsed = searchQuerySchema.safeParse(Array.isArray(q) ? q[0] : (q ?? ""));
  const query = parsed.success ? parsed.data : "";
  const results = query ? await search(member.id, query) : null;
  const empty = results && results.rooms.length + results.upcoming.length + results.members.length + results.topics.length === 0;

  return (
    <main id="main" className="stack">
      <h1>Search</h1>
      <form role="search" action="/search" method="get" className="stack card">
        <label>
          Search rooms, members and topics
          <input
            type="search"
            name="q"
            defaultValue={typeof q === "string" ? q.slice(0, SEARCH_QUERY_MAX) : ""}
            maxLength={SEARCH_QUERY_MAX}
            aria-describedby={parsed.success ? undefined : "search-error"}
          />
        </label>
        {parsed.success ? null : (
          <p id="search-error" className="alert" role="alert">
            {parsed.error.issues[0]?.message}
          </p>
        )}
        <button className="button" type="submit">
          Search
        </button>
      </form>
      {empty ? (
        <p className="status" role="status">
          Nothing matches “{query}”.
        </p>
      ) : null}
      {results && results.rooms.length > 0 ? (
        <section aria-labelledby="search-rooms" className="stack">
          <h2 id="search-rooms">Live rooms</h2>
          <ul className="room-list" aria-label="Matching rooms">
            {results.rooms.map((room) => (
              <RoomCard key={room.id} room={room} />
            ))}
          </ul>
        </section>
      ) : null}
      {results && results.upcoming.length > 0 ? (
        <section aria-labelledby="search-upcoming" className="stack">
          <h2 id="search-upcoming">Upcoming rooms</h2>
          <ul className="room-list" aria-label="Matching upcoming rooms">
            {results.upcoming.map((room) => (
              <UpcomingRoomCard key={room.id} room={room} />
            ))}
          </ul>
        </section>
      ) : null}
      {results && results.members.length > 0 ? (
        <section aria-labelledby="search-members" className="stack">
          <h2 id="search-members">Members</h2>
          <ul className="follow-list" aria-label="Matching members">
            {results.members.map((person) => (
              <li key={person.id}>
                <Link href={profilePath(person)}>{person.name ?? "A member"}</Link>
                {person.headline ? <span className="muted"> · {person.headline}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {results && results.topics.length > 0 ? (
        <section aria-labelledby="search-topics" className="stack">
          <h2 id="search-topics">Topics</h2>
          <ul className="topic-index" aria-label="Matching topics">
            {results.topics.map((topic) => (
              <li key={topic.slug}>
                <Link className="topic" href={`/topics/${topic.slug}`}>
                  {topic.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
