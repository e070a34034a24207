import type { Metadata } from "next";
import Link from "next/link";

import { requireAdmin } from "@/server/auth/guards";
import { consoleOverview } from "@/server/admin/console-overview";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireAdmin("/admin");
  const overview = await consoleOverview();

  return (
    <main id="main" className="stack">
      <h1>Admin console</h1>
      <ul className="room-list">
        <li className="card">
          <Link href="/admin/invites">Invites</Link>
          <div className="muted">
            {overview.activeCodes} active {overview.activeCodes === 1 ? "code" : "codes"}; members may each invite{" "}
            {overview.memberInviteAllowance}.
          </div>
        </li>
        <li className="card">
          <Link href="/admin/waitlist">Waitlist</Link>
          <div className="muted">{overview.waiting} waiting for an invite.</div>
        </li>
        <li className="card">
          <Link href="/admin/members">Members</Link>
          <div className="muted">
            {overview.members} {overview.members === 1 ? "member" : "members"}, {overview.suspended} suspended.
          </div>
        </li>
        <li className="card">
          <Link href="/admin/allow-list">Allow-list</Link>
          <div className="muted">
            {overview.allowListEnabled ? "On" : "Off"}: {overview.allowListEntries}{" "}
            {overview.allowListEntries === 1 ? "entry" : "entries"}.
          </div>
        </li>
        <li className="card">
          <Link href="/admin/topics">Topics</Link>
          <div className="muted">The curated list: add, rename, archive.</div>
        </li>
        <li className="card">
          <Link href="/admin/audit">Audit log</Link>
          <div className="muted">Every admin action: who, what, when.</div>
        </li>
      </ul>
    </main>
  );
}
