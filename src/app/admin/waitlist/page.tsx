import type { Metadata } from "next";

import { ActionButton } from "@/components/action-button";
import { formatDate } from "@/lib/format";
import { requireAdmin } from "@/server/auth/guards";
import { listWaitlist } from "@/server/waitlist/list-waitlist";

export const metadata: Metadata = { title: "Waitlist · Admin" };

export default async function AdminWaitlistPage() {
  await requireAdmin("/admin/waitlist");
  const entries = await listWaitlist();

  return (
    <main id="main" className="stack wide">
      <h1>Waitlist</h1>
      <p className="muted">
        Inviting someone creates a single-use code (valid 14 days) and emails them the link to join.
      </p>
      {entries.length === 0 ? (
        <p className="muted">Nobody is on the waitlist.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">People on the waitlist, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Note</th>
                <th scope="col">Asked</th>
                <th scope="col">Invited</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">{entry.name}</th>
                  <td>{entry.email}</td>
                  <td>{entry.note ?? ""}</td>
                  <td>{formatDate(entry.createdAt)}</td>
                  <td>
                    {entry.joined
                      ? "Joined"
                      : entry.invitedAt
                        ? `${formatDate(entry.invitedAt)}${entry.invitedBy ? ` by ${entry.invitedBy.name ?? entry.invitedBy.email}` : ""}`
                        : "Not yet"}
                  </td>
                  <td>
                    {entry.joined ? null : (
                      <ActionButton
                        url={`/api/admin/waitlist/${entry.id}/invite`}
                        label={entry.invitedAt ? "Invite again" : "Invite"}
                        ariaLabel={`${entry.invitedAt ? "Invite again" : "Invite"} ${entry.name}`}
                        pendingLabel="Inviting…"
                        secondary={Boolean(entry.invitedAt)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
