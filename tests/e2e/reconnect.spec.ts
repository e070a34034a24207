import type { WebSocketRoute } from "@playwright/test";

import { expect, measureTone, test } from "./fixtures";

test("the banner says when the connection to the audio server drops, and the room recovers by itself", async ({
  createMember,
  createLiveRoom,
  enterRoomAs,
}) => {
  const host = await createMember({ name: "Hana Host" });
  const listener = await createMember({ name: "Lee Listener" });
  const room = await createLiveRoom(host);
  await enterRoomAs(host, room.id);

  // Pass LiveKit's signalling socket through a route the test can cut, like a network drop.
  const sockets: WebSocketRoute[] = [];
  const liveKitOrigin = new URL(process.env.LIVEKIT_URL!).host;
  const { page } = await enterRoomAs(listener, room.id, (context) =>
    context.routeWebSocket(
      (url) => url.host === liveKitOrigin,
      (socket) => {
        socket.connectToServer();
        sockets.push(socket);
      },
    ),
  );
  const banner = page.locator("[data-connection]");
  expect((await measureTone(page)).rms).toBeGreaterThan(0.05);

  await sockets.at(-1)!.close({ code: 4000, reason: "test: network drop" });
  await expect(page.getByRole("status").filter({ hasText: "Connection lost. Reconnecting…" })).toBeVisible();
  await expect(banner).toHaveAttribute("data-connection", "connected", { timeout: 30_000 });
  expect(sockets.length, "the client opened a new signalling connection").toBeGreaterThan(1);
  const heard = await measureTone(page);
  expect(heard.rms, "the tone plays again after the reconnect").toBeGreaterThan(0.05);
});

test("a room page whose token LiveKit refuses (say it came back from history after expiring) fetches a fresh one once and connects", async ({
  page,
  createMember,
  createLiveRoom,
  signInAs,
}) => {
  const host = await createMember({ name: "Hana Host" });
  const listener = await createMember({ name: "Stella Stale" });
  const room = await createLiveRoom(host);
  await signInAs(page.context(), listener);

  // LiveKit turns away the token the page brought (the first one the browser offers), and takes others.
  const liveKitOrigin = new URL(process.env.LIVEKIT_URL!).host;
  let pageToken: string | null = null;
  await page.context().routeWebSocket(
    (url) => url.host === liveKitOrigin,
    (socket) => {
      const token = new URL(socket.url()).searchParams.get("access_token");
      pageToken ??= token;
      if (token === pageToken) void socket.close({ code: 4001, reason: "test: token refused" });
      else socket.connectToServer();
    },
  );
  const tokenRequests: number[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(`/api/rooms/${room.id}/token`)) tokenRequests.push(response.status());
  });

  await page.goto(`/rooms/${room.id}`);
  await expect(page.locator("[data-connection]")).toHaveAttribute("data-connection", "connected", { timeout: 30_000 });
  expect(tokenRequests).toEqual([200]);
  await expect(page.getByText(/disconnected|Could not connect/)).toHaveCount(0);
});
