import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { addAllowListEntriesSchema } from "@/lib/admin/schemas";
import { profileSchema } from "@/lib/members/schemas";
import type { Member } from "@/server/auth/guards";
import { addAllowListEntries, removeAllowListEntry } from "@/server/allow-list/allow-list-entries";
import { db } from "@/server/db";
import { createInviteBatch } from "@/server/invites/create-invite-batch";
import { exportInvites } from "@/server/invites/export-invites";
import { createPersonalInvite, listPersonalInvites } from "@/server/invites/personal-invites";
import { redeemInvite } from "@/server/invites/redeem-invite";
import { revokeInvite } from "@/server/invites/revoke-invite";
import { applyMemberAction } from "@/server/members/apply-member-action";
import { updateProfile } from "@/server/members/update-profile";
import { getSettings, updateSettings } from "@/server/settings";
import { inviteFromWaitlist } from "@/server/waitlist/invite-from-waitlist";
import { joinWaitlist } from "@/server/waitlist/join-waitlist";

import { mailTo } from "./helpers";
import { cleanUp, createTestCode, createTestMember, resetSignUpSettings, testEmail, trackByEmail } from "./support";

let admin: Member;

beforeAll(async () => {
  admin = await createTestMember({ role: "ADMIN", name: "Audited Admin" });
});

afterEach(resetSignUpSettings);

afterAll(async () => {
  await cleanUp();
  await db.$disconnect();
});

async function auditFor(action: string, targetId?: string) {
  return db.auditLog.findMany({ where: { scope: "admin", action, actorId: admin.id, ...(targetId ? { targetId } : {}) } });
}

describe("invite batches", () => {
  it("creates the codes with one batch id, use limit, expiry and note, and audits it", async () => {
    const now = new Date("2026-11-27T10:00:00.000Z");
    const batch = await createInviteBatch(admin, { count: 25, maxUses: 3, expiresInDays: 7, note: "Launch party" }, now);

    const codes = await db.inviteCode.findMany({ where: { batchId: batch.batchId } });
    expect(codes).toHaveLength(25);
    expect(new Set(codes.map((code) => code.code)).size).toBe(25);
    for (const code of codes) {
      expect(code).toMatchObject({ maxUses: 3, usedCount: 0, note: "Launch party", personal: false, createdById: admin.id });
      expect(code.expiresAt).toEqual(new Date("2026-12-04T10:00:00.000Z"));
    }
    const [entry] = await auditFor("invites.create_batch", batch.batchId);
    expect(entry?.details).toMatchObject({ count: 25, maxUses: 3, note: "Launch party" });
  });

  it("revokes once (then 409), refuses an unknown code (404) and audits only what happened", async () => {
    const invite = await createTestCode(admin);
    await revokeInvite(admin, invite.id);
    await expect(revokeInvite(admin, invite.id)).rejects.toMatchObject({ status: 409 });
    await expect(revokeInvite(admin, "clabcdefghijklmnopqrstuv")).rejects.toMatchObject({ status: 404 });
    expect(await auditFor("invites.revoke", invite.id)).toHaveLength(1);
    expect(await auditFor("invites.revoke", "clabcdefghijklmnopqrstuv")).toHaveLength(0);
  });

  it("exports a batch as CSV with who redeemed each code, and audits the export", async () => {
    const batch = await createInviteBatch(admin, { count: 2, maxUses: 1, expiresInDays: null, note: null });
    const email = testEmail("exported");
    await redeemInvite({ code: batch.codes[0]!, email, phone: null });
    await trackByEmail([email]);

    const csv = await exportInvites(admin, batch.batchId, "http://localhost:3100");

    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines.find((line) => line.startsWith(batch.codes[0]!))).toContain(`,Used up,1,1,`);
    expect(lines.find((line) => line.startsWith(batch.codes[0]!))!.endsWith(email)).toBe(true);
    expect(await auditFor("invites.export", batch.batchId)).toHaveLength(1);
    await expect(exportInvites(admin, "00000000-0000-4000-8000-000000000000", "http://x")).rejects.toMatchObject({ status: 404 });
  });
});

describe("members", () => {
  it("suspending ends every session at once, revokes unused personal codes and is audited", async () => {
    const member = await createTestMember();
    await db.session.createMany({
      data: [1, 2].map((n) => ({ sessionToken: `${member.id}-${n}`, userId: member.id, expires: new Date(Date.now() + 60_000) })),
    });
    const personal = await db.inviteCode.create({ data: { code: "PPPP-PPPP-PPP2", personal: true, createdById: member.id } });

    await applyMemberAction(admin, member.id, "suspend");

    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).suspendedAt).not.toBeNull();
    expect((await db.inviteCode.findUniqueOrThrow({ where: { id: personal.id } })).revokedAt).not.toBeNull();
    const [entry] = await auditFor("members.suspend", member.id);
    expect(entry?.details).toMatchObject({ sessionsEnded: 2, codesRevoked: 1 });

    await expect(applyMemberAction(admin, member.id, "suspend")).rejects.toMatchObject({ status: 409 });
    await applyMemberAction(admin, member.id, "unsuspend");
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).suspendedAt).toBeNull();
  });

  it("promotes and demotes; an admin can neither suspend nor demote themselves", async () => {
    const member = await createTestMember();
    await applyMemberAction(admin, member.id, "promote");
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("ADMIN");
    await expect(applyMemberAction(admin, member.id, "promote")).rejects.toMatchObject({ status: 409 });
    await applyMemberAction(admin, member.id, "demote");
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("MEMBER");

    await expect(applyMemberAction(admin, admin.id, "suspend")).rejects.toMatchObject({ status: 409, message: "You cannot suspend yourself." });
    await expect(applyMemberAction(admin, admin.id, "demote")).rejects.toMatchObject({ status: 409 });
    await expect(applyMemberAction(admin, "clabcdefghijklmnopqrstuv", "promote")).rejects.toMatchObject({ status: 404 });
    expect(await auditFor("members.promote", member.id)).toHaveLength(1);
    expect(await auditFor("members.demote", member.id)).toHaveLength(1);
  });

  it("two admins demoting each other at the same moment leave one admin", async () => {
    const first = await createTestMember({ role: "ADMIN" });
    const second = await createTestMember({ role: "ADMIN" });

    const results = await Promise.allSettled([
      applyMemberAction(first, second.id, "demote"),
      applyMemberAction(second, first.id, "demote"),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { id: { in: [first.id, second.id] }, role: "ADMIN" } })).toBe(1);
  });
});

describe("settings and the allow-list", () => {
  it("updates settings and audits the change", async () => {
    await updateSettings(admin, { allowListEnabled: true, memberInviteAllowance: 7 });
    expect(await getSettings()).toMatchObject({ allowListEnabled: true, memberInviteAllowance: 7 });
    expect((await auditFor("settings.update")).at(-1)?.details).toEqual({ allowListEnabled: true, memberInviteAllowance: 7 });
  });

  it("adds values (skipping ones already listed) and removes them, audited", async () => {
    const input = addAllowListEntriesSchema.parse({ kind: "PHONE", values: ["+49 151 0000 0009", "+4915100000010"] });
    expect(await addAllowListEntries(admin, input)).toEqual({ added: 2, alreadyListed: 0 });
    expect(await addAllowListEntries(admin, input)).toEqual({ added: 0, alreadyListed: 2 });

    const entry = await db.allowListEntry.findUniqueOrThrow({ where: { kind_value: { kind: "PHONE", value: "+4915100000009" } } });
    await removeAllowListEntry(admin, entry.id);
    await expect(removeAllowListEntry(admin, entry.id)).rejects.toMatchObject({ status: 404 });
    expect(await auditFor("allow_list.remove", entry.id)).toHaveLength(1);
  });
});

describe("the waitlist", () => {
  it("keeps one entry per address and refuses members' addresses", async () => {
    const email = testEmail("waiting");
    expect(await joinWaitlist({ name: "Wanda", email, note: null })).toEqual({ outcome: "added" });
    expect(await joinWaitlist({ name: "Wanda again", email, note: "hi" })).toEqual({ outcome: "already_listed" });
    expect(await db.waitlistEntry.count({ where: { email } })).toBe(1);
    const member = await createTestMember();
    await expect(joinWaitlist({ name: "M", email: member.email!, note: null })).rejects.toMatchObject({ status: 409 });
    await db.waitlistEntry.deleteMany({ where: { email } });
  });

  it("invites someone: a single-use code, the entry marked, the audit log and an email with the link", async () => {
    const email = testEmail("invitee");
    await joinWaitlist({ name: "Ivy", email, note: null });
    const entry = await db.waitlistEntry.findUniqueOrThrow({ where: { email } });

    const invited = await inviteFromWaitlist(admin, entry.id, "http://localhost:3100");

    expect(invited.mailed).toBe(true);
    expect(invited.joinUrl).toBe(`http://localhost:3100/join?code=${invited.code}`);
    expect(await db.inviteCode.findUniqueOrThrow({ where: { code: invited.code } })).toMatchObject({ maxUses: 1, createdById: admin.id });
    expect(await db.waitlistEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ invitedById: admin.id });
    expect(await auditFor("waitlist.invite", entry.id)).toHaveLength(1);
    const mail = await mailTo(email);
    expect(mail.links).toContain(invited.joinUrl);
    await db.waitlistEntry.deleteMany({ where: { email } });
  });
});

describe("personal invites", () => {
  it("never exceed the allowance, even when created all at once", async () => {
    await updateSettings(admin, { memberInviteAllowance: 2 });
    const member = await createTestMember();

    const results = await Promise.allSettled(Array.from({ length: 6 }, () => createPersonalInvite(member)));

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(2);
    for (const result of results.filter((r) => r.status === "rejected")) expect(result.reason).toMatchObject({ status: 409 });
    const listed = await listPersonalInvites(member.id);
    expect(listed).toMatchObject({ allowance: 2, left: 0 });
  });

  it("give a place back when an unused code expires, and show who joined", async () => {
    await updateSettings(admin, { memberInviteAllowance: 1 });
    const member = await createTestMember({ name: "Inviter" });
    const invite = await createPersonalInvite(member);
    const email = testEmail("friend");
    await redeemInvite({ code: invite.code, email, phone: null });
    await trackByEmail([email]);
    const friend = await db.user.findUniqueOrThrow({ where: { email } });
    expect(friend.invitedById).toBe(member.id);

    await expect(createPersonalInvite(member)).rejects.toMatchObject({ status: 409 });
    await updateSettings(admin, { memberInviteAllowance: 2 });
    const second = await createPersonalInvite(member);
    await db.inviteCode.update({ where: { id: second.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const listed = await listPersonalInvites(member.id);
    expect(listed.left).toBe(1);
    expect(listed.invites.find((code) => code.id === invite.id)?.redemptions[0]?.user.id).toBe(friend.id);
  });

  it("are off when the allowance is 0", async () => {
    await updateSettings(admin, { memberInviteAllowance: 0 });
    await expect(createPersonalInvite(await createTestMember())).rejects.toMatchObject({ status: 403 });
  });
});

describe("profiles", () => {
  it("complete onboarding on the first save and keep phone numbers unique", async () => {
    const member = await createTestMember();
    await db.user.update({ where: { id: member.id }, data: { onboardedAt: null } });
    expect(await updateProfile(member.id, profileSchema.parse({ name: "Ada", headline: "CTO at Acme", bio: null, phone: "+4915100000077" }))).toEqual({ firstTime: true });
    expect(await updateProfile(member.id, profileSchema.parse({ name: "Ada L.", headline: null, bio: null, phone: null }))).toEqual({ firstTime: false });
    const other = await createTestMember();
    await updateProfile(other.id, profileSchema.parse({ name: "Other", headline: null, bio: null, phone: "+4915100000078" }));
    await expect(updateProfile(member.id, profileSchema.parse({ name: "Ada", headline: null, bio: null, phone: "+4915100000078" }))).rejects.toMatchObject({
      status: 409,
      message: "That phone number already belongs to another member.",
    });
  });
});
