import type { Metadata } from "next";
import Link from "next/link";

import { ActionButton } from "@/components/action-button";
import { AddTopicForm, RenameTopicForm } from "@/components/admin/topic-forms";
import { formatDate } from "@/lib/format";
import { requireAdmin } from "@/server/auth/guards";
import { listTopicsForAdmin } from "@/server/topics/admin-topics";

export const metadata: Metadata = { title: "Topics · Admin" };

export default async function AdminTopicsPage() {
  await requireAdmin("/admin/topics");
  const topics = await listTopicsForAdmin();

  return (
    <main id="main" className="stack wide">
      <h1>Topics</h1>
      <p className="muted">
        The curated list members pick their interests and industry from, and rooms carry. An archived topic is no
        longer offered for new rooms, interests or industries; rooms that carry it keep it, and its page stays.
      </p>
      <section className="stack" aria-labelledby="add-topic-heading">
        <h2 id="add-topic-heading">Add</h2>
        <AddTopicForm />
      </section>
      <section className="stack" aria-labelledby="topics-heading">
        <h2 id="topics-heading">All topics</h2>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Topics</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col">Rooms</th>
                <th scope="col">Interested</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {topics.map((topic) => (
                <tr key={topic.slug}>
                  <th scope="row">
                    <Link href={`/topics/${topic.slug}`}>{topic.name}</Link>
                    <div className="muted">/topics/{topic.slug}</div>
                  </th>
                  <td>{topic._count.rooms}</td>
                  <td>{topic._count.members}</td>
                  <td>{topic.archivedAt ? `Archived ${formatDate(topic.archivedAt)}` : "Offered"}</td>
                  <td className="stack">
                    <RenameTopicForm slug={topic.slug} name={topic.name} />
                    {topic.archivedAt ? (
                      <ActionButton
                        url={`/api/admin/topics/${topic.slug}`}
                        method="PATCH"
                        body={{ action: "unarchive" }}
                        label="Unarchive"
                        ariaLabel={`Unarchive ${topic.name}`}
                        pendingLabel="Unarchiving…"
                        secondary
                      />
                    ) : (
                      <ActionButton
                        url={`/api/admin/topics/${topic.slug}`}
                        method="PATCH"
                        body={{ action: "archive" }}
                        label="Archive"
                        ariaLabel={`Archive ${topic.name}`}
                        pendingLabel="Archiving…"
                        confirm={`Archive “${topic.name}”? It will no longer be offered for new rooms and interests.`}
                        secondary
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </main>
  );
}
