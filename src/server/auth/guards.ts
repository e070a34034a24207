import "server-only";

import type { Session } from "next-auth";
import { notFound, redirect } from "next/navigation";

import { auth } from "@/server/auth";
import { DomainError } from "@/server/errors";

export type Member = Session["user"];

/** For pages: the signed-in member, or a redirect to sign-in that comes back to `redirectTo`. */
export async function requireMember(redirectTo: string): Promise<Member> {
  const session = await auth();
  if (!session?.user) redirect(`/signin?${new URLSearchParams({ redirectTo })}`);
  return session.user;
}

/** For admin pages: sign-in for visitors; members are shown "not found", so the console stays unlisted. */
export async function requireAdmin(redirectTo: string): Promise<Member> {
  const member = await requireMember(redirectTo);
  if (member.role !== "ADMIN") notFound();
  return member;
}

/** For route handlers and server actions: the signed-in member, or a 401. */
export async function requireApiMember(): Promise<Member> {
  const session = await auth();
  if (!session?.user) throw new DomainError("unauthorized", "Sign in first.");
  return session.user;
}

/** For admin-only handlers: 401 when anonymous, 403 when not an admin. */
export async function requireApiAdmin(): Promise<Member> {
  const member = await requireApiMember();
  if (member.role !== "ADMIN") throw new DomainError("forbidden", "Admins only.");
  return member;
}
