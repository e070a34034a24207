import { createRequire } from "node:module";

import { RoomServiceClient } from "livekit-server-sdk";

import { expect, measurePlayedAudio, test } from "./fixtures";

// livekit-client's "require" export is its UMD build, which defines window.LivekitClient in a page.
const liveKitUmd = createRequire(import.meta.url).resolve("livekit-client");

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
  await expect.poll(() => listenerPage.locator("audio").count()).toBeGreaterThan(0);
  let heard = await measurePlayedAudio(listenerPage);
  for (let attempt = 0; attempt < 5 && heard.rms < 0.05; attempt += 1) heard = await measurePlayedAudio(listenerPage);
  test.info().annotations.push({ type: "listener measurement", description: JSON.stringify(heard) });
  expect(heard.rms, "the listener should hear the tone, not silence").toBeGreaterThan(0.05);
  expect(Math.abs(heard.peakHz - 440), `dominant frequency ${heard.peakHz.toFixed(1)} Hz`).toBeLessThan(15);

  // The listener's token, from the app's own route, must not allow publishing.
  await listenerPage.close();
  const tokenResponse = await listenerContext.request.post(`/api/rooms/${room.id}/token`);
  expect(tokenResponse.status()).toBe(200);
  const { token, serverUrl, stageRole } = (await tokenResponse.json()) as {
    token: string;
    serverUrl: string;
    stageRole: string;
  };
  expect(stageRole).toBe("LISTENER");

  const rawPage = await listenerContext.newPage();
  await rawPage.goto("/");
  await rawPage.addScriptTag({ path: liveKitUmd });
  const attempt = await rawPage.evaluate(
    async ({ url, jwt }) => {
      const { Room } = (window as unknown as { LivekitClient: typeof import("livekit-client") }).LivekitClient;
      const room = new Room();
      await room.connect(url, jwt);
      const canPublish = room.localParticipant.permissions?.canPublish ?? null;
      try {
        await room.localParticipant.setMicrophoneEnabled(true);
        return { canPublish, published: room.localParticipant.audioTrackPublications.size, error: null };
      } catch (error) {
        return { canPublish, published: room.localParticipant.audioTrackPublications.size, error: String(error) };
      }
    },
    { url: serverUrl, jwt: token },
  );
  expect(attempt.canPublish).toBe(false);
  expect(attempt.error, "publishing with a listener's token must be refused").not.toBeNull();
  expect(attempt.published).toBe(0);

  // And LiveKit itself, asked from the server side, holds no track from the listener.
  const rooms = new RoomServiceClient(
    serverUrl.replace(/^ws/, "http"),
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
