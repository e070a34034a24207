import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ActionButton } from "@/components/action-button";
import { RoomCard } from "@/components/hallway/hallway-rooms";
import { formatDate } from "@/lib/format";
import { recordId } from "@/lib/validation";
import { requireMember } from "@/server/auth/guards";
import { isFollowing, listFollows } from "@/server/follows/list-follows";
import { getMemberProfile } from "@/server/members/get-member-profile";
import { listRoomsOnStage } from "@/server/notifications/ping-member";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";

export const metadata: Metadata = { title: "Member" };

export default async function MemberPage({ params }: PageProps<"/members/[memberId]">) {
  const { memberId: rawId } = await params;
  const viewer = await requireMember(`/members/${encodeURIComponent(rawId)}`);
  const memberId = recordId("member").safeParse(rawId);
  if (!memberId.success) notFound();
  const profile = await getMemberProfile(memberId.data);
  if (!profile) notFound();
  const [follows, followed, stageRooms, hostingNow] = await Promise.all([
    listFollows(profile.id),
    isFollowing(viewer.id, profile.id),
    viewer.id === profile.id ? [] : listRoomsOnStage(viewer.id),
    listLiveRooms(viewer.id, 5, { host: profile.id }),
  ]);
  const displayName = profile.name ?? "this member";

  return (
    <main id="main" className="stack">
      <div className="person-header">
        <span className="avatar" aria-hidden="true">
          {(profile.name ?? "?").slice(0, 1).toUpperCase()}
        </span>
        <div>
          <h1>{profile.name ?? "A member who has not set a name yet"}</h1>
          {profile.headline ? <p className="muted">{profile.headline}</p> : null}
        </div>
      </div>
      {profile.bio ? <p className="bio">{profile.bio}</p> : null}
      {hostingNow.length > 0 ? (
        <section className="stack" aria-label="Hosting now">
          <h2>Hosting now</h2>
          <ul className="room-list">
            {hostingNow.map((room) => (
              <RoomCard key={room.id} room={room} />
            ))}
          </ul>
        </section>
      ) : null}
      <dl className="facts">
        <dt>Member since</dt>
        <dd>{formatDate(profile.createdAt)}</dd>
        <dt>Rooms hosted</dt>
        <dd>{profile._count.roomsCreated}</dd>
        <dt>Invited by</dt>
        <dd>
          {profile.invitedBy ? (
            <Link href={`/members/${profile.invitedBy.id}`}>{profile.invitedBy.name ?? "a member"}</Link>
          ) : (
            "Nobody: a founding member"
          )}
        </dd>
        {profile.role === "ADMIN" ? (
          <>
            <dt>Role</dt>
            <dd>Admin</dd>
          </>
        ) : null}
        {profile.suspendedAt && viewer.role === "ADMIN" ? (
          <>
            <dt>Status</dt>
            <dd>Suspended since {formatDate(profile.suspendedAt)}</dd>
          </>
        ) : null}
      </dl>
      {viewer.id === profile.id ? (
        <p>
          <Link href="/profile">Edit your profile</Link>
        </p>
      ) : profile.suspendedAt ? null : followed ? (
        <ActionButton
          url={`/api/members/${profile.id}/follow`}
          method="DELETE"
          label="Unfollow"
          ariaLabel={`Unfollow ${displayName}`}
          pendingLabel="Unfollowing…"
          secondary
        />
      ) : (
        <ActionButton url={`/api/members/${profile.id}/follow`} label="Follow" ariaLabel={`Follow ${displayName}`} pendingLabel="Following…" />
      )}
      {stageRooms.length > 0 && !profile.suspendedAt ? (
        <section className="stack" aria-label="Ping into your room">
          <h2>Ping into your room</h2>
          {stageRooms.map((room) => (
            <ActionButton
              key={room.id}
              url={`/api/rooms/${room.id}/ping`}
              body={{ memberId: profile.id }}
              label={`Ping into “${room.title}”`}
              pendingLabel="Pinging…"
              doneMessage={`Pinged ${displayName}.`}
              secondary
            />
          ))}
        </section>
      ) : null}
      <FollowList heading={`Followers (${follows.followerCount})`} people={follows.followers} empty="No followers yet." />
      <FollowList heading={`Following (${follows.followingCount})`} people={follows.following} empty="Not following anyone yet." />
    </main>
  );
}

function FollowList({
  heading,
  people,
  empty,
}: {
  heading: string;
  people: { id: string; name: string | null; headline: string | null }[];
  empty: string;
}) {
  return (
    <section className="stack" aria-label={heading}>
      <h2>{heading}</h2>
      {people.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="follow-list">
          {people.map((person) => (
            <li key={person.id}>
              <Link href={`/members/${person.id}`}>{person.name ?? "A member"}</Link>
              {person.headline ? <span className="muted"> · {person.headline}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
