import { db, expect, test } from "./fixtures";

/** The room page and the token route both authorise on the server: 403 for a member the room is not open to. */
test.describe("rooms a member may not enter", () => {
  test("a closed room answers 403 to a member who was not invited, page and token route alike", async ({
    browser,
    createMember,
    signInAs,
    createLiveRoom,
  }) => {
    const host = await createMember({ name: "Cleo Closed" });
    const invited = await createMember({ name: "Ivan Invited" });
    const outsider = await createMember({ name: "Otto Outsider" });
    const room = await createLiveRoom(host, [], { visibility: "CLOSED", invitees: [invited] });

    const outsiderContext = await browser.newContext();
    await signInAs(outsiderContext, outsider);
    const page = await outsiderContext.newPage();
    const response = await page.goto(`/rooms/${room.id}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not open to you" })).toBeVisible();
    await expect(page.getByText(room.title)).toHaveCount(0);
    const token = await outsiderContext.request.post(`/api/rooms/${room.id}/token`);
    expect(token.status()).toBe(403);
    expect(await token.json()).toEqual({ error: { code: "forbidden", message: "This room is not open to you." } });

    const invitedContext = await browser.newContext();
    await signInAs(invitedContext, invited);
    const invitedPage = await invitedContext.newPage();
    expect((await invitedPage.goto(`/rooms/${room.id}`))?.status()).toBe(200);
    await expect(invitedPage.getByRole("heading", { level: 1, name: room.title })).toBeVisible();
    expect((await invitedContext.request.post(`/api/rooms/${room.id}/token`)).status()).toBe(200);

    await outsiderContext.close();
    await invitedContext.close();
  });

  test("a followers room answers 403 to a member who does not follow the host", async ({
    browser,
    createMember,
    signInAs,
    createLiveRoom,
  }) => {
    const host = await createMember({ name: "Fern Followed" });
    const follower = await createMember({ name: "Finn Follower" });
    const stranger = await createMember({ name: "Sam Stranger" });
    await db.follow.create({ data: { followerId: follower.id, followingId: host.id } });
    const room = await createLiveRoom(host, [], { visibility: "FOLLOWERS" });

    const strangerContext = await browser.newContext();
    await signInAs(strangerContext, stranger);
    const page = await strangerContext.newPage();
    expect((await page.goto(`/rooms/${room.id}`))?.status()).toBe(403);
    expect((await strangerContext.request.post(`/api/rooms/${room.id}/token`)).status()).toBe(403);

    const followerContext = await browser.newContext();
    await signInAs(followerContext, follower);
    expect((await (await followerContext.newPage()).goto(`/rooms/${room.id}`))?.status()).toBe(200);
    expect((await followerContext.request.post(`/api/rooms/${room.id}/token`)).status()).toBe(200);

    await strangerContext.close();
    await followerContext.close();
  });

  test("an unknown room is 404 and an ended one says so", async ({ page, createMember, signInAs, createLiveRoom }) => {
    const host = await createMember({ name: "Host" });
    await signInAs(page.context(), await createMember({ name: "Visitor" }));
    expect((await page.goto("/rooms/clabcdefghijklmnopqrstuv"))?.status()).toBe(404);
    const room = await createLiveRoom(host);
    await db.room.update({ where: { id: room.id }, data: { status: "ENDED", endedAt: new Date() } });
    await page.goto(`/rooms/${room.id}`);
    await expect(page.getByRole("status")).toContainText("This room has ended.");
    expect((await page.context().request.post(`/api/rooms/${room.id}/token`)).status()).toBe(410);
  });
});
