import "server-only";

import { db } from "@/server/db";
import { DomainError } from "@/server/errors";

/** The curated topics (seeded by the migration that made them), by name. */
export async function listTopics() {
  return db.topic.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
}

export async function findTopic(slug: string) {
  return db.topic.findUnique({ where: { slug }, select: { slug: true, name: true } });
}

/** 422 unless every slug names a curated topic. */
export async function requireTopics(slugs: string[]): Promise<void> {
  if (slugs.length === 0) return;
  const known = await db.topic.count({ where: { slug: { in: slugs } } });
  if (known !== new Set(slugs).size) throw new DomainError("unprocessable", "Choose topics from the list.");
}

/** The slugs of the topics a member picked as interests. */
export async function listInterests(memberId: string): Promise<string[]> {
  const rows = await db.memberTopic.findMany({ where: { userId: memberId }, select: { topicSlug: true } });
  return rows.map((row) => row.topicSlug);
}

/** Replaces the member's interests with these topics, all or nothing. */
export async function setInterests(memberId: string, slugs: string[]): Promise<void> {
  await requireTopics(slugs);
  await db.$transaction([
    db.memberTopic.deleteMany({ where: { userId: memberId } }),
    db.memberTopic.createMany({ data: slugs.map((topicSlug) => ({ userId: memberId, topicSlug })) }),
  ]);
}
