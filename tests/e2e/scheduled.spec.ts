import { randomUUID } from "node:crypto";

import type { Browser, BrowserContextOptions, Page } from "@playwright/test";

import { db, expect, test, waitForMail, type TestMember } from "./fixtures";

type SignIn = (context: import("@playwright/test").BrowserContext, member: TestMember) => Promise<void>;

async function pageFor(browser: Browser, signInAs: SignIn, member: TestMember, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  await signInAs(context, member);
  return context.newPage();
}

/** The value a `datetime-local` input shows for an instant in a time zone ("2026-11-29T14:00"). */
function localInputValue(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

test("a host schedules a room with a co-host; a member RSVPs; when the host starts it the member is notified in-app and by mail, and the co-host joins as moderator", async ({
  browser,
  createMember,
  signInAs,
}) => {
  test.setTimeout(150_000);
  const host = await createMember({ name: "Hana Host" });
  const coHost = await createMember({ name: "Cory Cohost" });
  const member = await createMember({ name: "Mia Member" });
  // Co-hosts are picked among the members the host follows.
  await db.follow.create({ data: { followerId: host.id, followingId: coHost.id } });
  const title = `Scheduled ${randomUUID().slice(0, 8)}`;
  // Two days ahead, on the hour.
  const startsAt = new Date(Math.ceil((Date.now() + 2 * 24 * 60 * 60 * 1000) / 3_600_000) * 3_600_000);

  // The host, in New York, schedules the room in their own time zone.
  const hostPage = await pageFor(browser, signInAs, host, { timezoneId: "America/New_York", locale: "en-US" });
  await hostPage.goto("/rooms/new");
  await hostPage.getByLabel("Title").fill(title);
  await hostPage.getByLabel(/^Topic/).selectOption("startups");
  await hostPage.getByLabel(/^Description/).fill("Prices, in public.");
  await hostPage.getByRole("radio", { name: "Schedule for later" }).check();
  await expect(hostPage.getByText("In your time zone (America/New_York)")).toBeVisible();
  await hostPage.getByLabel("Date and time").fill(localInputValue(startsAt, "America/New_York"));
  await hostPage.getByRole("checkbox", { name: "Cory Cohost" }).check();
  await hostPage.getByRole("button", { name: "Schedule room" }).click();
  await expect(hostPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const roomId = new URL(hostPage.url()).pathname.split("/").pop()!;
  const starts = hostPage.getByRole("heading", { name: /^Starts/ }).locator("time");
  await expect(starts).toHaveAttribute("datetime", startsAt.toISOString());
  await expect(starts).toContainText(/E[SD]T/);
  await expect(hostPage.getByText("Co-hosts: Cory Cohost")).toBeVisible();
  const room = await db.room.findUniqueOrThrow({ where: { id: roomId }, select: { status: true, scheduledFor: true } });
  expect(room).toEqual({ status: "SCHEDULED", scheduledFor: startsAt });

  // A member in Tokyo sees it under Upcoming in the hallway, in their own time zone, and RSVPs.
  const memberPage = await pageFor(browser, signInAs, member, { timezoneId: "Asia/Tokyo", locale: "en-GB" });
  await memberPage.goto("/");
  const upcoming = memberPage.getByRole("list", { name: "Upcoming rooms" }).getByRole("listitem").filter({ hasText: title });
  const tokyoTime = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Tokyo" }).format(startsAt);
  await expect(upcoming.locator("time")).toContainText(tokyoTime);
  await expect(upcoming.locator("time")).toContainText("GMT+9");
  await expect(upcoming).toContainText("Hosted by Hana Host, Cory Cohost");
  await upcoming.getByRole("button", { name: `Notify me when ${title} starts` }).click();
  await expect(upcoming.getByRole("button", { name: `Cancel reminder for ${title}` })).toBeVisible();
  await expect(upcoming).toContainText("1 member will be notified");

  // The topic page and search list it as upcoming too.
  await memberPage.goto("/topics/startups");
  await expect(memberPage.getByRole("list", { name: /^Upcoming rooms on/ })).toContainText(title);
  await memberPage.goto(`/search?q=${encodeURIComponent(title)}`);
  await expect(memberPage.getByRole("list", { name: "Matching upcoming rooms" })).toContainText(title);

  // The room's page: the RSVP, and a calendar file for it.
  await memberPage.getByRole("link", { name: title }).click();
  await expect(memberPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(memberPage.getByRole("button", { name: "Cancel reminder" })).toBeVisible();
  await expect(memberPage.getByRole("heading", { name: /^Starts/ })).toContainText(tokyoTime);
  const download = memberPage.waitForEvent("download");
  await memberPage.getByRole("link", { name: "Add to calendar (.ics)" }).click();
  const ics = await (await download).createReadStream().then(async (stream) => {
    let text = "";
    for await (const chunk of stream) text += String(chunk);
    return text;
  });
  const stamp = startsAt.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  expect(ics).toContain(`DTSTART:${stamp}\r\n`);
  expect(ics).toContain(`/rooms/${roomId}\r\n`);
  expect(await db.notification.count({ where: { userId: member.id } })).toBe(0);

  // The host starts it early and is in the live room, on stage.
  await hostPage.getByRole("button", { name: "Start now" }).click();
  await expect(hostPage.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
  await expect(hostPage.getByRole("region", { name: "On stage" })).toContainText("Hana Host (you)");

  // The member: one unread notification, which names the room and opens it; and a reminder email.
  await memberPage.goto("/");
  const bell = memberPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications, 1 unread" });
  await expect(bell).toBeVisible();
  await bell.click();
  const notification = memberPage.getByRole("link", { name: `Hana Host started a room you asked to hear about: ${title}` });
  await expect(notification).toBeVisible();
  const mail = await waitForMail(member.email);
  expect(mail.subject).toBe(`Starting now: ${title}`);
  expect(mail.links.some((link) => link.endsWith(`/rooms/${roomId}`))).toBe(true);
  await notification.click();
  await expect(memberPage.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");

  // The co-host is told (in-app and by mail) and joins from the notification as a moderator: on
  // stage with the badge, with the moderators' controls.
  const coHostPage = await pageFor(browser, signInAs, coHost);
  await coHostPage.goto("/notifications");
  const coHostMail = await waitForMail(coHost.email);
  expect(coHostMail.links.some((link) => link.endsWith(`/rooms/${roomId}`))).toBe(true);
  await coHostPage.getByRole("link", { name: `Hana Host started a room you are hosting: ${title}` }).click();
  await expect(coHostPage.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
  const me = coHostPage.getByRole("region", { name: "On stage" }).getByRole("listitem").filter({ hasText: "Cory Cohost (you)" });
  await expect(me).toContainText("Moderator");
  await expect(coHostPage.getByRole("heading", { name: "Raised hands (0)" })).toBeVisible();
  await expect(coHostPage.getByRole("button", { name: "End room" })).toBeVisible();
  await expect(memberPage.getByRole("region", { name: "On stage" })).toContainText("Cory Cohost");

  for (const page of [hostPage, memberPage, coHostPage]) await page.context().close();
});

test("scheduling refuses a time in the past and names the problem; RSVP, start, cancel and .ics need a session", async ({
  page,
  createMember,
  signInAs,
}) => {
  const host = await createMember({ name: "Past Host" });
  const roomId = "clabcdefghijklmnopqrstuv";
  expect((await page.request.post(`/api/rooms/${roomId}/rsvp`)).status()).toBe(401);
  expect((await page.request.post(`/api/rooms/${roomId}/start`)).status()).toBe(401);
  expect((await page.request.post(`/api/rooms/${roomId}/cancel`)).status()).toBe(401);
  expect((await page.request.get(`/rooms/${roomId}/calendar.ics`)).status()).toBe(401);

  await signInAs(page.context(), host);
  expect((await page.request.post(`/api/rooms/${roomId}/rsvp`)).status()).toBe(404);
  expect((await page.request.post("/api/rooms/not-a-room/start")).status()).toBe(422);
  await page.goto("/rooms/new?when=later");
  await page.getByLabel("Title").fill("Yesterday's news");
  await page.getByLabel("Date and time").fill("2020-01-01T10:00");
  await page.getByRole("button", { name: "Schedule room" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Check the fields marked below." })).toBeVisible();
  await expect(page.getByLabel("Date and time")).toHaveAccessibleDescription(/Choose a start time in the future\./);
  await expect(page.getByLabel("Date and time")).toHaveValue("2020-01-01T10:00");
  await expect(page.getByLabel("Title")).toHaveValue("Yesterday's news");
  expect(await db.room.count({ where: { createdById: host.id } })).toBe(0);
});

test("a member watching the hallway sees a scheduled room move from Upcoming to Live rooms when it starts", async ({
  browser,
  createMember,
  signInAs,
}) => {
  const host = await createMember({ name: "Hana Host" });
  const member = await createMember({ name: "Wes Watcher" });
  const title = `Starting soon ${randomUUID().slice(0, 8)}`;
  const room = await db.room.create({
    data: { title, status: "SCHEDULED", scheduledFor: new Date(Date.now() + 60 * 60 * 1000), createdById: host.id },
  });
  const memberPage = await pageFor(browser, signInAs, member);
  await memberPage.goto("/");
  const upcoming = memberPage.getByRole("list", { name: "Upcoming rooms" }).getByRole("link", { name: title });
  const live = memberPage.getByRole("list", { name: "Live rooms" }).getByRole("link", { name: title });
  await expect(upcoming).toBeVisible();
  await expect(live).toHaveCount(0);

  const hostPage = await pageFor(browser, signInAs, host);
  expect((await hostPage.request.post(`/api/rooms/${room.id}/start`)).status()).toBe(200);

  // Without a reload: the live list's next refresh (every 4 s) brings it, and the page re-renders.
  await expect(live).toBeVisible({ timeout: 15_000 });
  await expect(upcoming).toHaveCount(0, { timeout: 15_000 });
  for (const page of [memberPage, hostPage]) await page.context().close();
});
