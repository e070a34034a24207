import type { Metadata } from "next";

import { formatDateTime } from "@/lib/format";
import { listAdminActions } from "@/server/audit";
import { requireAdmin } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Audit log · Admin" };

export default async function AdminAuditPage() {
  await requireAdmin("/admin/audit");
  const actions = await listAdminActions();

  return (
    <main id="main" className="stack wide">
      <h1>Audit log</h1>
      {actions.length === 0 ? (
        <p className="muted">No admin actions yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">The newest 100 admin actions</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Target</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.createdAt)}</td>
                  <td>{entry.actor ? (entry.actor.name ?? entry.actor.email) : "(deleted)"}</td>
                  <th scope="row">{entry.action}</th>
                  <td>{entry.targetType ? `${entry.targetType} ${entry.targetId ?? ""}` : "—"}</td>
                  <td>
                    <code className="details">{entry.details === null ? "" : JSON.stringify(entry.details)}</code>
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
