import { ROOM_ACTIONS, SELF_ACTIONS, TARGETED_ACTIONS } from "../../src/lib/stage/actions";
import { db, expect, test } from "./fixtures";

/** The anonymous row of the stage authorization matrix (the rest is tests/integration/stage-matrix.test.ts). */
test("every stage action refuses anonymous callers with 401 and changes nothing", async ({ request, createMember, createLiveRoom }) => {
  const host = await createMember({ name: "Host" });
  const speaker = await createMember({ name: "Speaker" });
  const room = await createLiveRoom(host, [[speaker, "SPEAKER"]]);
  const before = await db.roomMember.findMany({ where: { roomId: room.id }, orderBy: { userId: "asc" } });

  for (const action of [...SELF_ACTIONS, ...TARGETED_ACTIONS, ...ROOM_ACTIONS]) {
    const body = (TARGETED_ACTIONS as readonly string[]).includes(action) ? { action, targetUserId: speaker.id } : { action };
    const response = await request.post(`/api/rooms/${room.id}/stage`, { data: body });
    expect(response.status(), action).toBe(401);
  }
  expect(await db.roomMember.findMany({ where: { roomId: room.id }, orderBy: { userId: "asc" } })).toEqual(before);
  expect(await db.auditLog.count({ where: { scope: room.id } })).toBe(0);
});

test("malformed stage requests get 4xx with a message", async ({ browser, createMember, signInAs, createLiveRoom }) => {
  const host = await createMember({ name: "Host" });
  const room = await createLiveRoom(host);
  const context = await browser.newContext();
  await signInAs(context, host);
  const post = (data: unknown) => context.request.post(`/api/rooms/${room.id}/stage`, { data: data as object });

  const cases: [unknown, number][] = [
    [{}, 422],
    [{ action: "fly" }, 422],
    [{ action: "approve_hand" }, 422],
    [{ action: "approve_hand", targetUserId: "<script>alert(1)</script>" }, 422],
    [{ action: "raise_hand", targetUserId: host.id }, 422],
    [{ action: "ban", targetUserId: "x".repeat(10_000) }, 422],
    [{ action: 42 }, 422],
  ];
  for (const [data, status] of cases) {
    const response = await post(data);
    expect(response.status(), JSON.stringify(data).slice(0, 80)).toBe(status);
    expect((await response.json()).error.message).toBeTruthy();
  }
  const notJson = await context.request.post(`/api/rooms/${room.id}/stage`, {
    data: Buffer.from("{not json"),
    headers: { "content-type": "application/json" },
  });
  expect(notJson.status()).toBe(400);
  const unknownRoom = await context.request.post("/api/rooms/clabcdefghijklmnopqrstuv/stage", { data: { action: "raise_hand" } });
  expect(unknownRoom.status()).toBe(404);
  expect(await db.auditLog.count({ where: { scope: room.id } })).toBe(0);
  await context.close();
});
