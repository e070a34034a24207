import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";

/** The curated topics on offer (not archived), by name: for new rooms, interests and industries. */
export async function listTopics() {
  return db.topic.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { slug: true, name: true } });
}

/** Any topic, archived or not: rooms and profiles keep showing the ones they carry. */
export async function findTopic(slug: string) {
  return db.topic.findUnique({ where: { slug }, select: { slug: true, name: true } });
}

/** 422 unless every slug names a topic on offer (archived ones cannot be picked anew). */
export async function requireTopics(slugs: string[], message = "Choose topics from the list."): Promise<void> {
  if (slugs.length === 0) return;
  const known = await db.topic.count({ where: { slug: { in: slugs }, archivedAt: null } });
  if (known !== new Set(slugs).size) throw new DomainError("unprocessable", message);
}

/** The slugs of the topics a member picked as interests. */
export async function listInterests(memberId: string): Promise<string[]> {
  const rows = await db.memberTopic.findMany({ where: { userId: memberId }, select: { topicSlug: true } });
  return rows.map((row) => row.topicSlug);
}

/** Replaces the member's interests inside the caller's transaction; the slugs must be checked first. */
export async function replaceInterests(tx: Prisma.TransactionClient, memberId: string, slugs: string[]): Promise<void> {
  await tx.memberTopic.deleteMany({ where: { userId: memberId } });
  await tx.memberTopic.createMany({ data: slugs.map((topicSlug) => ({ userId: memberId, topicSlug })) });
}

/** Replaces the member's interests with these topics, all or nothing. */
export async function setInterests(memberId: string, slugs: string[]): Promise<void> {
  await requireTopics(slugs);
  await db.$transaction((tx) => replaceInterests(tx, memberId, slugs));
}
