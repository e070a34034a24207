import type { Metadata } from "next";
import Link from "next/link";

import { ActionButton } from "@/components/action-button";
import { CreateBatchForm } from "@/components/admin/create-batch-form";
import { InviteAllowanceForm } from "@/components/admin/settings-form";
import { InviteStatusTag } from "@/components/invites/invite-status";
import { formatDate } from "@/lib/format";
import { requireAdmin } from "@/server/auth/guards";
import { listInvites } from "@/server/invites/list-invites";
import { getSettings } from "@/server/settings";
import { profilePath } from "@/lib/members/profile-url";

export const metadata: Metadata = { title: "Invites · Admin" };

const SHOWN = 200;

export default async function AdminInvitesPage() {
  await requireAdmin("/admin/invites");
  const [invites, settings] = await Promise.all([listInvites({ take: SHOWN }), getSettings()]);

  return (
    <main id="main" className="stack wide">
      <h1>Invites</h1>
      <section className="stack" aria-labelledby="create-heading">
        <h2 id="create-heading">Create invite codes</h2>
        <CreateBatchForm />
      </section>

      <section className="stack" aria-labelledby="allowance-heading">
        <h2 id="allowance-heading">Members’ invites</h2>
        <InviteAllowanceForm allowance={settings.memberInviteAllowance} />
      </section>

      <section className="stack" aria-labelledby="codes-heading">
        <div className="row">
          <h2 id="codes-heading">Codes</h2>
          <a href="/api/admin/invites/export" download>
            Export all as CSV
          </a>
        </div>
        {invites.length === 0 ? (
          <p className="muted">No invite codes yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">
                Invite codes, newest first{invites.length === SHOWN ? ` (the newest ${SHOWN}; the export has all)` : ""}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Status</th>
                  <th scope="col">Uses</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Note</th>
                  <th scope="col">Created by</th>
                  <th scope="col">Redeemed by</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invites.map((invite) => (
                  <tr key={invite.id}>
                    <th scope="row" className="code">
                      {invite.code}
                    </th>
                    <td>
                      <InviteStatusTag status={invite.status} />
                    </td>
                    <td>
                      {invite.usedCount} of {invite.maxUses}
                    </td>
                    <td>{invite.expiresAt ? formatDate(invite.expiresAt) : "Never"}</td>
                    <td>{invite.note ?? ""}</td>
                    <td>
                      {invite.createdBy.name ?? invite.createdBy.email}
                      {invite.personal ? " (personal)" : ""}
                    </td>
                    <td>
                      {invite.redemptions.length === 0 ? (
                        <span className="muted">Nobody yet</span>
                      ) : (
                        <ul className="plain-list">
                          {invite.redemptions.map((redemption) => (
                            <li key={redemption.id}>
                              <Link href={profilePath(redemption.user)}>
                                {redemption.user.name ?? redemption.user.email}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {invite.status === "active" ? (
                        <ActionButton
                          url={`/api/admin/invites/${invite.id}/revoke`}
                          label="Revoke"
                          ariaLabel={`Revoke ${invite.code}`}
                          pendingLabel="Revoking…"
                          confirm={`Revoke ${invite.code}? Nobody will be able to redeem it.`}
                          secondary
                        />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
