import { db, expect, test } from "./fixtures";

test("a member picks interests on their profile; a topic page lists its live rooms, linked from the room's card", async ({
  page,
  createMember,
  signInAs,
  createLiveRoom,
}) => {
  const member = await createMember({ name: "Tia Topics" });
  const host = await createMember({ name: "Hal Host" });
  await signInAs(page.context(), member);

  await page.goto("/profile");
  await page.getByLabel("Bio (optional)").fill("Climate analyst.\nAsks about grids.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();
  const interests = page.getByRole("group", { name: "Your interests" });
  await interests.getByRole("checkbox", { name: "Climate" }).check();
  await interests.getByRole("checkbox", { name: "Finance" }).check();
  await page.getByRole("button", { name: "Save interests" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Interests saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Climate" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Design" })).not.toBeChecked();

  const room = await createLiveRoom(host);
  await db.room.update({ where: { id: room.id }, data: { topicSlug: "climate" } });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Topics" }).click();
  await page.getByRole("link", { name: "Climate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Climate" })).toBeVisible();
  const card = page.getByRole("list", { name: "Live rooms on Climate" }).getByRole("listitem").filter({ hasText: room.title });
  await expect(card).toContainText("Hosted by Hal Host");
  await card.getByRole("link", { name: room.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: room.title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Climate" })).toHaveAttribute("href", "/topics/climate");

  // The host's profile shows the room they are hosting; the member's own shows their bio.
  await page.goto(`/members/${host.id}`);
  await expect(page.getByRole("region", { name: "Hosting now" }).getByRole("link", { name: room.title })).toBeVisible();
  await page.goto(`/members/${member.id}`);
  await expect(page.getByText("Climate analyst.")).toBeVisible();

  expect((await page.goto("/topics/no-such-topic"))?.status()).toBe(404);
});
