import { randomUUID } from "node:crypto";

import sharp from "sharp";

import { db, expect, test } from "./fixtures";

/** The content of a <meta property="…"> (or name="…") tag in server-rendered HTML, or null. */
function meta(html: string, key: string): string | null {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, "\\$&")}" content="([^"]*)"`));
  return tag ? tag[1]!.replaceAll("&amp;", "&") : null;
}

test("a member sets a handle, industry, links and a picture; the profile lives at /members/<handle>", async ({
  page,
  createMember,
  signInAs,
  createLiveRoom,
}) => {
  const pia = await createMember({ name: "Pia Profile" });
  const taken = await createMember({ name: "Taken Handle" });
  await db.user.update({ where: { id: taken.id }, data: { handle: `taken_${taken.id.slice(-8)}` } });
  await signInAs(page.context(), pia);
  const handle = `pia_${randomUUID().slice(0, 8)}`;

  await page.goto("/profile");
  await page.getByLabel("Handle (optional)").fill(`taken_${taken.id.slice(-8).toUpperCase()}`);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "is taken. Choose another." })).toBeVisible();

  await page.getByLabel("Handle (optional)").fill(handle);
  await page.getByLabel("Industry (optional)").selectOption({ label: "Design" });
  await page.getByLabel("Links (optional)").fill("https://pia.example/talks\njavascript:alert(1)");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "is not an http:// or https:// link." })).toBeVisible();
  await page.getByLabel("Links (optional)").fill("https://pia.example/talks\nhttp://example.org");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();

  // A picture: a text file named .png is refused; a real PNG is cropped to a 256 px WebP square.
  const picture = page.getByLabel(/^Picture/);
  await picture.setInputFiles({ name: "me.png", mimeType: "image/png", buffer: Buffer.from("not a picture at all") });
  await page.getByRole("button", { name: "Upload picture" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Upload a JPEG, PNG or WebP picture." })).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: pia.id } })).avatarKey).toBeNull();

  const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 30, g: 120, b: 200 } } }).png().toBuffer();
  await picture.setInputFiles({ name: "me.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Upload picture" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Picture saved." })).toBeVisible();
  const { avatarKey } = await db.user.findUniqueOrThrow({ where: { id: pia.id } });
  expect(avatarKey).toMatch(/^avatars\/.+\.webp$/);
  const served = await page.request.get(`/api/avatars/${avatarKey!.replace("avatars/", "")}`);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const decoded = await sharp(await served.body()).metadata();
  expect([decoded.format, decoded.width, decoded.height]).toEqual(["webp", 256, 256]);

  // The old id URL goes to the handle URL, which shows it all.
  await page.goto(`/members/${pia.id}`);
  await expect(page).toHaveURL(new RegExp(`/members/${handle}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Pia Profile" })).toBeVisible();
  await expect(page.getByText(`@${handle}`)).toBeVisible();
  await expect(page.getByRole("img", { name: "Picture of Pia Profile" })).toHaveAttribute("src", `/api/avatars/${avatarKey!.replace("avatars/", "")}`);
  const links = page.getByRole("list", { name: "Links" });
  await expect(links.getByRole("link", { name: "pia.example/talks" })).toHaveAttribute("href", "https://pia.example/talks");
  await expect(links.getByRole("link", { name: "example.org" })).toHaveAttribute("rel", "nofollow noopener noreferrer ugc");
  await expect(page.getByRole("link", { name: "Design" })).toHaveAttribute("href", "/topics/design");
  await page.goto(`/members/${handle.toUpperCase()}`);
  await expect(page).toHaveURL(new RegExp(`/members/${handle}$`));

  // In a room, the stage shows the picture (from the join token's metadata) next to the name.
  const room = await createLiveRoom(pia);
  await page.goto(`/rooms/${room.id}`);
  await expect(page.locator("[data-connection]")).toHaveAttribute("data-connection", "connected");
  const onStage = page.locator(".person").filter({ hasText: "Pia Profile" });
  await expect(onStage.locator("img.avatar-image")).toHaveAttribute("src", `/api/avatars/${avatarKey!.replace("avatars/", "")}`);
});

test("signed-out visitors and link previews get Open Graph cards for open rooms and profiles, nothing for others", async ({
  request,
  createMember,
  createLiveRoom,
}) => {
  const host = await createMember({ name: "Olga Open" });
  const handle = `olga_${randomUUID().slice(0, 8)}`;
  const avatarFile = `${host.id}-0123456789abcdef.webp`;
  await db.user.update({
    where: { id: host.id },
    data: { handle, headline: "Host of open rooms", avatarKey: `avatars/${avatarFile}` },
  });
  const open = await createLiveRoom(host);
  await db.room.update({ where: { id: open.id }, data: { description: "Grid storage, in plain words", topicSlug: "climate" } });
  const followersOnly = await createLiveRoom(host, [], { visibility: "FOLLOWERS" });
  const closed = await createLiveRoom(host, [], { visibility: "CLOSED" });
  const origin = new URL(process.env.AUTH_URL!).origin;

  const room = await request.get(`/rooms/${open.id}`, { maxRedirects: 0 });
  expect(room.status()).toBe(200);
  const roomHtml = await room.text();
  expect(meta(roomHtml, "og:title")).toBe(open.title);
  expect(meta(roomHtml, "og:description")).toBe("Grid storage, in plain words");
  expect(meta(roomHtml, "og:url")).toBe(`${origin}/rooms/${open.id}`);
  expect(meta(roomHtml, "og:type")).toBe("website");
  expect(meta(roomHtml, "og:image")).toBe(`${origin}/api/avatars/${avatarFile}`);
  expect(roomHtml).toContain(`href="/signin?redirectTo=%2Frooms%2F${open.id}"`);
  expect(roomHtml).toContain("Sign in to join");
  expect(roomHtml).not.toContain(host.email);

  for (const hidden of [followersOnly, closed]) {
    const redirected = await request.get(`/rooms/${hidden.id}`, { maxRedirects: 0 });
    expect(redirected.status()).toBe(307);
    expect(redirected.headers().location).toBe(`/signin?redirectTo=%2Frooms%2F${hidden.id}`);
    expect(await redirected.text()).not.toContain(hidden.title);
    const followed = await request.get(`/rooms/${hidden.id}`);
    const html = await followed.text();
    expect(html).not.toContain(hidden.title);
    expect(meta(html, "og:title")).toBeNull();
  }

  const profile = await request.get(`/members/${handle}`, { maxRedirects: 0 });
  expect(profile.status()).toBe(200);
  const profileHtml = await profile.text();
  expect(meta(profileHtml, "og:title")).toBe("Olga Open");
  expect(meta(profileHtml, "og:description")).toBe("Host of open rooms");
  expect(meta(profileHtml, "og:url")).toBe(`${origin}/members/${handle}`);
  expect(meta(profileHtml, "og:type")).toBe("profile");
  expect(meta(profileHtml, "og:image")).toBe(`${origin}/api/avatars/${avatarFile}`);
  expect(profileHtml).toContain("Sign in to see the full profile");
  expect(profileHtml).not.toContain(host.email);

  const byId = await request.get(`/members/${host.id}`, { maxRedirects: 0 });
  expect(byId.status()).toBe(307);
  expect(byId.headers().location).toBe(`/members/${handle}`);
});

test("an admin adds, renames and archives a topic; archived topics are not offered for new rooms", async ({
  browser,
  page,
  createMember,
  signInAs,
}) => {
  const admin = await createMember({ name: "Ada Admin", role: "ADMIN" });
  await signInAs(page.context(), admin);
  const suffix = randomUUID().slice(0, 6);
  const name = `Robotics ${suffix}`;

  await page.goto("/admin/topics");
  await page.getByRole("form", { name: "Add a topic" }).getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Add topic" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added “${name}” (/topics/robotics-${suffix}).` })).toBeVisible();

  const row = () => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`/topics/robotics-${suffix}`) }) });
  await row().getByLabel(`New name for ${name}`).fill(`Robots ${suffix}`);
  await row().getByRole("button", { name: "Rename" }).click();
  await expect(row().getByRole("link", { name: `Robots ${suffix}` })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await row().getByRole("button", { name: `Archive Robots ${suffix}` }).click();
  await expect(row().getByText(/^Archived/)).toBeVisible();
  expect(await db.auditLog.count({ where: { actorId: admin.id, targetId: `robotics-${suffix}` } })).toBe(3);

  const context = await browser.newContext();
  await signInAs(context, await createMember());
  const memberPage = await context.newPage();
  await memberPage.goto("/rooms/new");
  const topics = await memberPage.getByLabel("Topic").locator("option").allTextContents();
  expect(topics).toContain("Design");
  expect(topics).not.toContain(`Robots ${suffix}`);
  await context.close();
  await db.topic.delete({ where: { slug: `robotics-${suffix}` } });
});
