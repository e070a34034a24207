import "server-only";

import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type Session } from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { cache } from "react";

import { env } from "@/env";
import type { User } from "@/generated/prisma/client";
import { db } from "@/server/db";

/**
 * Auth.js with database sessions and email magic links. The beta is invite-only: a link is only
 * sent to an address that already belongs to a member (invite redemption creates members), and
 * never to a suspended one.
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
    // Runs when a link is requested and again when it is used.
    async signIn({ user }) {
      if (!user.email) return false;
      const member = await db.user.findUnique({ where: { email: user.email }, select: { suspendedAt: true } });
      if (!member) return false;
      return member.suspendedAt ? "/signin?error=Suspended" : true;
    },
    session({ session, user }) {
      // The adapter hands over the whole User row.
      const member = user as unknown as User;
      return {
        ...session,
        user: { ...session.user, id: member.id, role: member.role === "ADMIN" ? "ADMIN" : "MEMBER" },
        membership: { onboarded: member.onboardedAt !== null, suspended: member.suspendedAt !== null },
      };
    },
  },
}));

export const { handlers, signIn, signOut } = nextAuth;

/**
 * The current session, read once per request however many components ask. A suspended member
 * counts as signed out (suspending also deletes their sessions; this covers any in flight).
 */
export const auth = cache(async (): Promise<Session | null> => {
  const session = await nextAuth.auth();
  return session?.user && !session.membership.suspended ? session : null;
});
