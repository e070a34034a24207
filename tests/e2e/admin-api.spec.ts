import { adminCalls, adminRoutesOnDisk } from "./admin-endpoints";
import { db, expect, test } from "./fixtures";

async function sideEffects() {
  const [codes, audit, allowList, settings, topics] = await Promise.all([
    db.inviteCode.count(),
    db.auditLog.count(),
    db.allowListEntry.count(),
    db.settings.findUnique({ where: { id: "singleton" } }),
    db.topic.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true, archivedAt: true } }),
  ]);
  return { codes, audit, allowList, allowance: settings?.memberInviteAllowance ?? null, topics };
}

test("the table below covers every admin route handler", async () => {
  expect(adminCalls.map((call) => call.route).sort()).toEqual(await adminRoutesOnDisk());
});

test.describe("every admin endpoint", () => {
  for (const call of adminCalls) {
    test(`${call.route} refuses visitors (401) and members (403) and changes nothing`, async ({
      request,
      browser,
      createMember,
      signInAs,
    }) => {
      const before = await sideEffects();

      const anonymous = await request.fetch(call.path, { method: call.method, data: call.data });
      expect(anonymous.status()).toBe(401);
      expect((await anonymous.json()).error.message).toBe("Sign in first.");

      const context = await browser.newContext();
      await signInAs(context, await createMember());
      const member = await context.request.fetch(call.path, { method: call.method, data: call.data });
      expect(member.status()).toBe(403);
      expect((await member.json()).error.message).toBe("Admins only.");
      await context.close();

      expect(await sideEffects()).toEqual(before);
    });
  }
});

test("an admin gets through the same guard", async ({ browser, createMember, signInAs }) => {
  const context = await browser.newContext();
  await signInAs(context, await createMember({ role: "ADMIN" }));
  const exported = await context.request.get("/api/admin/invites/export");
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await exported.text()).split("\r\n")[0]).toMatch(/^code,join_url,status,/);
  await context.close();
});
