import { randomUUID } from "node:crypto";

import type { Browser, Page } from "@playwright/test";

import { expect, test, type TestMember } from "./fixtures";

type SignIn = (context: import("@playwright/test").BrowserContext, member: TestMember) => Promise<void>;

async function pageFor(browser: Browser, signInAs: SignIn, member: TestMember): Promise<Page> {
  const context = await browser.newContext();
  await signInAs(context, member);
  return context.newPage();
}

test("member A follows B; B starts a room; A sees a notification and B's room first in the hallway, and opens it from the notification", async ({
  browser,
  createMember,
  signInAs,
  createLiveRoom,
}) => {
  test.setTimeout(120_000);
  const ada = await createMember({ name: "Ada Follower" });
  const bea = await createMember({ name: "Bea Broadcaster" });
  const cal = await createMember({ name: "Cal Crowd" });
  const title = `Bea live ${randomUUID().slice(0, 8)}`;

  // Another live room, opened before Bea's, so Bea's is first for the follow, not by age.
  await createLiveRoom(cal);

  // A follows B from B's profile page.
  const adaPage = await pageFor(browser, signInAs, ada);
  await adaPage.goto(`/members/${bea.id}`);
  await adaPage.getByRole("button", { name: "Follow Bea Broadcaster" }).click();
  await expect(adaPage.getByRole("button", { name: "Unfollow Bea Broadcaster" })).toBeVisible();
  await expect(adaPage.getByRole("region", { name: "Followers (1)" })).toContainText("Ada Follower");
  await expect(adaPage.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();

  // B starts a room through the form.
  const beaPage = await pageFor(browser, signInAs, bea);
  await beaPage.goto("/rooms/new");
  await beaPage.getByLabel("Title").fill(title);
  await beaPage.getByRole("radio", { name: /Open/ }).check();
  await beaPage.getByRole("button", { name: "Start now" }).click();
  await expect(beaPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const roomPath = new URL(beaPage.url()).pathname;

  // A: one unread notification in the header, and B's room first in the hallway.
  await adaPage.goto("/");
  const liveRooms = adaPage.getByRole("list", { name: "Live rooms" }).getByRole("listitem");
  await expect(liveRooms.first()).toContainText(title);
  await expect(liveRooms.first()).toContainText("Hosted by Bea Broadcaster");
  const bell = adaPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications, 1 unread" });
  await expect(bell).toBeVisible();

  // A opens the notification centre: the notification is there, and the unread count clears.
  await bell.click();
  await expect(adaPage.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const notification = adaPage.getByRole("link", { name: `Bea Broadcaster is live: ${title}` });
  await expect(notification).toBeVisible();
  await expect(adaPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications", exact: true })).toBeVisible();

  // A opens the room from the notification and connects.
  await notification.click();
  await expect(adaPage).toHaveURL(new RegExp(`${roomPath}$`));
  await expect(adaPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(adaPage.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
  await expect(adaPage.getByRole("region", { name: /Audience/ })).toContainText("Ada Follower (you)");

  await adaPage.context().close();
  await beaPage.context().close();
});

test("following and pinging need a session and a real member; nobody follows themselves", async ({
  page,
  createMember,
  signInAs,
  createLiveRoom,
}) => {
  const ada = await createMember({ name: "Ada" });
  const room = await createLiveRoom(ada);
  expect((await page.request.post(`/api/members/${ada.id}/follow`)).status()).toBe(401);
  expect((await page.request.post(`/api/rooms/${room.id}/ping`, { data: { memberId: ada.id } })).status()).toBe(401);
  await signInAs(page.context(), ada);
  const self = await page.request.post(`/api/members/${ada.id}/follow`);
  expect(self.status()).toBe(422);
  expect((await page.request.post("/api/members/clabcdefghijklmnopqrstuv/follow")).status()).toBe(404);
  expect((await page.request.post("/api/members/not-an-id/follow")).status()).toBe(422);
  expect((await page.request.post("/api/notifications/read", { data: { until: "yesterday" } })).status()).toBe(422);
  expect((await page.request.post(`/api/rooms/${room.id}/ping`, { data: { memberId: "<script>" } })).status()).toBe(422);
  expect((await page.request.post(`/api/rooms/${room.id}/ping`, { data: { memberId: ada.id } })).status()).toBe(422);
  expect((await page.request.post(`/api/rooms/${room.id}/ping`, { data: "[" })).status()).toBe(400);
});

test("a host pings a member into their room from the member's profile; the member opens it from the notification", async ({
  browser,
  createMember,
  signInAs,
  createLiveRoom,
}) => {
  const host = await createMember({ name: "Pia Pinger" });
  const guest = await createMember({ name: "Gus Guest" });
  const room = await createLiveRoom(host);

  const hostPage = await pageFor(browser, signInAs, host);
  await hostPage.goto(`/members/${guest.id}`);
  await hostPage.getByRole("button", { name: `Ping into “${room.title}”` }).click();
  await expect(hostPage.getByRole("status").filter({ hasText: "Pinged Gus Guest." })).toBeVisible();

  const guestPage = await pageFor(browser, signInAs, guest);
  await guestPage.goto("/");
  await guestPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications, 1 unread" }).click();
  await guestPage.getByRole("link", { name: `Pia Pinger pinged you into a room: ${room.title}` }).click();
  await expect(guestPage.getByRole("heading", { level: 1, name: room.title })).toBeVisible();

  await hostPage.context().close();
  await guestPage.context().close();
});
