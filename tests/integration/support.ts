import { randomUUID } from "node:crypto";

import type { MemberRole } from "@/generated/prisma/enums";
import { generateInviteCode } from "@/lib/invites/code";
import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";

/** Users made by a test file, deleted (with their codes, sessions, redemptions) by `cleanUp`. */
const created = new Set<string>();

export function testEmail(label = "member") {
  return `${label}-${randomUUID()}@raise-hand.test`;
}

export function track(userId: string) {
  created.add(userId);
}

export async function createTestMember({ role = "MEMBER", name = "Test Member" }: { role?: MemberRole; name?: string } = {}): Promise<Member> {
  const user = await db.user.create({ data: { email: testEmail(role.toLowerCase()), name, role, onboardedAt: new Date() } });
  track(user.id);
  return { id: user.id, email: user.email, name: user.name, role };
}

export async function createTestCode(createdBy: Member, data: { maxUses?: number; expiresAt?: Date | null; revokedAt?: Date | null; usedCount?: number } = {}) {
  return db.inviteCode.create({ data: { code: generateInviteCode(), createdById: createdBy.id, ...data } });
}

/** Users created by redeeming codes are tracked by address. */
export async function trackByEmail(emails: string[]) {
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true } });
  for (const user of users) track(user.id);
}

export async function cleanUp() {
  await db.user.deleteMany({ where: { id: { in: [...created] } } });
  created.clear();
}

/** Puts the deployment's settings and allow-list back to their defaults. */
export async function resetSignUpSettings() {
  await db.settings.deleteMany();
  await db.allowListEntry.deleteMany();
}
