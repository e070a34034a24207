import type { Metadata } from "next";
import Link from "next/link";

import { ActionButton } from "@/components/action-button";
import { formatDate } from "@/lib/format";
import { requireAdmin } from "@/server/auth/guards";
import { searchMembers } from "@/server/members/search-members";
import { profilePath } from "@/lib/members/profile-url";

export const metadata: Metadata = { title: "Members · Admin" };

export default async function AdminMembersPage({ searchParams }: PageProps<"/admin/members">) {
  const admin = await requireAdmin("/admin/members");
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q.trim().slice(0, 100) : "";
  const members = await searchMembers(query);

  return (
    <main id="main" className="stack wide">
      <h1>Members</h1>
      <form role="search" className="row" action="/admin/members">
        <label className="grow">
          Search by name or email
          <input name="q" type="search" defaultValue={query} maxLength={100} />
        </label>
        <button className="button secondary" type="submit">
          Search
        </button>
      </form>
      {members.length === 0 ? (
        <p className="muted">{query ? `No member matches “${query}”.` : "No members yet."}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">
              Members{query ? ` matching “${query}”` : ""}, newest first (at most 50)
            </caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Invited by</th>
                <th scope="col">Joined</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => {
                const who = member.name ?? member.email;
                const self = member.id === admin.id;
                return (
                  <tr key={member.id}>
                    <th scope="row">
                      <Link href={profilePath(member)}>{member.name ?? "(no name yet)"}</Link>
                      {member.headline ? <div className="muted">{member.headline}</div> : null}
                    </th>
                    <td>{member.email}</td>
                    <td>{member.role === "ADMIN" ? "Admin" : "Member"}</td>
                    <td>
                      {member.suspendedAt
                        ? `Suspended ${formatDate(member.suspendedAt)}`
                        : member.onboardedAt
                          ? "Active"
                          : "Profile not completed"}
                    </td>
                    <td>{member.invitedBy ? (member.invitedBy.name ?? member.invitedBy.email) : "—"}</td>
                    <td>{formatDate(member.createdAt)}</td>
                    <td className="actions">
                      {self ? (
                        <span className="muted">You</span>
                      ) : (
                        <>
                          {member.suspendedAt ? (
                            <ActionButton
                              url={`/api/admin/members/${member.id}`}
                              body={{ action: "unsuspend" }}
                              label="Unsuspend"
                              ariaLabel={`Unsuspend ${who}`}
                              pendingLabel="Unsuspending…"
                              secondary
                            />
                          ) : (
                            <ActionButton
                              url={`/api/admin/members/${member.id}`}
                              body={{ action: "suspend" }}
                              label="Suspend"
                              ariaLabel={`Suspend ${who}`}
                              pendingLabel="Suspending…"
                              confirm={`Suspend ${who}? They are signed out at once and cannot sign in until unsuspended.`}
                              secondary
                            />
                          )}
                          {member.role === "ADMIN" ? (
                            <ActionButton
                              url={`/api/admin/members/${member.id}`}
                              body={{ action: "demote" }}
                              label="Remove admin"
                              ariaLabel={`Remove admin role from ${who}`}
                              pendingLabel="Saving…"
                              confirm={`Remove ${who}'s admin role?`}
                              secondary
                            />
                          ) : (
                            <ActionButton
                              url={`/api/admin/members/${member.id}`}
                              body={{ action: "promote" }}
                              label="Make admin"
                              ariaLabel={`Make ${who} an admin`}
                              pendingLabel="Saving…"
                              confirm={`Make ${who} an admin? Admins can do everything in this console.`}
                              secondary
                            />
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
