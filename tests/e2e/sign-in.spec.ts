import { expect, test, waitForMail } from "./fixtures";

test("a member signs in with the magic link from the local mail sink", async ({ page, createMember }) => {
  const member = await createMember({ name: "Mia Member" });

  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(member.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const mail = await waitForMail(member.email);
  const link = mail.links.find((href) => href.includes("/api/auth/callback/nodemailer"));
  expect(link, `sign-in link in: ${mail.text}`).toBeDefined();

  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "Hallway" })).toBeVisible();

  // The link works once.
  await page.context().clearCookies();
  await page.goto(link!);
  await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();
});

test("an address that is not a member's gets no link and a clear message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("stranger@raise-hand.test");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "invite-only" })).toBeVisible();
});

test("a page that needs a member sends the visitor to sign in and back", async ({ page }) => {
  await page.goto("/rooms/clabcdefghijklmnopqrstuv");
  await expect(page).toHaveURL(/\/signin\?redirectTo=%2Frooms%2Fclabcdefghijklmnopqrstuv$/);
});
