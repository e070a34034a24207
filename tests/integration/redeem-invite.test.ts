import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { inviteRefusals, UNKNOWN_CODE_MESSAGE } from "@/lib/invites/status";
import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { redeemInvite } from "@/server/invites/redeem-invite";

import { cleanUp, createTestCode, createTestMember, resetSignUpSettings, testEmail, trackByEmail } from "./support";

let admin: Member;

beforeAll(async () => {
  admin = await createTestMember({ role: "ADMIN", name: "Inviting Admin" });
});

afterEach(resetSignUpSettings);

afterAll(async () => {
  await cleanUp();
  await db.$disconnect();
});

async function redeemConcurrently(code: string, people: number) {
  const emails = Array.from({ length: people }, () => testEmail("racer"));
  const results = await Promise.allSettled(emails.map((email) => redeemInvite({ code, email, phone: null })));
  await trackByEmail(emails);
  return { emails, results };
}

describe("concurrent redemptions", () => {
  it.each([
    [1, 1],
    [5, 5],
  ])("of a %i-use code by 100 people create exactly %i members", async (maxUses, members) => {
    const invite = await createTestCode(admin, { maxUses });

    const { emails, results } = await redeemConcurrently(invite.code, 100);

    const fulfilled = results.filter((result) => result.status === "fulfilled");
    expect(fulfilled).toHaveLength(members);
    for (const result of fulfilled) expect(result.value.outcome).toBe("created");
    for (const result of results.filter((r) => r.status === "rejected")) {
      expect(result.reason).toMatchObject({ status: 410, message: inviteRefusals.used_up });
    }
    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(members);
    expect(await db.inviteRedemption.count({ where: { codeId: invite.id } })).toBe(members);
    expect((await db.inviteCode.findUniqueOrThrow({ where: { id: invite.id } })).usedCount).toBe(members);
    const newcomers = await db.user.findMany({ where: { email: { in: emails } } });
    for (const newcomer of newcomers) expect(newcomer.invitedById).toBe(admin.id);
  });

  it("by one address at once create one member and use the code once", async () => {
    const invite = await createTestCode(admin, { maxUses: 5 });
    const email = testEmail("twin");

    const results = await Promise.all(Array.from({ length: 10 }, () => redeemInvite({ code: invite.code, email, phone: null })));
    await trackByEmail([email]);

    expect(results.filter((result) => result.outcome === "created")).toHaveLength(1);
    expect(new Set(results.map((result) => result.userId)).size).toBe(1);
    expect((await db.inviteCode.findUniqueOrThrow({ where: { id: invite.id } })).usedCount).toBe(1);
  });
});

describe("refusals", () => {
  const past = new Date(Date.now() - 60_000);

  it.each([
    ["an unknown code", async () => "ZZZZ-ZZZZ-ZZZZ", 404, UNKNOWN_CODE_MESSAGE],
    ["an expired code", async () => (await createTestCode(admin, { expiresAt: past })).code, 410, inviteRefusals.expired],
    ["a revoked code", async () => (await createTestCode(admin, { revokedAt: past })).code, 410, inviteRefusals.revoked],
    ["a used-up code", async () => (await createTestCode(admin, { maxUses: 2, usedCount: 2 })).code, 410, inviteRefusals.used_up],
  ])("refuse %s with its own message and create nothing", async (_name, makeCode, status, message) => {
    const code = await makeCode();
    const email = testEmail("refused");

    await expect(redeemInvite({ code, email, phone: null })).rejects.toMatchObject({ status, message });

    expect(await db.user.count({ where: { email } })).toBe(0);
    const invite = await db.inviteCode.findUnique({ where: { code } });
    if (invite) expect(await db.inviteRedemption.count({ where: { codeId: invite.id } })).toBe(0);
  });

  it("a code that expires at this instant is refused", async () => {
    const now = new Date();
    const invite = await createTestCode(admin, { expiresAt: now });
    await expect(redeemInvite({ code: invite.code, email: testEmail(), phone: null }, now)).rejects.toMatchObject({
      message: inviteRefusals.expired,
    });
  });
});

describe("an address that already belongs to a member", () => {
  it("uses nothing from the code", async () => {
    const member = await createTestMember();
    const invite = await createTestCode(admin, { maxUses: 1 });

    const redemption = await redeemInvite({ code: invite.code, email: member.email!, phone: null });

    expect(redemption).toEqual({ outcome: "existing", userId: member.id, needsProfile: false });
    expect((await db.inviteCode.findUniqueOrThrow({ where: { id: invite.id } })).usedCount).toBe(0);
  });
});

describe("the allow-list", () => {
  async function turnOn(entries: { kind: "EMAIL_DOMAIN" | "EMAIL" | "PHONE"; value: string }[]) {
    await db.settings.upsert({ where: { id: "singleton" }, create: { allowListEnabled: true }, update: { allowListEnabled: true } });
    await db.allowListEntry.createMany({ data: entries });
  }

  it("lets in a listed domain or address and refuses others, using nothing", async () => {
    await turnOn([
      { kind: "EMAIL_DOMAIN", value: "acme.test" },
      { kind: "EMAIL", value: "guest@elsewhere.test" },
    ]);
    const invite = await createTestCode(admin, { maxUses: 5 });
    const listed = [`ada-${Date.now()}@acme.test`, "guest@elsewhere.test"];

    for (const email of listed) {
      await expect(redeemInvite({ code: invite.code, email, phone: null })).resolves.toMatchObject({ outcome: "created" });
    }
    await trackByEmail(listed);
    const outsider = testEmail("outsider");
    await expect(redeemInvite({ code: invite.code, email: outsider, phone: null })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("not on its list"),
    });
    expect(await db.user.count({ where: { email: outsider } })).toBe(0);
    expect((await db.inviteCode.findUniqueOrThrow({ where: { id: invite.id } })).usedCount).toBe(2);
  });

  it("asks for the registered phone number when the list has phone numbers, and keeps it on the profile", async () => {
    await turnOn([{ kind: "PHONE", value: "+4915100000001" }]);
    const invite = await createTestCode(admin, { maxUses: 5 });

    await expect(redeemInvite({ code: invite.code, email: testEmail(), phone: null })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("needs the phone number your organisation registered"),
    });
    await expect(redeemInvite({ code: invite.code, email: testEmail(), phone: "+4915100000002" })).rejects.toMatchObject({
      status: 403,
    });

    const email = testEmail("phone");
    await redeemInvite({ code: invite.code, email, phone: "+4915100000001" });
    await trackByEmail([email]);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).phone).toBe("+4915100000001");

    // A number can belong to one member only.
    await expect(redeemInvite({ code: invite.code, email: testEmail(), phone: "+4915100000001" })).rejects.toMatchObject({
      status: 409,
      message: "That phone number already belongs to another member.",
    });
    expect((await db.inviteCode.findUniqueOrThrow({ where: { id: invite.id } })).usedCount).toBe(1);
  });
});
