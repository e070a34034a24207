import { randomInt, randomUUID } from "node:crypto";

import { expect, test } from "./fixtures";

/** A documentation-range address per test, so each test has its own per-IP budget. */
const someIp = () => `203.0.113.${randomInt(1, 255)}`;

test("redeeming codes: the sixth try for one address within 15 minutes gets a 429 with Retry-After", async ({ request }) => {
  const email = `guesser-${randomUUID()}@raise-hand.test`;
  const headers = { "x-forwarded-for": someIp() };
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const response = await request.post("/api/invites/redeem", { data: { code: "ZZZZ-ZZZZ-ZZZZ", email }, headers });
    expect(response.status(), `attempt ${attempt}`).toBe(404);
  }
  const refused = await request.post("/api/invites/redeem", { data: { code: "ZZZZ-ZZZZ-ZZZZ", email }, headers });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await refused.json()).error.message).toMatch(
    /^Too many invite codes were tried for this email address\. Try again in \d+ (minute|second)s?\.$/,
  );
});

test("redeeming codes: the 31st try from one network within 15 minutes gets a 429", async ({ request }) => {
  const headers = { "x-forwarded-for": "198.51.100.77" };
  const tries = Array.from({ length: 30 }, (_, i) =>
    request.post("/api/invites/redeem", { data: { code: "ZZZZ-ZZZZ-ZZZZ", email: `n${i}-${randomUUID()}@raise-hand.test` }, headers }),
  );
  expect((await Promise.all(tries)).map((response) => response.status())).toEqual(Array(30).fill(404));
  const refused = await request.post("/api/invites/redeem", {
    data: { code: "ZZZZ-ZZZZ-ZZZZ", email: `last-${randomUUID()}@raise-hand.test` },
    headers,
  });
  expect(refused.status()).toBe(429);
  expect((await refused.json()).error.message).toContain("Too many invite codes were tried from your network.");
});

test("magic links: Auth.js's own endpoint and the sign-in form share the per-address limit", async ({ page, playwright, baseURL, createMember }) => {
  const member = await createMember();
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": someIp() } });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const ask = () =>
    api.post("/api/auth/signin/nodemailer", { form: { email: member.email, csrfToken, callbackUrl: "/" }, maxRedirects: 0 });

  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const response = await ask();
    expect(response.status(), `attempt ${attempt}`).toBe(302);
    expect(response.headers().location).toContain("/verify-request");
  }
  const refused = await ask();
  expect(refused.status()).toBe(429);
  expect(refused.headers()["retry-after"]).toBeDefined();
  expect((await refused.json()).error.message).toContain("Too many sign-in links were requested for this email address.");
  await api.dispose();

  await page.goto("/signin");
  await page.getByLabel("Email").fill(member.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many sign-in links were requested" })).toBeVisible();
});
