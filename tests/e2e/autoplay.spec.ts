import type { BrowserContext } from "@playwright/test";

import { expect, measureTone, test } from "./fixtures";

test("when the browser blocks autoplay, a Start audio button appears and one tap plays the room", async ({
  createMember,
  createLiveRoom,
  enterRoomAs,
}) => {
  const host = await createMember({ name: "Hana Host" });
  const listener = await createMember({ name: "Lee Listener" });
  const room = await createLiveRoom(host);
  await enterRoomAs(host, room.id);

  // A browser's autoplay policy before the user has touched the page: media.play() is refused with
  // NotAllowedError until a tap or a key press. Headless Chromium under Playwright lets everything
  // play (and counts the test's navigation as activation), so the policy is applied here.
  const blockAutoplay = async (context: BrowserContext) => {
    await context.addInitScript(() => {
      let touched = false;
      for (const type of ["pointerdown", "keydown"]) addEventListener(type, () => (touched = true), { capture: true });
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        if (!touched) return Promise.reject(new DOMException("play() needs a user gesture", "NotAllowedError"));
        return play.call(this);
      };
    });
  };
  const { page } = await enterRoomAs(listener, room.id, blockAutoplay);
  const startAudio = page.getByRole("button", { name: "Start audio" });
  await expect(startAudio).toBeVisible();
  await startAudio.click();
  await expect(startAudio).toHaveCount(0);
  const heard = await measureTone(page);
  expect(heard.rms, "the tone plays after the tap").toBeGreaterThan(0.05);
});
