import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";

import { ActionButton } from "@/components/action-button";
import { CopyButton } from "@/components/copy-button";
import { InviteStatusTag } from "@/components/invites/invite-status";
import { formatDate } from "@/lib/format";
import { joinUrl } from "@/lib/invites/code";
import { appBaseUrl } from "@/server/app-url";
import { requireMember } from "@/server/auth/guards";
import { listPersonalInvites } from "@/server/invites/personal-invites";
import { profilePath } from "@/lib/members/profile-url";

export const metadata: Metadata = { title: "Your invites" };

export default async function InvitesPage() {
  const member = await requireMember("/invites");
  const { allowance, left, invites } = await listPersonalInvites(member.id);
  const baseUrl = appBaseUrl(await headers());

  return (
    <main id="main" className="stack">
      <h1>Your invites</h1>
      <p className="muted">
        {allowance === 0
          ? "Personal invites are turned off here."
          : `Bring people you would like to hear from. You can invite ${allowance} ${allowance === 1 ? "person" : "people"}; ${left} ${left === 1 ? "place is" : "places are"} left. Each code works once and expires after 30 days.`}
      </p>
      {left > 0 ? (
        <ActionButton url="/api/invites" label="Create an invite code" pendingLabel="Creating…" />
      ) : null}
      {invites.length === 0 ? (
        <p className="muted">You have not created any invite codes yet.</p>
      ) : (
        <ul className="room-list" aria-label="Your invite codes">
          {invites.map((invite) => (
            <li key={invite.id} className="card stack-tight">
              <div className="row">
                <span className="code">{invite.code}</span>
                <InviteStatusTag status={invite.status} />
              </div>
              {invite.redemptions.length > 0 ? (
                <div>
                  Joined:{" "}
                  {invite.redemptions.map((redemption) => (
                    <Link key={redemption.id} href={profilePath(redemption.user)}>
                      {redemption.user.name ?? redemption.user.email}
                    </Link>
                  ))}
                </div>
              ) : invite.status === "active" ? (
                <>
                  <div className="muted">Expires {invite.expiresAt ? formatDate(invite.expiresAt) : "never"}</div>
                  <CopyButton text={joinUrl(baseUrl, invite.code)} label="Copy invite link" />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
