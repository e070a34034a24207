import "server-only";

import { randomBytes } from "node:crypto";

import sharp from "sharp";

import { AVATAR_MAX_BYTES, AVATAR_SIZE } from "@/lib/members/avatar";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { storage } from "@/server/storage";

type ImageType = "jpeg" | "png" | "webp";

/** The picture's real type from its first bytes (never from the file name or the browser's label). */
export function sniffImageType(data: Uint8Array): ImageType | null {
  const starts = (bytes: number[], offset = 0) => bytes.every((byte, index) => data[offset + index] === byte);
  if (starts([0xff, 0xd8, 0xff])) return "jpeg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}

/** Refuses what is not a JPEG, PNG or WebP of at most 5 MB, then makes the 256 px square WebP. */
export async function toAvatar(data: Uint8Array): Promise<Buffer> {
  if (data.byteLength === 0) throw new DomainError("unprocessable", "Choose a picture to upload.");
  if (data.byteLength > AVATAR_MAX_BYTES) throw new DomainError("too_large", "That picture is larger than 5 MB.");
  if (!sniffImageType(data)) throw new DomainError("unprocessable", "Upload a JPEG, PNG or WebP picture.");
  try {
    return await sharp(data, { limitInputPixels: 40_000_000, animated: false })
      .rotate() // upright, from the EXIF orientation (which is then dropped with the other metadata)
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: "cover", position: "attention" })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw new DomainError("unprocessable", "That picture could not be read. Try another JPEG, PNG or WebP file.");
  }
}

/**
 * Stores the member's new avatar and points their profile at it; the old file is deleted once the
 * profile no longer names it. The new file is written first, so the profile never names a missing one.
 */
export async function setAvatar(memberId: string, upload: Uint8Array): Promise<{ avatarKey: string }> {
  const picture = await toAvatar(upload);
  const avatarKey = `avatars/${memberId}-${randomBytes(8).toString("hex")}.webp`;
  await storage.put(avatarKey, picture);
  let previous: string | null;
  try {
    previous = await db.$transaction(async (tx) => {
      // Locked, so two uploads at once each delete the file the other replaced.
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${memberId} FOR UPDATE`;
      const before = await tx.user.findUniqueOrThrow({ where: { id: memberId }, select: { avatarKey: true } });
      await tx.user.update({ where: { id: memberId }, data: { avatarKey } });
      return before.avatarKey;
    });
  } catch (error) {
    await storage.delete(avatarKey);
    throw error;
  }
  if (previous) await storage.delete(previous);
  return { avatarKey };
}

/** Removes the member's avatar (they show their initials again). */
export async function removeAvatar(memberId: string): Promise<void> {
  const before = await db.user.findUniqueOrThrow({ where: { id: memberId }, select: { avatarKey: true } });
  if (!before.avatarKey) return;
  await db.user.updateMany({ where: { id: memberId, avatarKey: before.avatarKey }, data: { avatarKey: null } });
  await storage.delete(before.avatarKey);
}

/** The avatar file named `file` (as in /api/avatars/<file>), or null; other stored files are never served. */
export async function readAvatar(file: string): Promise<Buffer | null> {
  if (!/^[a-z0-9]{20,32}-[0-9a-f]{16}\.webp$/.test(file)) return null;
  return storage.get(`avatars/${file}`);
}
