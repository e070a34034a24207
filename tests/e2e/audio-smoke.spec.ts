import { RoomServiceClient } from "livekit-server-sdk";

import { expect, measureTone, test, tryToPublish } from "./fixtures";

/**
 * The foundation's proof that audio really flows: a host publishes Chromium's fake microphone (a
 * 440 Hz tone) through LiveKit, a listener hears it, and the listener's own token refuses to publish.
 * Fails if LiveKit is down (no connection), if the listener hears silence, or if a listener can publish.
 */
test("a listener hears the host's tone and cannot publish", async ({ browser, createMember, signInAs, createLiveRoom }) => {
  const host = await createMember({ name: "Hana Host" });
  const listener = await createMember({ name: "Lee Listener" });
  const room = await createLiveRoom(host);

  const hostContext = await browser.newContext();
  await signInAs(hostContext, host);
  const hostPage = await hostContext.newPage();
  await hostPage.goto(`/rooms/${room.id}`);
  await expect(hostPage.getByRole("heading", { name: room.title })).toBeVisible();
  await expect(hostPage.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");

  const listenerContext = await browser.newContext();
  await signInAs(listenerContext, listener);
  const listenerPage = await listenerContext.newPage();
  await listenerPage.goto(`/rooms/${room.id}`);
  await expect(listenerPage.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
  await expect(listenerPage.getByRole("region", { name: "On stage" })).toContainText("Hana Host");
  await expect(listenerPage.getByRole("region", { name: /Audience/ })).toContainText("Lee Listener (you)");

  // The host's microphone track reaches the listener's page as a playing <audio> element.
  const heard = await measureTone(listenerPage);
  test.info().annotations.push({ type: "listener measurement", description: JSON.stringify(heard) });
  expect(heard.rms, "the listener should hear the tone, not silence").toBeGreaterThan(0.05);
  expect(Math.abs(heard.peakHz - 440), `dominant frequency ${heard.peakHz.toFixed(1)} Hz`).toBeLessThan(15);

  // The listener's token, from the app's own route, must not allow publishing.
  await listenerPage.close();
  const attempt = await tryToPublish(listenerContext, room.id);
  expect(attempt.stageRole).toBe("LISTENER");
  expect(attempt.canPublish).toBe(false);
  expect(attempt.error, "publishing with a listener's token must be refused").not.toBeNull();
  expect(attempt.published).toBe(0);

  // And LiveKit itself, asked from the server side, holds no track from the listener.
  const rooms = new RoomServiceClient(
    attempt.serverUrl.replace(/^ws/, "http"),
    process.env.LIVEKIT_API_KEY!,
    process.env.LIVEKIT_API_SECRET!,
  );
  const participants = await rooms.listParticipants(room.id);
  const listenerInfo = participants.find((p) => p.identity === listener.id);
  expect(listenerInfo, "the raw client is connected as the listener").toBeDefined();
  expect(listenerInfo!.tracks).toHaveLength(0);
  expect(participants.find((p) => p.identity === host.id)?.tracks.length).toBe(1);

  await hostContext.close();
  await listenerContext.close();
});
