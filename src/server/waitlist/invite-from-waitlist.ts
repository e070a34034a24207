import "server-only";

import { generateInviteCode } from "@/lib/invites/code";
import { joinUrl } from "@/lib/invites/code";
import type { Member } from "@/server/auth/guards";
import { recordAdminAction } from "@/server/audit";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { sendMail } from "@/server/mail";

const CODE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Invites someone from the waitlist: a single-use code for them (recorded with the entry and the
 * audit log in one transaction), then an email with the link. If the mail cannot be sent the code
 * still stands and the admin is shown it to pass on.
 */
export async function inviteFromWaitlist(admin: Member, entryId: string, baseUrl: string, now: Date = new Date()) {
  const { entry, code, expiresAt } = await db.$transaction(async (tx) => {
    const entry = await tx.waitlistEntry.findUnique({ where: { id: entryId } });
    if (!entry) throw new DomainError("not_found", "That person is not on the waitlist.");
    if ((await tx.user.count({ where: { email: entry.email } })) > 0) {
      throw new DomainError("conflict", "That person is already a member.");
    }
    const expiresAt = new Date(now.getTime() + CODE_DAYS * DAY_MS);
    const invite = await tx.inviteCode.create({
      data: { code: generateInviteCode(), maxUses: 1, expiresAt, note: `Waitlist: ${entry.email}`, createdById: admin.id },
    });
    await tx.waitlistEntry.update({ where: { id: entryId }, data: { invitedAt: now, invitedById: admin.id } });
    await recordAdminAction(tx, {
      actorId: admin.id,
      action: "waitlist.invite",
      targetType: "waitlist_entry",
      targetId: entryId,
      details: { email: entry.email, code: invite.code },
    });
    return { entry, code: invite.code, expiresAt };
  });

  const link = joinUrl(baseUrl, code);
  let mailed = true;
  try {
    await sendMail({
      to: entry.email,
      subject: "Your invite to Raise Hand",
      text: [
        `Hello ${entry.name},`,
        "",
        "You are invited to Raise Hand, live audio rooms for professionals.",
        "",
        `Your invite code: ${code} (valid until ${expiresAt.toISOString().slice(0, 10)})`,
        `Join here: ${link}`,
        "",
      ].join("\n"),
    });
  } catch (error) {
    console.warn(`waitlist invite: mail to ${entry.email} failed`, error);
    mailed = false;
  }
  return { code, joinUrl: link, mailed };
}
