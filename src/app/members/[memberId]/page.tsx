import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { ActionButton } from "@/components/action-button";
import { Avatar } from "@/components/avatar";
import { RoomCard } from "@/components/hallway/hallway-rooms";
import { formatDate } from "@/lib/format";
import { avatarPath, profilePath } from "@/lib/members/profile-url";
import { auth } from "@/server/auth";
import { isFollowing, listFollows } from "@/server/follows/list-follows";
import { findMemberProfile } from "@/server/members/get-member-profile";
import { listRoomsOnStage } from "@/server/notifications/ping-member";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";
import { shareMetadata, signInHref } from "@/server/share/open-graph";

/** One lookup per request for the metadata and the page. */
const loadProfile = cache(async (idOrHandle: string) => findMemberProfile(idOrHandle));

export async function generateMetadata({ params }: PageProps<"/members/[memberId]">): Promise<Metadata> {
  const profile = await loadProfile((await params).memberId);
  if (!profile || profile.suspendedAt) return { title: "Member" };
  const name = profile.name ?? "A member";
  return shareMetadata({
    title: name,
    description: profile.headline ?? `${name} on Raise Hand, live audio rooms for professionals.`,
    path: profilePath(profile),
    type: "profile",
    image: avatarPath(profile.avatarKey),
  });
}

/**
 * A member's profile, at /members/<handle> (or /members/<id>, which redirects to the handle when
 * there is one). Signed-out visitors, and link previews, get a teaser: name, headline, picture.
 */
export default async function MemberPage({ params }: PageProps<"/members/[memberId]">) {
  const { memberId: rawId } = await params;
  const profile = await loadProfile(rawId);
  if (!profile) notFound();
  if (profile.handle && rawId !== profile.handle) redirect(profilePath(profile));
  const viewer = (await auth())?.user;
  if (!viewer) {
    if (profile.suspendedAt) notFound();
    return <ProfileTeaser profile={profile} />;
  }
  const [follows, followed, stageRooms, hostingNow] = await Promise.all([
    listFollows(profile.id),
    isFollowing(viewer.id, profile.id),
    viewer.id === profile.id ? [] : listRoomsOnStage(viewer.id),
    listLiveRooms(viewer.id, 5, { host: profile.id }),
  ]);
  const displayName = profile.name ?? "this member";

  return (
    <main id="main" className="stack">
      <ProfileHeader profile={profile} />
      {profile.bio ? <p className="bio">{profile.bio}</p> : null}
      {profile.links.length > 0 ? (
        <ul className="profile-links" aria-label="Links">
          {profile.links.map((link) => (
            <li key={link}>
              <a href={link} rel="nofollow noopener noreferrer ugc" target="_blank">
                {linkLabel(link)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
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
        {profile.industry ? (
          <>
            <dt>Industry</dt>
            <dd>
              <Link href={`/topics/${profile.industry.slug}`}>{profile.industry.name}</Link>
            </dd>
          </>
        ) : null}
        <dt>Member since</dt>
        <dd>{formatDate(profile.createdAt)}</dd>
        <dt>Rooms hosted</dt>
        <dd>{profile._count.roomsCreated}</dd>
        <dt>Invited by</dt>
        <dd>
          {profile.invitedBy ? (
            <Link href={profilePath(profile.invitedBy)}>{profile.invitedBy.name ?? "a member"}</Link>
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

type Profile = NonNullable<Awaited<ReturnType<typeof findMemberProfile>>>;

function ProfileHeader({ profile }: { profile: Profile }) {
  const name = profile.name ?? "A member who has not set a name yet";
  return (
    <div className="person-header">
      <Avatar name={profile.name ?? "?"} src={avatarPath(profile.avatarKey)} alt={profile.avatarKey ? `Picture of ${name}` : undefined} />
      <div>
        <h1>{name}</h1>
        {profile.handle ? <p className="muted">@{profile.handle}</p> : null}
        {profile.headline ? <p className="muted">{profile.headline}</p> : null}
      </div>
    </div>
  );
}

/** What a signed-out visitor sees: who this is, and the way in. No address, no activity. */
function ProfileTeaser({ profile }: { profile: Profile }) {
  return (
    <main id="main" className="stack">
      <ProfileHeader profile={profile} />
      <p>
        {profile.name ?? "This member"} is on Raise Hand, invite-only live audio rooms for professionals.
      </p>
      <p>
        <Link className="button" href={signInHref(profilePath(profile))}>
          Sign in to see the full profile
        </Link>
      </p>
    </main>
  );
}

/** "example.com/talks" for https://www.example.com/talks/: what the link is, at a glance. */
function linkLabel(link: string): string {
  const url = new URL(link);
  const rest = `${url.pathname}${url.search}`.replace(/\/$/, "");
  return `${url.hostname.replace(/^www\./, "")}${rest}`;
}

function FollowList({
  heading,
  people,
  empty,
}: {
  heading: string;
  people: { id: string; name: string | null; handle: string | null; headline: string | null; avatarKey: string | null }[];
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
            <li key={person.id} className="follow-person">
              <Avatar name={person.name ?? "?"} src={avatarPath(person.avatarKey)} size="small" />
              <Link href={profilePath(person)}>{person.name ?? "A member"}</Link>
              {person.headline ? <span className="muted"> · {person.headline}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
