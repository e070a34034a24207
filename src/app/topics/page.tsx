import type { Metadata } from "next";
import Link from "next/link";

import { requireMember } from "@/server/auth/guards";
import { listTopics } from "@/server/topics/topics";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  await requireMember("/topics");
  const topics = await listTopics();
  return (
    <main id="main" className="stack">
      <h1>Topics</h1>
      {topics.length === 0 ? (
        <p className="muted">No topics yet.</p>
      ) : (
        <ul className="topic-index">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <Link className="topic" href={`/topics/${topic.slug}`}>
                {topic.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
