import { randomUUID } from "node:crypto";

import type { Browser, Page } from "@playwright/test";
import { RoomServiceClient } from "livekit-server-sdk";

import { db, expect, measurePlayedAudio, measureTone, test, tryToPublish, type TestMember } from "./fixtures";

type SignIn = (context: import("@playwright/test").BrowserContext, member: TestMember) => Promise<void>;

async function pageFor(browser: Browser, signInAs: SignIn, member: TestMember): Promise<Page> {
  const context = await browser.newContext();
  await signInAs(context, member);
  return context.newPage();
}

const roomCard = (page: Page, title: string) =>
  page.getByRole("list", { name: "Live rooms" }).getByRole("listitem").filter({ hasText: title });

/** A listener walks in from the hallway: finds the room's card, follows its link, and connects. */
async function joinFromHallway(page: Page, title: string) {
  await page.goto("/");
  await roomCard(page, title).getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
}

async function expectTone(page: Page, who: string) {
  const heard = await measureTone(page);
  test.info().annotations.push({ type: `${who} measurement`, description: JSON.stringify(heard) });
  expect(heard.rms, `${who} should hear the host's tone, not silence`).toBeGreaterThan(0.05);
  expect(Math.abs(heard.peakHz - 440), `${who} heard a dominant ${heard.peakHz.toFixed(1)} Hz`).toBeLessThan(15);
}

test("a host opens a room and speaks, two listeners hear it from the hallway, and the host ends it for everyone", async ({
  browser,
  createMember,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const host = await createMember({ name: "Hana Host" });
  const ada = await createMember({ name: "Ada Listener" });
  const ben = await createMember({ name: "Ben Listener" });
  const olga = await createMember({ name: "Olga Onlooker" });
  const title = `Tone check ${randomUUID().slice(0, 8)}`;

  // The host opens the room through the UI and lands in it, on stage, with the fake microphone on.
  const hostPage = await pageFor(browser, signInAs, host);
  await hostPage.goto("/");
  await hostPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "New room" }).click();
  await hostPage.getByLabel("Title").fill(title);
  await hostPage.getByLabel(/Topic/).selectOption({ label: "Media" });
  await hostPage.getByLabel(/Description/).fill("Is the tone coming through?");
  await hostPage.getByRole("radio", { name: /Open/ }).check();
  await hostPage.getByRole("button", { name: "Start now" }).click();
  await expect(hostPage).toHaveURL(/\/rooms\/[a-z0-9]{20,32}$/);
  const roomId = new URL(hostPage.url()).pathname.split("/").pop()!;
  await expect(hostPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(hostPage.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
  await expect(hostPage.getByRole("region", { name: "On stage" })).toContainText("Hana Host (you)");
  await expect(hostPage.getByRole("button", { name: "Mute" })).toBeVisible();

  // Someone else watches the hallway (no reload from here on): the room appears with its host speaking.
  const onlooker = await pageFor(browser, signInAs, olga);
  await onlooker.goto("/");
  const card = roomCard(onlooker, title);
  await expect(card).toContainText("Hosted by Hana Host");
  await expect(card.getByRole("link", { name: "Media" })).toHaveAttribute("href", "/topics/media");
  await expect(card).toContainText("1 speaker, 0 listeners");

  // First listener: walks in from the hallway and hears the tone.
  const adaPage = await pageFor(browser, signInAs, ada);
  await joinFromHallway(adaPage, title);
  await expect(adaPage.getByRole("region", { name: "On stage" })).toContainText("Hana Host");
  await expect(adaPage.getByRole("region", { name: /Audience/ })).toContainText("Ada Listener (you)");
  await expect(adaPage.getByRole("button", { name: /Mute|Unmute/ })).toHaveCount(0);
  await expectTone(adaPage, "the first listener");

  // Second listener: first tries to publish with their own listener token (refused by LiveKit),
  // then walks in from the hallway and hears the tone too.
  const benPage = await pageFor(browser, signInAs, ben);
  const attempt = await tryToPublish(benPage.context(), roomId);
  expect(attempt.stageRole).toBe("LISTENER");
  expect(attempt.canPublish).toBe(false);
  expect(attempt.error, "publishing with a listener's token must be refused").not.toBeNull();
  expect(attempt.published).toBe(0);
  const liveKit = new RoomServiceClient(
    attempt.serverUrl.replace(/^ws/, "http"),
    process.env.LIVEKIT_API_KEY!,
    process.env.LIVEKIT_API_SECRET!,
  );
  test.info().annotations.push({ type: "self-promotion refused with", description: String(attempt.promoteError) });
  expect(attempt.promoteError, "a participant must not change its own stage role").not.toBeNull();
  const during = await liveKit.listParticipants(roomId);
  const benInLiveKit = during.find((p) => p.identity === ben.id);
  expect(benInLiveKit?.tracks, "LiveKit holds no track from the listener").toEqual([]);
  expect(benInLiveKit?.attributes).toEqual({ stageRole: "LISTENER" });
  expect(benInLiveKit?.permission).toMatchObject({ canPublish: false, canPublishData: false, canUpdateMetadata: false });
  await attempt.page.close();

  await joinFromHallway(benPage, title);
  await expect(benPage.getByRole("region", { name: /Audience/ })).toContainText("Ben Listener (you)");
  await expectTone(benPage, "the second listener");
  await expectTone(adaPage, "the first listener, again");

  // The hallway caught up by itself: one speaker (the host) and two listeners.
  await expect(card).toContainText("1 speaker, 2 listeners");
  await expect(adaPage.getByRole("region", { name: /Audience/ })).toContainText("Ben Listener");
  await expect(hostPage.getByRole("heading", { name: "Audience (2)" })).toBeVisible();

  // The host mutes: listeners see it on stage and hear silence; unmuted, the tone is back.
  await hostPage.getByRole("button", { name: "Mute" }).click();
  const hostOnAdasStage = adaPage.getByRole("region", { name: "On stage" }).getByRole("listitem").filter({ hasText: "Hana Host" });
  await expect(hostOnAdasStage).toContainText("Muted");
  await expect.poll(async () => (await measurePlayedAudio(adaPage, 500)).rms, { message: "silence while muted" }).toBeLessThan(0.01);
  await hostPage.getByRole("button", { name: "Unmute" }).click();
  await expect(hostOnAdasStage).not.toContainText("Muted");
  await expectTone(adaPage, "the first listener, after the unmute");

  // The host shares the room's address.
  await hostPage.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await hostPage.getByRole("button", { name: "Share link" }).click();
  await expect(hostPage.getByRole("status").filter({ hasText: "Link copied." })).toBeAttached();
  expect(await hostPage.evaluate(() => navigator.clipboard.readText())).toBe(hostPage.url());

  // The host ends the room: everyone is sent back to the hallway, which says it ended.
  await hostPage.getByRole("button", { name: "End room" }).click();
  await hostPage.getByRole("button", { name: "End for everyone" }).click();
  for (const page of [adaPage, benPage, hostPage]) {
    await expect(page).toHaveURL(/\/\?ended=/);
    await expect(page.getByRole("heading", { name: "Hallway" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: `The room “${title}” has ended.` })).toBeVisible();
  }
  await expect(card).toHaveCount(0);
  expect(await db.room.findUniqueOrThrow({ where: { id: roomId } })).toMatchObject({ status: "ENDED" });

  // An ended room cannot be joined.
  const again = await adaPage.context().request.post(`/api/rooms/${roomId}/token`);
  expect(again.status()).toBe(410);
  await adaPage.goto(`/rooms/${roomId}`);
  await expect(adaPage.getByRole("status")).toContainText("This room has ended.");
  expect(await liveKit.listRooms([roomId])).toEqual([]);

  for (const page of [hostPage, onlooker, adaPage, benPage]) await page.context().close();
});

test("the new-room form says what is wrong and keeps what was typed", async ({ page, createMember, signInAs }) => {
  await signInAs(page.context(), await createMember({ name: "Fay Form" }));
  await page.goto("/rooms/new");
  await page.getByLabel("Title").fill("<b>Loud</b>");
  await page.getByLabel(/Topic/).selectOption({ label: "Design" });
  await page.getByRole("radio", { name: /Closed/ }).check();
  await page.getByLabel("Invite members").fill("nobody-at-all");
  await page.getByRole("button", { name: "Start now" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Check the fields marked below." })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveAccessibleDescription("The title cannot contain HTML.");
  await expect(page.getByLabel("Title")).toHaveValue("<b>Loud</b>");
  await expect(page.getByLabel(/Topic/)).toHaveValue("design");
  await expect(page.getByLabel("Invite members")).toHaveAccessibleDescription(/Each invitee must be an email address\./);
  await expect(page).toHaveURL(/\/rooms\/new$/);
});

test("the hallway keeps its list and says so when a refresh fails, and recovers by itself", async ({
  page,
  createMember,
  signInAs,
  createLiveRoom,
}) => {
  const host = await createMember({ name: "Rhea Refresh" });
  const room = await createLiveRoom(host);
  await signInAs(page.context(), await createMember({ name: "Vic Viewer" }));
  await page.goto("/");
  await expect(roomCard(page, room.title)).toBeVisible();

  await page.route("**/api/rooms/live", (route) => route.fulfill({ status: 503, body: "" }));
  await expect(page.getByRole("alert").filter({ hasText: "Could not refresh the hallway" })).toBeVisible();
  await expect(roomCard(page, room.title)).toBeVisible();

  await page.unroute("**/api/rooms/live");
  await expect(page.getByRole("alert").filter({ hasText: "Could not refresh the hallway" })).toHaveCount(0);
  await expect(roomCard(page, room.title)).toBeVisible();
});

test("the hallway says when no room is live, and a room nobody may see is not listed", async ({ page, createMember, signInAs, createLiveRoom }) => {
  const host = await createMember({ name: "Hidden Host" });
  const outsider = await createMember({ name: "Otto Outsider" });
  const closed = await createLiveRoom(host, [], { visibility: "CLOSED" });
  const followers = await createLiveRoom(host, [], { visibility: "FOLLOWERS" });
  await signInAs(page.context(), outsider);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Live now" })).toBeVisible();
  await expect(page.getByText(closed.title)).toHaveCount(0);
  await expect(page.getByText(followers.title)).toHaveCount(0);

  // With every live room ended, the hallway shows its empty state.
  await db.room.updateMany({ where: { status: "LIVE" }, data: { status: "ENDED", endedAt: new Date() } });
  await page.reload();
  await expect(page.getByText("No rooms are live right now.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Start a room" }).first()).toBeVisible();
});

test("opening the room in a second window takes over; the first one says so and can reconnect", async ({
  browser,
  createMember,
  signInAs,
  createLiveRoom,
}) => {
  const host = await createMember({ name: "Hana Host" });
  const room = await createLiveRoom(host);
  const context = await browser.newContext();
  await signInAs(context, host);
  const first = await context.newPage();
  await first.goto(`/rooms/${room.id}`);
  await expect(first.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");

  const second = await context.newPage();
  await second.goto(`/rooms/${room.id}`);
  await expect(second.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
  await expect(first.getByRole("status").filter({ hasText: "You joined this room from another window or device" })).toBeVisible();

  await second.close();
  await first.getByRole("button", { name: "Reconnect" }).click();
  await expect(first.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
  await expect(first.getByRole("region", { name: "On stage" })).toContainText("Hana Host (you)");
  await context.close();
});

test("the room page brings its token: the member connects from the hallway without a token request", async ({
  page,
  createMember,
  signInAs,
  createLiveRoom,
}) => {
  const host = await createMember({ name: "Token Host" });
  const listener = await createMember({ name: "Lia Listener" });
  const room = await createLiveRoom(host);
  await signInAs(page.context(), listener);
  const tokenRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/token")) tokenRequests.push(request.url());
  });

  await page.goto("/");
  await roomCard(page, room.title).getByRole("link", { name: room.title }).click();
  await expect(page.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
  await expect(db.roomMember.findUnique({ where: { roomId_userId: { roomId: room.id, userId: listener.id } } })).resolves.toMatchObject({
    stageRole: "LISTENER",
  });
  expect(tokenRequests).toEqual([]);
});
