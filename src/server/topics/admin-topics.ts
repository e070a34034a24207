import "server-only";

import type { Member } from "@/server/auth/guards";
import type { AddTopicInput, TopicChange } from "@/lib/topics/schemas";
import { recordAdminAction } from "@/server/audit";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { isUniqueViolation } from "@/server/prisma-errors";

/** Every topic with its room and interest counts, archived ones last, for the console. */
export async function listTopicsForAdmin() {
  return db.topic.findMany({
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: { slug: true, name: true, archivedAt: true, _count: { select: { rooms: true, members: true } } },
  });
}

function nameTaken(error: unknown, name: string): DomainError | null {
  if (isUniqueViolation(error, "name")) return new DomainError("conflict", `There is already a topic called “${name}”.`);
  if (isUniqueViolation(error, "slug") || isUniqueViolation(error, "pkey")) {
    return new DomainError("conflict", `A topic with the address /topics/… of “${name}” exists already. Choose another name.`);
  }
  return null;
}

/** Adds a topic (its slug comes from the name); names and slugs are unique. */
export async function addTopic(admin: Member, input: AddTopicInput) {
  try {
    return await db.$transaction(async (tx) => {
      const clash = await tx.topic.findFirst({ where: { name: { equals: input.name, mode: "insensitive" } }, select: { slug: true } });
      if (clash) throw new DomainError("conflict", `There is already a topic called “${input.name}”.`);
      const topic = await tx.topic.create({ data: { slug: input.slug, name: input.name }, select: { slug: true, name: true } });
      await recordAdminAction(tx, { actorId: admin.id, action: "topics.add", targetType: "topic", targetId: topic.slug, details: { name: topic.name } });
      return topic;
    });
  } catch (error) {
    throw nameTaken(error, input.name) ?? error;
  }
}

/** Renames a topic (the slug, and so its URL, stays), archives it or brings it back. */
export async function changeTopic(admin: Member, slug: string, change: TopicChange) {
  try {
    return await db.$transaction(async (tx) => {
      const topic = await tx.topic.findUnique({ where: { slug }, select: { name: true, archivedAt: true } });
      if (!topic) throw new DomainError("not_found", "There is no such topic.");
      switch (change.action) {
        case "rename": {
          if (topic.name === change.name) throw new DomainError("conflict", "The topic already has that name.");
          const clash = await tx.topic.findFirst({
            where: { name: { equals: change.name, mode: "insensitive" }, slug: { not: slug } },
            select: { slug: true },
          });
          if (clash) throw new DomainError("conflict", `There is already a topic called “${change.name}”.`);
          await tx.topic.update({ where: { slug }, data: { name: change.name } });
          await recordAdminAction(tx, { actorId: admin.id, action: "topics.rename", targetType: "topic", targetId: slug, details: { from: topic.name, to: change.name } });
          break;
        }
        case "archive":
          if (topic.archivedAt) throw new DomainError("conflict", "This topic is already archived.");
          await tx.topic.update({ where: { slug }, data: { archivedAt: new Date() } });
          await recordAdminAction(tx, { actorId: admin.id, action: "topics.archive", targetType: "topic", targetId: slug, details: { name: topic.name } });
          break;
        case "unarchive":
          if (!topic.archivedAt) throw new DomainError("conflict", "This topic is not archived.");
          await tx.topic.update({ where: { slug }, data: { archivedAt: null } });
          await recordAdminAction(tx, { actorId: admin.id, action: "topics.unarchive", targetType: "topic", targetId: slug, details: { name: topic.name } });
          break;
      }
      return tx.topic.findUniqueOrThrow({ where: { slug }, select: { slug: true, name: true, archivedAt: true } });
    });
  } catch (error) {
    throw (change.action === "rename" ? nameTaken(error, change.name) : null) ?? error;
  }
}
