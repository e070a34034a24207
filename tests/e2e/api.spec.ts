import { createHash, randomUUID } from "node:crypto";

import { AccessToken } from "livekit-server-sdk";

import { db, expect, test } from "./fixtures";

test.describe("token route", () => {
  test("refuses anonymous callers with 401", async ({ request }) => {
    const response = await request.post("/api/rooms/clabcdefghijklmnopqrstuv/token");
    expect(response.status()).toBe(401);
    expect((await response.json()).error.message).toBe("Sign in first.");
  });

  test("answers 422 for a malformed room id and 404 for an unknown room", async ({ browser, createMember, signInAs }) => {
    const context = await browser.newContext();
    await signInAs(context, await createMember());
    const malformed = await context.request.post("/api/rooms/%3Cscript%3E/token");
    expect(malformed.status()).toBe(422);
    expect((await malformed.json()).error.issues[0].message).toBe("Not a valid room id.");
    const unknown = await context.request.post("/api/rooms/clabcdefghijklmnopqrstuv/token");
    expect(unknown.status()).toBe(404);
    await context.close();
  });
});

test.describe("LiveKit webhook", () => {
  function signedBy(secret: string, body: string) {
    const token = new AccessToken(process.env.LIVEKIT_API_KEY!, secret);
    token.sha256 = createHash("sha256").update(body).digest("base64");
    return token.toJwt();
  }

  const body = () =>
    JSON.stringify({ event: "room_started", id: `EV_${randomUUID()}`, createdAt: "1", room: { name: "webhook-test" } });

  test("rejects an unsigned or forged delivery with 401 and records nothing", async ({ request }) => {
    const payload = body();
    const id = JSON.parse(payload).id as string;
    const unsigned = await request.post("/api/livekit/webhook", {
      data: payload,
      headers: { "content-type": "application/webhook+json" },
    });
    expect(unsigned.status()).toBe(401);
    const forged = await request.post("/api/livekit/webhook", {
      data: payload,
      headers: {
        "content-type": "application/webhook+json",
        authorization: await signedBy("not-the-secret-not-the-secret-not-the-secret", payload),
      },
    });
    expect(forged.status()).toBe(401);
    expect(await db.liveKitEvent.count({ where: { id } })).toBe(0);
  });

  test("records a signed delivery once; a replay changes nothing", async ({ request }) => {
    const payload = body();
    const id = JSON.parse(payload).id as string;
    const headers = {
      "content-type": "application/webhook+json",
      authorization: await signedBy(process.env.LIVEKIT_API_SECRET!, payload),
    };
    const first = await request.post("/api/livekit/webhook", { data: payload, headers });
    expect(first.status()).toBe(200);
    expect(await first.json()).toEqual({ ok: true, duplicate: false });
    const replay = await request.post("/api/livekit/webhook", { data: payload, headers });
    expect(await replay.json()).toEqual({ ok: true, duplicate: true });
    expect(await db.liveKitEvent.count({ where: { id } })).toBe(1);
  });

  test("rejects a signed delivery whose body was altered", async ({ request }) => {
    const payload = body();
    const response = await request.post("/api/livekit/webhook", {
      data: payload.replace("webhook-test", "tampered"),
      headers: {
        "content-type": "application/webhook+json",
        authorization: await signedBy(process.env.LIVEKIT_API_SECRET!, payload),
      },
    });
    expect(response.status()).toBe(401);
  });
});
