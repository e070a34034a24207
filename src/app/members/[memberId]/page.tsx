import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { formatDate } from "@/lib/format";
import { recordId } from "@/lib/validation";
import { requireMember } from "@/server/auth/guards";
import { getMemberProfile } from "@/server/members/get-member-profile";

export const metadata: Metadata = { title: "Member" };

export default async function MemberPage({ params }: PageProps<"/members/[memberId]">) {
  const { memberId: rawId } = await params;
  const viewer = await requireMember(`/members/${encodeURIComponent(rawId)}`);
  const memberId = recordId("member").safeParse(rawId);
  if (!memberId.success) notFound();
  const profile = await getMemberProfile(memberId.data);
  if (!profile) notFound();

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
      <dl className="facts">
        <dt>Member since</dt>
        <dd>{formatDate(profile.createdAt)}</dd>
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
      ) : null}
    </main>
  );
}
