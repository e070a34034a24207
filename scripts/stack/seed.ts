/**
 * The first admin and an invite code, so a fresh install can be used at once. Idempotent: a second
 * run reuses both, and always prints a fresh one-time sign-in link for the admin.
 */
import { createHash, randomBytes } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "../../src/generated/prisma/client";
import { generateInviteCode, joinUrl } from "../../src/lib/invites/code";

export type SeedResult = { adminEmail: string; inviteCode: string; joinUrl: string; signInUrl: string };

const SIGN_IN_LINK_TTL_MS = 24 * 60 * 60 * 1000;

export async function seedFirstAdmin(options: {
  databaseUrl: string;
  adminEmail: string;
  appUrl: string;
  authSecret: string;
}): Promise<SeedResult> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: options.databaseUrl }) });
  try {
    const email = options.adminEmail.toLowerCase();
    const admin = await db.user.upsert({
      where: { email },
      create: { email, name: "Admin", role: "ADMIN", emailVerified: new Date(), onboardedAt: new Date() },
      update: { role: "ADMIN" },
    });

    const usable = await db.inviteCode.findFirst({
      where: {
        createdById: admin.id,
        revokedAt: null,
        OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }],
      },
      orderBy: { createdAt: "asc" },
    });
    const invite =
      usable && usable.usedCount < usable.maxUses
        ? usable
        : await db.inviteCode.create({
            data: { code: generateInviteCode(), maxUses: 5, note: "Seeded by the run command", createdById: admin.id },
          });

    // The same token Auth.js's email provider would mail: stored hashed with the secret.
    const token = randomBytes(32).toString("hex");
    await db.verificationToken.create({
      data: {
        identifier: email,
        token: createHash("sha256").update(`${token}${options.authSecret}`).digest("hex"),
        expires: new Date(Date.now() + SIGN_IN_LINK_TTL_MS),
      },
    });
    const signInUrl = new URL("/api/auth/callback/nodemailer", options.appUrl);
    signInUrl.search = new URLSearchParams({ callbackUrl: new URL("/", options.appUrl).href, token, email }).toString();

    return { adminEmail: email, inviteCode: invite.code, joinUrl: joinUrl(options.appUrl, invite.code), signInUrl: signInUrl.href };
  } finally {
    await db.$disconnect();
  }
}
