import { randomUUID } from "node:crypto";

import { expect, test } from "./fixtures";

test("a member searches and finds a live room, a member and a topic, and is told when nothing matches", async ({
  page,
  createMember,
  signInAs,
  createLiveRoom,
}) => {
  const word = `Heron${randomUUID().slice(0, 6)}`;
  const host = await createMember({ name: `${word} Host` });
  const room = await createLiveRoom(host);
  await signInAs(page.context(), await createMember({ name: "Sid Searcher" }));

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await page.getByLabel("Search rooms, members and topics").fill(word);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  await expect(page.getByRole("list", { name: "Matching members" })).toContainText(`${word} Host`);

  await page.getByLabel("Search rooms, members and topics").fill(room.title);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("list", { name: "Matching rooms" }).getByRole("link", { name: room.title })).toBeVisible();

  await page.goto("/search?q=climat");
  await expect(page.getByRole("list", { name: "Matching topics" }).getByRole("link", { name: "Climate" })).toBeVisible();

  await page.goto(`/search?q=${randomUUID()}`);
  await expect(page.getByRole("status")).toContainText("Nothing matches");

  const tooLong = await page.goto(`/search?q=${"x".repeat(101)}`);
  expect(tooLong?.status()).toBe(200);
  await expect(page.getByRole("alert").filter({ hasText: "Search for at most 100 characters." })).toBeVisible();
});
