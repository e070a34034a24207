import type { Metadata } from "next";

import { ActionButton } from "@/components/action-button";
import { AllowListForm } from "@/components/admin/allow-list-form";
import { AllowListSwitch } from "@/components/admin/settings-form";
import { allowListKindLabels } from "@/lib/admin/schemas";
import { requireAdmin } from "@/server/auth/guards";
import { listAllowListEntries } from "@/server/allow-list/allow-list-entries";
import { getSettings } from "@/server/settings";

export const metadata: Metadata = { title: "Allow-list · Admin" };

export default async function AdminAllowListPage() {
  await requireAdmin("/admin/allow-list");
  const [settings, entries] = await Promise.all([getSettings(), listAllowListEntries()]);

  return (
    <main id="main" className="stack wide">
      <h1>Allow-list</h1>
      <p className="muted">
        With the allow-list on, only people whose email address, email domain or phone number is listed here can
        sign up, and they still need an invite code. Phone numbers are checked as typed at sign-up (there is no SMS
        check); each number can belong to one member only.
      </p>
      <AllowListSwitch enabled={settings.allowListEnabled} />
      {settings.allowListEnabled && entries.length === 0 ? (
        <p className="alert" role="alert">
          The list is empty, so nobody can sign up right now.
        </p>
      ) : null}
      <section className="stack" aria-labelledby="add-heading">
        <h2 id="add-heading">Add</h2>
        <AllowListForm />
      </section>
      <section className="stack" aria-labelledby="entries-heading">
        <h2 id="entries-heading">On the list</h2>
        {entries.length === 0 ? (
          <p className="muted">The list is empty.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Allow-list entries</caption>
              <thead>
                <tr>
                  <th scope="col">Value</th>
                  <th scope="col">Kind</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row">{entry.value}</th>
                    <td>{allowListKindLabels[entry.kind]}</td>
                    <td>
                      <ActionButton
                        url={`/api/admin/allow-list/${entry.id}`}
                        method="DELETE"
                        label="Remove"
                        ariaLabel={`Remove ${entry.value}`}
                        pendingLabel="Removing…"
                        secondary
                      />
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
