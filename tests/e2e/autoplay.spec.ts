import { expect, measureTone, test } from "./fixtures";

test("when the browser blocks autoplay, a Start audio button appears and one tap plays the room", async ({
  browser,
  createMember,
  signInAs,
  createLiveRoom,
}) => {
  const host = await createMember({ name: "Hana Host" });
  const listener = await createMember({ name: "Lee Listener" });
  const room = await createLiveRoom(host);
  const hostContext = await browser.newContext();
  await signInAs(hostContext, host);
  const hostPage = await hostContext.newPage();
  await hostPage.goto(`/rooms/${room.id}`);
  await expect(hostPage.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");

  const context = await browser.newContext();
  await signInAs(context, listener);
  // A browser's autoplay policy before the user has touched the page: media.play() is refused with
  // NotAllowedError until a tap or a key press. Headless Chromium under Playwright lets everything
  // play (and counts the test's navigation as activation), so the policy is applied here.
  await context.addInitScript(() => {
    let touched = false;
    for (const type of ["pointerdown", "keydown"]) addEventListener(type, () => (touched = true), { capture: true });
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (!touched) return Promise.reject(new DOMException("play() needs a user gesture", "NotAllowedError"));
      return play.call(this);
    };
  });
  const page = await context.newPage();
  await page.goto(`/rooms/${room.id}`);
  await expect(page.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
  const startAudio = page.getByRole("button", { name: "Start audio" });
  await expect(startAudio).toBeVisible();
  await startAudio.click();
  await expect(startAudio).toHaveCount(0);
  const heard = await measureTone(page);
  expect(heard.rms, "the tone plays after the tap").toBeGreaterThan(0.05);

  await hostContext.close();
  await context.close();
});
