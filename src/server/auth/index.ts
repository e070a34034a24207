import "server-only";

import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { cache } from "react";

import { env } from "@/env";
import { db } from "@/server/db";

/**
 * Auth.js with database sessions and email magic links. The beta is invite-only: a link is only
 * sent to an address that already belongs to a member (invite redemption creates members).
 */
// A lazy config: the environment is read per request, not at import, so `next build` can collect
// pages without runtime secrets (Docker image builds).
const nextAuth = NextAuth(() => ({
  adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
  providers: [Nodemailer({ server: env.EMAIL_SERVER, from: env.EMAIL_FROM, maxAge: 15 * 60 })],
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
  callbacks: {
    async signIn({ user }) {
      if (!user.email) return false;
      const member = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
      return member !== null;
    },
    session({ session, user }) {
      const role = (user as { role?: string }).role === "ADMIN" ? "ADMIN" : "MEMBER";
      return { ...session, user: { ...session.user, id: user.id, role } };
    },
  },
}));

export const { handlers, signIn, signOut } = nextAuth;

/** The current session, read once per request however many components ask. */
export const auth = cache(nextAuth.auth);
