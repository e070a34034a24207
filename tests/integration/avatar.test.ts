import { readdir } from "node:fs/promises";
import path from "node:path";

import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/server/db";
import { readAvatar, removeAvatar, setAvatar } from "@/server/avatars/avatar";
import { storage } from "@/server/storage";

import { cleanUp, createMember } from "./helpers";

afterAll(cleanUp);

const avatarsDir = path.resolve(process.env.STORAGE_DIR ?? "data/uploads", "avatars");

/** The avatar files stored for this member. */
async function filesOf(memberId: string): Promise<string[]> {
  const files = await readdir(avatarsDir).catch(() => [] as string[]);
  return files.filter((file) => file.startsWith(`${memberId}-`));
}

function picture(width: number, height: number, format: "png" | "jpeg" | "webp" | "gif") {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .toFormat(format)
    .toBuffer();
}

describe("avatars", () => {
  it("are cropped and resized to a 256 px square WebP; a new one replaces (and deletes) the old", async () => {
    const ada = await createMember("Ada");
    const first = await setAvatar(ada.id, await picture(800, 400, "png"));
    const stored = await storage.get(first.avatarKey);
    expect(stored).not.toBeNull();
    const metadata = await sharp(stored!).metadata();
    expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({ format: "webp", width: 256, height: 256 });
    expect((await db.user.findUniqueOrThrow({ where: { id: ada.id } })).avatarKey).toBe(first.avatarKey);
    expect(await readAvatar(first.avatarKey.replace("avatars/", ""))).toEqual(stored);

    const second = await setAvatar(ada.id, await picture(300, 900, "jpeg"));
    expect(second.avatarKey).not.toBe(first.avatarKey);
    expect(await storage.get(first.avatarKey)).toBeNull();
    expect(await filesOf(ada.id)).toEqual([path.basename(second.avatarKey)]);
    const small = await sharp((await storage.get(second.avatarKey))!).metadata();
    expect([small.width, small.height]).toEqual([256, 256]);

    await removeAvatar(ada.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: ada.id } })).avatarKey).toBeNull();
    expect(await filesOf(ada.id)).toEqual([]);
  });

  it("accept WebP too", async () => {
    const bea = await createMember("Bea");
    const { avatarKey } = await setAvatar(bea.id, await picture(64, 64, "webp"));
    expect((await sharp((await storage.get(avatarKey))!).metadata()).width).toBe(256);
  });

  it("refuse other types by their content, whatever the name says, and too big files; nothing is stored", async () => {
    const cy = await createMember("Cy");
    const gif = await picture(64, 64, "gif");
    await expect(setAvatar(cy.id, gif)).rejects.toMatchObject({ status: 422, message: "Upload a JPEG, PNG or WebP picture." });
    await expect(setAvatar(cy.id, Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).rejects.toMatchObject({ status: 422 });
    // A PNG signature in front of garbage: sniffed as PNG, then refused by the decoder.
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 7)]);
    await expect(setAvatar(cy.id, fake)).rejects.toMatchObject({ status: 422 });
    const huge = Buffer.concat([await picture(16, 16, "png"), Buffer.alloc(5 * 1024 * 1024)]);
    await expect(setAvatar(cy.id, huge)).rejects.toMatchObject({ status: 413 });
    await expect(setAvatar(cy.id, Buffer.alloc(0))).rejects.toMatchObject({ status: 422 });
    expect((await db.user.findUniqueOrThrow({ where: { id: cy.id } })).avatarKey).toBeNull();
    expect(await filesOf(cy.id)).toEqual([]);
  });

  it("are served only under their own file names", async () => {
    expect(await readAvatar("../../package.json")).toBeNull();
    expect(await readAvatar("clabcdefghijklmnopqrstuv-0123456789abcdef.webp")).toBeNull();
  });
});
