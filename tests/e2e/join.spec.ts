import { randomUUID } from "node:crypto";

import { generateInviteCode } from "../../src/lib/invites/code";
import { db, expect, test, waitForMail } from "./fixtures";

const CODE = /[23456789A-HJ-NP-Z]{4}-[23456789A-HJ-NP-Z]{4}-[23456789A-HJ-NP-Z]{4}/;

test("an admin creates a code in the console; a newcomer redeems it, signs in from the mail, completes the profile and lands in the hallway", async ({
  browser,
  page,
  createMember,
  signInAs,
}) => {
  const admin = await createMember({ name: "Ada Admin", role: "ADMIN" });
  const adminContext = await browser.newContext();
  await signInAs(adminContext, admin);
  const consolePage = await adminContext.newPage();

  await consolePage.goto("/");
  await consolePage.getByRole("link", { name: "Admin", exact: true }).click();
  await consolePage.getByRole("navigation", { name: "Admin console" }).getByRole("link", { name: "Invites", exact: true }).click();
  const form = consolePage.getByRole("form", { name: "Create invite codes" });
  await form.getByLabel("Number of codes").fill("1");
  await form.getByLabel("Uses per code").fill("1");
  await form.getByLabel("Note (who it is for; optional)").fill("For Nora");
  await form.getByRole("button", { name: "Create codes" }).click();
  const created = consolePage.getByRole("list", { name: "New invite codes" }).getByRole("listitem");
  await expect(created).toHaveCount(1);
  const code = (await created.textContent())!.match(CODE)![0];

  // The newcomer types the code in lower case without dashes: codes are case-insensitive.
  const email = `nora-${randomUUID()}@raise-hand.test`;
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Join" }).click();
  await page.getByLabel("Invite code").fill(code.replaceAll("-", "").toLowerCase());
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Join and email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const mail = await waitForMail(email);
  const link = mail.links.find((href) => href.includes("/api/auth/callback/nodemailer"));
  expect(link, `sign-in link in: ${mail.text}`).toBeDefined();
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "Create your profile" })).toBeVisible();
  await page.getByLabel("Name").fill("Nora Newcomer");
  await page.getByLabel("Headline (optional)").fill("Head of Research at Acme");
  const handle = `nora_${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Handle (optional)").fill(handle.toUpperCase());
  // Interests are asked for on the same form, with the same checkboxes as on /profile.
  const interests = page.getByRole("group", { name: "Your interests" });
  await interests.getByRole("checkbox", { name: "Climate" }).check();
  await interests.getByRole("checkbox", { name: "Design" }).check();
  await page.getByRole("button", { name: "Save and go to the hallway" }).click();
  await expect(page.getByRole("heading", { name: "Hallway" })).toBeVisible();
  const nora = await db.user.findUniqueOrThrow({ where: { email }, select: { handle: true, interests: { select: { topicSlug: true } } } });
  expect(nora.handle).toBe(handle);
  expect(nora.interests.map((interest) => interest.topicSlug).sort()).toEqual(["climate", "design"]);

  // The consolePage shows the code used up, by Nora; her profile says who invited her.
  await consolePage.reload();
  const row = consolePage.getByRole("row").filter({ has: consolePage.getByRole("rowheader", { name: code }) });
  await expect(row.getByText("Used up")).toBeVisible();
  await row.getByRole("link", { name: "Nora Newcomer" }).click();
  await expect(consolePage.getByRole("heading", { name: "Nora Newcomer" })).toBeVisible();
  await expect(consolePage).toHaveURL(new RegExp(`/members/${handle}$`));
  await expect(consolePage.getByText("Head of Research at Acme")).toBeVisible();
  await expect(consolePage.getByRole("link", { name: "Ada Admin" })).toBeVisible();
  await adminContext.close();
});

test("a wrong, used-up or malformed code gets a clear message and creates nothing", async ({ page, createMember }) => {
  const admin = await createMember({ role: "ADMIN" });
  const usedUp = await db.inviteCode.create({
    data: { code: generateInviteCode(), maxUses: 1, usedCount: 1, createdById: admin.id },
  });
  const email = `nobody-${randomUUID()}@raise-hand.test`;

  await page.goto("/join");
  await page.getByLabel("Email").fill(email);
  const join = page.getByRole("button", { name: "Join and email me a sign-in link" });
  for (const [code, message] of [
    ["ZZZZ-ZZZZ-ZZZZ", "We don't know that invite code"],
    [usedUp.code, "This invite code has been used up"],
    ["<script>alert(1)</script>", "That is not an invite code"],
  ] as const) {
    await page.getByLabel("Invite code").fill(code);
    await join.click();
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  }
  await page.getByLabel("Invite code").fill(usedUp.code);
  await page.getByLabel("Email").fill("<script>@raise-hand.test");
  await join.click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter a valid email address." })).toBeVisible();
  expect(await db.user.count({ where: { email } })).toBe(0);
});

test("someone without a code joins the waitlist; an admin invites them and the mail opens sign-up with the code", async ({
  browser,
  page,
  createMember,
  signInAs,
}) => {
  const email = `wendy-${randomUUID()}@raise-hand.test`;
  const name = `Wendy ${randomUUID().slice(0, 6)}`;
  await page.goto("/join");
  await page.getByRole("link", { name: "Join the waitlist" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("What brings you here? (optional)").fill("Audio rooms for our design team");
  await page.getByRole("button", { name: "Join the waitlist" }).click();
  await expect(page.getByRole("status")).toContainText("You are on the waitlist");

  const admin = await createMember({ role: "ADMIN" });
  const adminContext = await browser.newContext();
  await signInAs(adminContext, admin);
  const consolePage = await adminContext.newPage();
  await consolePage.goto("/admin/waitlist");
  await consolePage.getByRole("button", { name: `Invite ${name}` }).click();
  await expect(consolePage.getByRole("button", { name: `Invite again ${name}` })).toBeVisible();

  const mail = await waitForMail(email);
  const link = mail.links.find((href) => href.includes("/join?code="));
  expect(link, `join link in: ${mail.text}`).toBeDefined();
  await page.goto(link!);
  await expect(page.getByLabel("Invite code")).toHaveValue(new URL(link!).searchParams.get("code")!);
  await adminContext.close();
});

test("a member creates a personal invite code and sees who joined with it", async ({ browser, request, createMember, signInAs }) => {
  const member = await createMember({ name: "Paul Personal" });
  const context = await browser.newContext();
  await signInAs(context, member);
  const page = await context.newPage();

  await page.goto("/");
  await page.getByRole("link", { name: "Invites", exact: true }).click();
  await page.getByRole("button", { name: "Create an invite code" }).click();
  const codes = page.getByRole("list", { name: "Your invite codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(1);
  const code = (await codes.textContent())!.match(CODE)![0];

  const friend = `friend-${randomUUID()}@raise-hand.test`;
  const redeemed = await request.post("/api/invites/redeem", {
    data: { code, email: friend },
    headers: { "x-forwarded-for": "192.0.2.10" },
  });
  expect(redeemed.status()).toBe(201);
  await page.reload();
  await expect(codes.first()).toContainText(`Joined: ${friend}`);
  expect((await db.user.findUniqueOrThrow({ where: { email: friend } })).invitedById).toBe(member.id);
  await context.close();
});

test("a suspended member is signed out at once and cannot get a sign-in link", async ({ browser, page, createMember, signInAs }) => {
  const member = await createMember({ name: `Sam ${randomUUID().slice(0, 6)}` });
  const memberContext = await browser.newContext();
  await signInAs(memberContext, member);
  const memberPage = await memberContext.newPage();
  await memberPage.goto("/");
  await expect(memberPage.getByRole("button", { name: "Sign out" })).toBeVisible();

  const admin = await createMember({ role: "ADMIN" });
  const adminContext = await browser.newContext();
  await signInAs(adminContext, admin);
  const consolePage = await adminContext.newPage();
  await consolePage.goto(`/admin/members?q=${encodeURIComponent(member.email)}`);
  consolePage.on("dialog", (dialog) => void dialog.accept());
  await consolePage.getByRole("button", { name: `Suspend ${member.name}` }).click();
  await expect(consolePage.getByRole("button", { name: `Unsuspend ${member.name}` })).toBeVisible();

  await memberPage.reload();
  await expect(memberPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await db.session.count({ where: { userId: member.id } })).toBe(0);

  await page.goto("/signin");
  await page.getByLabel("Email").fill(member.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This account is suspended" })).toBeVisible();
  await memberContext.close();
  await adminContext.close();
});

test("the admin console is not there for members and asks visitors to sign in", async ({ browser, page, createMember, signInAs }) => {
  await page.goto("/admin/invites");
  await expect(page).toHaveURL(/\/signin\?redirectTo=%2Fadmin%2Finvites$/);

  const context = await browser.newContext();
  await signInAs(context, await createMember());
  const memberPage = await context.newPage();
  const response = await memberPage.goto("/admin/members");
  expect(response?.status()).toBe(404);
  await expect(memberPage.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  await context.close();
});
